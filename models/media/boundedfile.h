// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Copydesk {

/// Reads a whole file without trusting what the path names: only a regular file is read (checked
/// before opening and again on the opened descriptor, which is opened non-blocking, so a FIFO,
/// a device such as /dev/zero or a socket swapped in between can neither block nor stream
/// without end), and at most `maxBytes` (cap + 1 bytes are read to notice a file that grew).
/// Reentrant.
class BoundedFile
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::BoundedFile)
public:
    /// The bytes of `path`, or an Error::Io whose message starts with `subject` (the file as the
    /// user should read it, e.g. "hero image “a.png”"): "…: no such file", "…: too many levels of
    /// symbolic links", "…: not a regular file", "… is 31 MiB; the limit is 25 MiB".
    static Result<QByteArray> read(const QString &path, qint64 maxBytes, const QString &subject);

    /// The problem with `path` that stat() reports (missing, a symbolic link loop, not a regular
    /// file…) as such a message, or an empty string when it is a regular file.
    static QString regularFileProblem(const QString &path, const QString &subject);

    /// "31 MiB", "900 KiB", "26214401 bytes": a size for a message that compares it with
    /// `limit`, in bytes whenever rounding would make it look equal to or below the limit.
    static QString sizeText(qint64 bytes, qint64 limit);
};

} // namespace Copydesk
