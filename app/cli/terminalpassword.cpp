// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "terminalpassword.h"

#include <csignal>
#include <cstdio>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace Copydesk {

namespace {

termios savedTerminal;

/// Ctrl+C while echo is off: the terminal is given back as it was before the program ends.
void restoreTerminalAndExit(int signal)
{
    tcsetattr(STDIN_FILENO, TCSANOW, &savedTerminal);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

std::optional<QString> readLine()
{
    std::string line;
    int c = 0;
    while ((c = std::getchar()) != EOF && c != '\n')
        line.push_back(static_cast<char>(c));
    if (c == EOF && line.empty())
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromLocal8Bit(line);
}

} // namespace

std::optional<QString> readPassword(QTextStream &err, const QString &prompt)
{
    if (!isatty(STDIN_FILENO) || tcgetattr(STDIN_FILENO, &savedTerminal) != 0)
        return readLine();
    err << prompt;
    err.flush();
    termios silent = savedTerminal;
    silent.c_lflag &= ~tcflag_t(ECHO);
    silent.c_lflag |= ECHONL;
    const auto oldInt = std::signal(SIGINT, restoreTerminalAndExit);
    const auto oldTerm = std::signal(SIGTERM, restoreTerminalAndExit);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    std::optional<QString> password = readLine();
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTerminal);
    std::signal(SIGINT, oldInt);
    std::signal(SIGTERM, oldTerm);
    return password;
}

} // namespace Copydesk
