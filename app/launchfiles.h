// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QStringList>

namespace Copydesk {

/// The files given to the window on the command line, as the desktop file's %F hands them over:
/// at most one library to open and article files to import into it.
struct LaunchFiles
{
    QString library; ///< Empty: the library chosen by --library or the default one.
    QStringList articles; ///< JSON and Markdown article files, absolute.

    /// Sorts `paths`: a library file (*.copydesk, or a SQLite file) or a team library's address
    /// becomes `library` (the first one wins; further ones are ignored), anything else an article.
    static LaunchFiles sort(const QStringList &paths);
};

} // namespace Copydesk
