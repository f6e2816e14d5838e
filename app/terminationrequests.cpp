// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "terminationrequests.h"

#include <QApplication>
#include <QSocketNotifier>
#include <QWidget>
#include <array>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace Copydesk {

namespace {

// The socket pair: the handler writes to [0], the notifier reads [1].
int g_sockets[2] = {-1, -1};
constexpr std::array<int, 3> Signals {SIGTERM, SIGINT, SIGHUP};

extern "C" void onSignal(int signal)
{
    const unsigned char number = static_cast<unsigned char>(signal);
    // Nothing but write() is safe here; a full pipe drops the byte, one is enough.
    [[maybe_unused]] const ssize_t written = ::write(g_sockets[0], &number, 1);
}

} // namespace

TerminationRequests::TerminationRequests(QObject *parent)
    : QObject(parent)
{
    if (g_sockets[0] >= 0 || ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_sockets) != 0)
        return;
    m_notifier = new QSocketNotifier(g_sockets[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TerminationRequests::readSignal);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int signal : Signals)
        sigaction(signal, &action, nullptr);
}

TerminationRequests::~TerminationRequests()
{
    if (!m_notifier)
        return;
    struct sigaction action = {};
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    for (const int signal : Signals)
        sigaction(signal, &action, nullptr);
    ::close(g_sockets[0]);
    ::close(g_sockets[1]);
    g_sockets[0] = g_sockets[1] = -1;
}

void TerminationRequests::readSignal()
{
    unsigned char number = 0;
    if (::read(g_sockets[1], &number, 1) == 1)
        Q_EMIT requested(number);
}

void closeWindowsAndQuit()
{
    QApplication::closeAllWindows();
    const QWidgetList windows = QApplication::topLevelWidgets();
    const bool open = std::any_of(
        windows.begin(), windows.end(), [](const QWidget *window) { return window->isVisible(); });
    if (!open)
        QCoreApplication::quit();
}

} // namespace Copydesk
