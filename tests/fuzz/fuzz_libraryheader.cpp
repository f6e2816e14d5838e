// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// The library header check (LibraryFile) on arbitrary file contents: never a crash, never a
// write, and a verdict that matches the bytes.
#include "fuzzsupport.h"
#include "libraryfile.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Copydesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    static QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("library.copydesk"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return 0;
    file.close();
    const LibraryFile::Header header = LibraryFile::inspect(path);
    const bool sqlite
        = bytes.size() >= 100 && bytes.startsWith(QByteArrayView("SQLite format 3\0", 16));
    if (sqlite
        != (header.kind == LibraryFile::Kind::Library || header.kind == LibraryFile::Kind::Foreign))
        CopydeskFuzz::fail("libraryheader", QStringLiteral("wrong verdict on the SQLite magic"));
    (void)LibraryFile::check(path, 6);
    QFile back(path);
    if (!back.open(QIODevice::ReadOnly) || back.readAll() != bytes)
        CopydeskFuzz::fail("libraryheader", QStringLiteral("the check changed the file"));
    return 0;
}
