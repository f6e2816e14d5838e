// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "boundedfile.h"

#include <QFile>
#include <QLocale>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Copydesk {

namespace {

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QString problemFromErrno(int error, const QString &subject)
{
    switch (error) {
    case ENOENT:
    case ENOTDIR:
        return BoundedFile::tr("%1: no such file").arg(subject);
    case ELOOP:
        return BoundedFile::tr("%1: too many levels of symbolic links").arg(subject);
    default:
        return BoundedFile::tr("%1 cannot be read: %2").arg(subject, systemError(error));
    }
}

QString tooLarge(qint64 size, qint64 limit, const QString &subject)
{
    return BoundedFile::tr("%1 is %2; the limit is %3")
        .arg(subject, BoundedFile::sizeText(size, limit), BoundedFile::sizeText(limit, limit));
}

/// Closes a descriptor when it goes out of scope.
struct Descriptor
{
    int fd = -1;
    ~Descriptor()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

} // namespace

QString BoundedFile::sizeText(qint64 bytes, qint64 limit)
{
    const QLocale locale;
    constexpr qint64 KiB = 1024, MiB = 1024 * 1024;
    const qint64 top = qMax(bytes, limit);
    const qint64 unit = top >= MiB ? MiB : top >= KiB ? KiB : 1;
    const qint64 rounded = qRound64(double(bytes) / double(unit)) * unit;
    // "25 MiB; the limit is 25 MiB" would read as a contradiction: then bytes it is.
    if (unit == 1 || (bytes > limit && rounded <= limit) || (bytes <= limit && rounded > limit))
        return tr("%1 bytes").arg(locale.toString(bytes));
    return (unit == MiB ? tr("%1 MiB") : tr("%1 KiB")).arg(locale.toString(rounded / unit));
}

QString BoundedFile::regularFileProblem(const QString &path, const QString &subject)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return problemFromErrno(errno, subject);
    if (!S_ISREG(info.st_mode))
        return tr("%1: not a regular file").arg(subject);
    return {};
}

Result<QByteArray> BoundedFile::read(const QString &path, qint64 maxBytes, const QString &subject)
{
    if (const QString problem = regularFileProblem(path, subject); !problem.isEmpty())
        return Error {problem, Error::Code::Io};
    // Non-blocking: should a FIFO replace the file after the check, open() and read() return at
    // once instead of waiting for a writer.
    Descriptor file {
        ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)};
    if (file.fd < 0)
        return Error {problemFromErrno(errno, subject), Error::Code::Io};
    struct stat info {};
    if (::fstat(file.fd, &info) != 0)
        return Error {problemFromErrno(errno, subject), Error::Code::Io};
    if (!S_ISREG(info.st_mode))
        return Error {tr("%1: not a regular file").arg(subject), Error::Code::Io};
    if (info.st_size > maxBytes)
        return Error {tooLarge(info.st_size, maxBytes, subject), Error::Code::Io};
    QByteArray bytes;
    bytes.resize(qsizetype(info.st_size) + 1);
    qsizetype filled = 0;
    for (;;) {
        if (filled == bytes.size()) {
            if (filled > maxBytes)
                break;
            bytes.resize(qMin<qint64>(maxBytes + 1, qint64(filled) * 2 + 4096));
        }
        const ssize_t got = ::read(file.fd, bytes.data() + filled, size_t(bytes.size() - filled));
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return Error {problemFromErrno(errno, subject), Error::Code::Io};
        if (got == 0)
            break;
        filled += got;
    }
    if (filled > maxBytes) // The file grew while it was read.
        return Error {BoundedFile::tr("%1 is larger than %2, the limit")
                          .arg(subject, sizeText(maxBytes, maxBytes)),
            Error::Code::Io};
    bytes.truncate(filled);
    return bytes;
}

} // namespace Copydesk
