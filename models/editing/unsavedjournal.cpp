// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "unsavedjournal.h"

#include "articlejson.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Copydesk {

UnsavedJournal::UnsavedJournal(const QString &libraryLocation, const QString &directory)
    : m_location(libraryLocation)
    , m_directory(directory.isEmpty() ? defaultDirectory() : directory)
{ }

QString UnsavedJournal::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/unsaved"_s;
}

QString UnsavedJournal::fileName(const QString &uuid) const
{
    const QByteArray key
        = QCryptographicHash::hash((m_location + u'\n' + uuid).toUtf8(), QCryptographicHash::Sha1)
              .toHex();
    return m_directory + u'/' + QString::fromLatin1(key) + u".json"_s;
}

Status UnsavedJournal::write(const Entry &entry)
{
    const QString name = fileName(entry.text.uuid);
    QJsonObject json {{u"library"_s, m_location}, {u"text"_s, ArticleJson::toJson(entry.text)},
        {u"base"_s, ArticleJson::toJson(entry.base)},
        {u"written"_s, entry.written.toUTC().toString(Qt::ISODateWithMs)}};
    if (entry.baseVersion)
        json.insert(u"baseVersion"_s, QString::number(*entry.baseVersion));
    QSaveFile file(name);
    if (!QDir().mkpath(m_directory) || !file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(json).toJson(QJsonDocument::Compact)) < 0 || !file.commit()) {
        return Error {tr("cannot keep the unsaved text in “%1”: %2").arg(name, file.errorString()),
            Error::Code::Io};
    }
    return Done {};
}

std::optional<UnsavedJournal::Entry> UnsavedJournal::read(const QString &uuid) const
{
    QFile file(fileName(uuid));
    if (uuid.isEmpty() || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    if (json.value(u"library"_s).toString() != m_location)
        return std::nullopt;
    Result<Article> text = ArticleJson::fromJson(json.value(u"text"_s).toObject());
    Result<Article> base = ArticleJson::fromJson(json.value(u"base"_s).toObject());
    if (!text || !base || text->uuid != uuid)
        return std::nullopt;
    Entry entry;
    entry.text = std::move(text).value();
    entry.base = std::move(base).value();
    bool ok = false;
    const qint64 version = json.value(u"baseVersion"_s).toString().toLongLong(&ok);
    if (ok)
        entry.baseVersion = version;
    entry.written = QDateTime::fromString(json.value(u"written"_s).toString(), Qt::ISODateWithMs);
    return entry;
}

void UnsavedJournal::remove(const QString &uuid)
{
    QFile::remove(fileName(uuid));
}

} // namespace Copydesk
