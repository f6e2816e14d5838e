// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articlejson.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Copydesk::ArticleJson {

namespace {

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonValue date(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

/// ISO 8601 with the UTC offset, milliseconds only when there are any, plus the IANA id of a
/// named zone. Local time is written as the system zone, so the file means the same elsewhere.
void writePublished(QJsonObject &json, QDateTime published)
{
    if (!published.isValid()) {
        json.insert(u"published"_s, QJsonValue::Null);
        json.insert(u"timeZone"_s, QJsonValue::Null);
        return;
    }
    if (published.timeSpec() == Qt::LocalTime)
        published = published.toTimeZone(QTimeZone::systemTimeZone());
    const auto format = published.time().msec() ? Qt::ISODateWithMs : Qt::ISODate;
    // ISO 8601 text has no seconds in the offset: a zone whose offset has them (local mean time
    // before 1900) is written as the UTC instant, which the reader moves back into the zone.
    const QDateTime written
        = published.offsetFromUtc() % 60 == 0 ? published : published.toTimeZone(QTimeZone::UTC);
    json.insert(u"published"_s, written.toString(format));
    if (published.timeSpec() == Qt::TimeZone)
        json.insert(u"timeZone"_s, QString::fromUtf8(published.timeZone().id()));
    else
        json.insert(u"timeZone"_s, QJsonValue::Null);
}

QJsonValue hero(const HeroImage &hero)
{
    if (hero == HeroImage())
        return QJsonValue::Null;
    return QJsonObject {
        {u"data"_s, QString::fromLatin1(hero.data.toBase64())},
        {u"mimeType"_s, hero.mimeType},
        {u"fileName"_s, hero.fileName},
        {u"caption"_s, hero.caption},
        {u"altText"_s, hero.altText},
        {u"credit"_s, hero.credit},
    };
}

QJsonObject part(const ArticlePart &part)
{
    using Kind = ArticlePart::Kind;
    QJsonObject json {
        {u"id"_s, part.id},
        {u"kind"_s, ArticlePart::kindName(part.kind)},
        {u"heading"_s, part.heading},
    };
    // The kind's own member is always written; the others only when a caller left something
    // in them, so that nothing is lost.
    if (part.kind == Kind::Section || !part.body.isEmpty())
        json.insert(u"body"_s, part.body);
    if (part.kind == Kind::KeyFacts || part.kind == Kind::KeyTakeaways || !part.items.isEmpty())
        json.insert(u"items"_s, strings(part.items));
    if (part.kind == Kind::Quotes || !part.quotes.isEmpty()) {
        QJsonArray quotes;
        for (const Quote &quote : part.quotes) {
            quotes.append(QJsonObject {
                {u"text"_s, quote.text}, {u"speaker"_s, quote.speaker}, {u"role"_s, quote.role}});
        }
        json.insert(u"quotes"_s, quotes);
    }
    if (part.kind == Kind::Faq || !part.faq.isEmpty()) {
        QJsonArray faq;
        for (const FaqEntry &entry : part.faq)
            faq.append(QJsonObject {{u"question"_s, entry.question}, {u"answer"_s, entry.answer}});
        json.insert(u"faq"_s, faq);
    }
    if (part.kind == Kind::References || !part.references.isEmpty()) {
        QJsonArray references;
        for (const Reference &reference : part.references) {
            references.append(QJsonObject {
                {u"title"_s, reference.title},
                {u"url"_s, reference.url},
                {u"publisher"_s, reference.publisher},
                {u"accessed"_s, date(reference.accessed)},
            });
        }
        json.insert(u"references"_s, references);
    }
    return json;
}

} // namespace

QJsonObject toJson(const Article &article)
{
    QJsonObject json {
        {u"format"_s, QString(FormatName)},
        {u"version"_s, FormatVersion},
        {u"uuid"_s, article.uuid},
        {u"headline"_s, article.headline},
        {u"dek"_s, article.dek},
        {u"dateline"_s, article.dateline},
        {u"category"_s, article.category},
        {u"tags"_s, strings(article.tags)},
        {u"language"_s, article.language},
        {u"hero"_s, hero(article.hero)},
        {u"lede"_s, article.lede},
        {u"status"_s, statusName(article.status)},
        {u"owner"_s, article.owner},
    };
    QJsonArray bylines;
    for (const Byline &byline : article.bylines)
        bylines.append(QJsonObject {{u"name"_s, byline.name}, {u"role"_s, byline.role}});
    json.insert(u"bylines"_s, bylines);
    writePublished(json, article.published);
    // Only when set, so that files without one stay readable by earlier versions.
    if (article.wordTarget > 0)
        json.insert(u"wordTarget"_s, article.wordTarget);
    QJsonArray parts;
    for (const ArticlePart &p : article.parts)
        parts.append(part(p));
    json.insert(u"parts"_s, parts);
    return json;
}

QByteArray toBytes(const Article &article, QJsonDocument::JsonFormat format)
{
    return QJsonDocument(toJson(article)).toJson(format);
}

QJsonObject withModified(QJsonObject json, const QDateTime &modified)
{
    if (modified.isValid())
        json.insert(u"modified"_s, modified.toUTC().toString(Qt::ISODateWithMs));
    return json;
}

QByteArray canonical(const Article &article)
{
    return toBytes(article, QJsonDocument::Compact);
}

QByteArray contentHash(const Article &article)
{
    return contentHash(toJson(article));
}

QByteArray contentHash(QJsonObject json)
{
    json.remove(u"status"_s);
    json.remove(u"owner"_s);
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Compact);
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

} // namespace Copydesk::ArticleJson
