// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "libraryfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>
#include <cerrno>
#include <sys/stat.h>

namespace Copydesk {

namespace {

constexpr int HeaderSize = 100;
constexpr int UserVersionOffset = 60;
constexpr int ApplicationIdOffset = 68;
constexpr char SqliteMagic[] = "SQLite format 3";

QString tr(const char *text)
{
    return QCoreApplication::translate("Copydesk::LibraryFile", text);
}

quint32 bigEndianAt(const QByteArray &bytes, int offset)
{
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}

} // namespace

LibraryFile::Header LibraryFile::inspect(const QString &path)
{
    Header header;
    const QFileInfo info(path);
    if (!info.exists()) {
        struct stat status {};
        if (info.isSymLink() && ::stat(QFile::encodeName(path).constData(), &status) != 0
            && errno == ELOOP) {
            header.kind = Kind::Unreadable;
            header.reason = tr("too many levels of symbolic links");
            return header;
        }
        header.kind = Kind::Missing;
        return header;
    }
    if (info.isDir()) {
        header.kind = Kind::Unreadable;
        header.reason = tr("it is a folder");
        return header;
    }
    // Opening a FIFO would wait for a writer; a device is no library either.
    if (!info.isFile()) {
        header.kind = Kind::Unreadable;
        header.reason = tr("it is not a regular file");
        return header;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        header.kind = Kind::Unreadable;
        header.reason = file.errorString();
        return header;
    }
    const QByteArray bytes = file.read(HeaderSize);
    // The magic string includes its terminating NUL.
    if (bytes.size() < HeaderSize
        || !bytes.startsWith(QByteArrayView(SqliteMagic, sizeof SqliteMagic))) {
        header.kind = Kind::NotSqlite;
        return header;
    }
    header.userVersion = bigEndianAt(bytes, UserVersionOffset);
    header.applicationId = bigEndianAt(bytes, ApplicationIdOffset);
    header.kind = header.applicationId == ApplicationId ? Kind::Library : Kind::Foreign;
    return header;
}

Status LibraryFile::check(const QString &path, quint32 supportedVersion)
{
    const Header header = inspect(path);
    switch (header.kind) {
    case Kind::Missing:
        return Error {tr("%1: no such library").arg(quoted(path)), Error::Code::NotFound};
    case Kind::Unreadable:
        return Error {tr("%1: cannot read the library: %2").arg(quoted(path), header.reason),
            Error::Code::Io};
    case Kind::NotSqlite:
        return Error {tr("%1: not a Copydesk library (not an SQLite database)").arg(quoted(path)),
            Error::Code::NotALibrary};
    case Kind::Foreign:
        return Error {tr("%1: not a Copydesk library (an SQLite database of another application)")
                          .arg(quoted(path)),
            Error::Code::NotALibrary};
    case Kind::Library:
        break;
    }
    if (header.userVersion > supportedVersion)
        return tooNew(path, header.userVersion, supportedVersion);
    return Done {};
}

Error LibraryFile::tooNew(const QString &path, quint32 version, quint32 supportedVersion)
{
    return Error {tr("%1 was written by a newer Copydesk (library format %2; this version reads "
                     "formats up to %3). Update Copydesk to open it.")
                      .arg(quoted(path))
                      .arg(version)
                      .arg(supportedVersion),
        Error::Code::TooNew};
}

QString LibraryFile::quoted(const QString &path)
{
    return QStringLiteral("“%1”").arg(QDir::toNativeSeparators(path));
}

} // namespace Copydesk
