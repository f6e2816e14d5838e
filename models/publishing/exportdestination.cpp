// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "exportdestination.h"

#include "articlejson.h"
#include "articlemarkdown.h"
#include "libraryfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <sys/stat.h>

namespace Copydesk {

namespace {

constexpr qsizetype HeadSize = 64 * 1024;
/// JSON exports are recognised by parsing them; larger files are not taken for ours.
constexpr qint64 JsonLimit = 64 * 1024 * 1024;
const char *const SideFileSuffixes[] = {"-wal", "-shm", "-journal"};

struct FileId
{
    dev_t device = 0;
    ino_t inode = 0;
    bool valid = false;
    bool operator==(const FileId &other) const
    {
        return valid && other.valid && device == other.device && inode == other.inode;
    }
};

FileId fileId(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return {st.st_dev, st.st_ino, true};
}

/// The absolute path with every link and ".." resolved, also for a file that does not exist yet
/// (its folder resolved). Empty when the folder does not exist.
QString resolved(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? QString() : QDir(folder).filePath(info.fileName());
}

bool isDatabase(const QString &path)
{
    const LibraryFile::Kind kind = LibraryFile::inspect(path).kind;
    return kind == LibraryFile::Kind::Library || kind == LibraryFile::Kind::Foreign;
}

/// The start of the file, and for PDF also its end (where the document information may be).
QByteArray sample(const QString &path, ExportFormat format)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    if (format == ExportFormat::Json || format == ExportFormat::Ninjs)
        return file.size() <= JsonLimit ? file.readAll() : QByteArray();
    QByteArray bytes = file.read(HeadSize);
    if (format == ExportFormat::Pdf && file.size() > HeadSize) {
        file.seek(std::max(file.size() - HeadSize, qint64(HeadSize)));
        bytes += file.read(HeadSize);
    }
    return bytes;
}

Error refused(const QString &path, const QString &why, Error::Code code = Error::Code::InvalidInput)
{
    return Error {
        ExportDestination::tr("Will not export to %1: %2").arg(LibraryFile::quoted(path), why),
        code};
}

} // namespace

Status ExportDestination::check(
    const QString &path, ExportFormat format, const QString &libraryPath, Replace replace)
{
    const QFileInfo info(path);
    if (info.isSymLink() && !info.exists())
        return refused(path, tr("it is a link to a file that does not exist"));
    const QString target = resolved(path);
    if (target.isEmpty()) {
        return refused(path,
            tr("the folder %1 does not exist").arg(LibraryFile::quoted(info.absolutePath())),
            Error::Code::NotFound);
    }

    // The open library and its side files, by name and as the same file (hard links).
    if (!libraryPath.isEmpty()) {
        const QString library = resolved(libraryPath);
        const FileId targetId = fileId(target);
        for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
            const QString name = library + QLatin1StringView(suffix);
            if (target == name || targetId == fileId(name)) {
                return refused(path,
                    *suffix ? tr("it belongs to the open library %1")
                                  .arg(LibraryFile::quoted(libraryPath))
                            : tr("it is the open library"));
            }
        }
    }
    // The side files of any other database.
    for (const char *suffix : SideFileSuffixes) {
        const QLatin1StringView ending(suffix);
        if (target.endsWith(ending) && isDatabase(target.chopped(ending.size()))) {
            return refused(path,
                tr("it belongs to the database %1")
                    .arg(LibraryFile::quoted(target.chopped(ending.size()))));
        }
    }
    if (!QFileInfo::exists(target))
        return Done {};

    struct stat st;
    if (::stat(QFile::encodeName(target).constData(), &st) != 0 || !S_ISREG(st.st_mode)) {
        return refused(path,
            QFileInfo(target).isDir() ? tr("it is a folder") : tr("it is not a regular file"));
    }
    switch (LibraryFile::inspect(target).kind) {
    case LibraryFile::Kind::Library:
        return refused(path, tr("it is a Copydesk library"));
    case LibraryFile::Kind::Foreign:
        return refused(path, tr("it is an SQLite database"));
    case LibraryFile::Kind::Unreadable:
    case LibraryFile::Kind::Missing:
    case LibraryFile::Kind::NotSqlite:
        break;
    }
    if (replace == Replace::Anything || isOwnExport(sample(target, format), format))
        return Done {};
    return refused(path,
        tr("it exists and is not a Copydesk %1 export").arg(ExportFormats::name(format).toUpper()),
        Error::Code::Exists);
}

bool ExportDestination::isOwnExport(QByteArrayView bytes, ExportFormat format)
{
    switch (format) {
    case ExportFormat::Html:
        return bytes.startsWith("<!DOCTYPE html>")
            && bytes.indexOf("<meta name=\"generator\" content=\"Copydesk\">") > 0;
    case ExportFormat::Pdf:
        return bytes.startsWith("%PDF-") && bytes.indexOf("/Creator (Copydesk)") > 0;
    case ExportFormat::Markdown:
        // Not the front matter's fields: a story written by hand has the same ones.
        return bytes.startsWith("---\n" + QByteArray(ArticleMarkdown::ExportMarker) + '\n');
    case ExportFormat::Json:
    case ExportFormat::Ninjs: {
        const QJsonObject object = QJsonDocument::fromJson(bytes.toByteArray()).object();
        return format == ExportFormat::Json
            ? object.value(QLatin1StringView("format")) == ArticleJson::FormatName
            : object.value(QLatin1StringView("profile")) == QLatin1StringView("copydesk-article");
    }
    }
    return false;
}

} // namespace Copydesk
