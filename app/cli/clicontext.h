// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "library.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <memory>

namespace Copydesk {

/// What every command-line command gets: the open library, the output streams and the user's
/// identity. Commands print results to `out`, problems to `err`, and return the exit code.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::Cli)
public:
    enum Exit
    {
        Success = 0,
        Failure = 1,
        Usage = 2
    };

    CliContext(QTextStream &out, QTextStream &err);

    QTextStream &out;
    QTextStream &err;
    QString libraryPath;
    /// Who acts: --author (or --user), $COPYDESK_USER, $USER, in that order; on a team library
    /// the database login instead (library() sets it).
    QString author;
    bool authorGiven = false; ///< --author or --user was on the command line.
    /// --templates DIR, absolute: this run's template folder, overriding the profile's
    /// (RenderOptions::templateDirectory). Empty when not given.
    QString templateDirectory;
    bool color = false; ///< ANSI colours on stdout (a terminal, and NO_COLOR unset).
    /// When set, a command does not run: parseCommandLine() writes the command's --help text
    /// here and the command returns Success without opening the library (cliReference()).
    QString *describedHelp = nullptr;

    /// Opens the library at libraryPath (LibraryOpener). `create` makes a missing file;
    /// otherwise a missing file is an error. Prints the error and returns nullptr on failure.
    Library *library(bool create = false);
    /// The open library's articles (library()->articles()), saving through its workflow.
    ArticleStore *store(bool create = false);

    /// Prints "copydesk: <message>" to err and returns Failure.
    int fail(const QString &message);
    /// Prints the error's message; for PasswordNeeded also how to give the password.
    int fail(const Error &error);
    /// Prints to err that the publication profile still has the default name, and how to set
    /// it (an export or `profile show` of such a profile).
    void noteDefaultProfile();
    /// Prints a usage problem and the hint to run help; returns Usage.
    int usage(const QString &message);

    /// Resolves a row id or an article UUID to a row id; prints the error and returns 0 when
    /// there is no such article.
    qint64 resolveArticle(const QString &idOrUuid);

    /// "2026-11-26 14:05" in local time, or "—" for a null date-time.
    static QString formatTime(const QDateTime &time);

private:
    std::unique_ptr<Library> m_library;
};

} // namespace Copydesk
