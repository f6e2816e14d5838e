// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "launchfiles.h"

#include "libraryopener.h"

#include <QFileInfo>
#include <QMimeDatabase>

namespace Copydesk {

LaunchFiles LaunchFiles::sort(const QStringList &paths)
{
    LaunchFiles files;
    const QMimeDatabase mime;
    for (const QString &path : paths) {
        const bool isLibrary = LibraryOpener::isTeamLocation(path)
            || path.endsWith(QLatin1String(".copydesk"))
            || mime.mimeTypeForFile(path).inherits(QStringLiteral("application/vnd.sqlite3"));
        if (!isLibrary)
            files.articles << QFileInfo(path).absoluteFilePath();
        else if (files.library.isEmpty())
            files.library = path;
    }
    return files;
}

} // namespace Copydesk
