// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "exportformat.h"
#include "result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace Copydesk {

/// Where an export may be written: one policy for the window and the command line, so that an
/// export can never overwrite a library or a file the user did not mean to replace.
///
/// check() refuses, with an error that names the file and says why:
/// - the open library, another Copydesk library or any other SQLite database, and the side files
///   of either (-wal, -shm, -journal), however they are reached (a symbolic link, "..", a hard
///   link);
/// - anything that is not a regular file (a folder, a device such as /dev/sda, a FIFO);
/// - an existing file that is not an earlier Copydesk export of the same format, unless
///   `replace` is Replace::Anything (code Error::Code::Exists, so that a front end can ask and
///   call again).
/// A path whose folder does not exist is refused too (code NotFound). Writing itself goes through
/// ArticleExporter::writeFile() (QSaveFile), so a refused or failed export never leaves a partial
/// file under the final name.
class ExportDestination
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::ExportDestination)
public:
    enum class Replace
    {
        OwnExports, ///< Only an earlier Copydesk export of the same format is replaced.
        Anything, ///< Any regular file that is no database (--force, or the user said yes).
    };

    /// `libraryPath` is the open library's file, empty when none is open.
    static Status check(const QString &path, ExportFormat format, const QString &libraryPath,
        Replace replace = Replace::OwnExports);

    /// Whether `bytes`, the start of a file (up to about 64 KiB suffice), are an export of
    /// `format` written by Copydesk: the generator meta element of a page, the Creator of a
    /// PDF, the format marker of Copydesk JSON, the profile of ninjs, the first front matter line
    /// of Markdown (ArticleMarkdown::ExportMarker; Markdown exported before that line existed
    /// needs Replace::Anything once).
    static bool isOwnExport(QByteArrayView bytes, ExportFormat format);
};

} // namespace Copydesk
