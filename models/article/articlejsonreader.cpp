// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articlejson.h"
#include "quotedvalue.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimeZone>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Copydesk::ArticleJson {

namespace {

/// Translation context of this file's messages.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::ArticleJson)
};

QString member(const QString &path, QLatin1StringView key)
{
    return path.isEmpty() ? QString(key) : path + u'.' + key;
}

QString element(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

/// Walks a JSON object into an Article, stopping at the first problem.
class Reader
{
public:
    explicit Reader(const QString &source)
        : m_source(source)
    { }

    Error error() const { return m_error; }

    bool fail(
        const QString &path, const QString &message, Error::Code code = Error::Code::InvalidInput)
    {
        QStringList pieces;
        if (!m_source.isEmpty())
            pieces << m_source;
        if (!path.isEmpty())
            pieces << path;
        pieces << message;
        m_error = {pieces.join(u": "_s), code};
        return false;
    }

    bool keys(const QJsonObject &json, const QString &path,
        std::initializer_list<QLatin1StringView> allowed)
    {
        for (auto it = json.begin(); it != json.end(); ++it) {
            if (std::find(allowed.begin(), allowed.end(), it.key()) == allowed.end())
                return fail(path, Tr::tr("unknown key %1").arg(QuotedValue::quoted(it.key())));
        }
        return true;
    }

    bool text(const QJsonObject &json, QLatin1StringView key, const QString &path, QString *out)
    {
        const QJsonValue value = json.value(key);
        if (value.isUndefined())
            return true;
        if (!value.isString())
            return fail(member(path, key), Tr::tr("expected a string"));
        *out = value.toString();
        return true;
    }

    // An optional whole number from 0 to a million (a count of words).
    bool count(const QJsonObject &json, QLatin1StringView key, int *out)
    {
        const QJsonValue value = json.value(key);
        if (value.isUndefined())
            return true;
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < 0 || number > 1'000'000 || int(number) != number)
            return fail(key.toString(), Tr::tr("expected a whole number from 0 to 1000000"));
        *out = int(number);
        return true;
    }

    bool array(const QJsonObject &json, QLatin1StringView key, const QString &path, QJsonArray *out)
    {
        const QJsonValue value = json.value(key);
        if (value.isUndefined())
            return true;
        if (!value.isArray())
            return fail(member(path, key), Tr::tr("expected an array"));
        *out = value.toArray();
        return true;
    }

    bool object(const QJsonValue &value, const QString &path, QJsonObject *out)
    {
        if (!value.isObject())
            return fail(path, Tr::tr("expected an object"));
        *out = value.toObject();
        return true;
    }

    bool texts(
        const QJsonObject &json, QLatin1StringView key, const QString &path, QStringList *out)
    {
        QJsonArray values;
        if (!array(json, key, path, &values))
            return false;
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (!values.at(i).isString())
                return fail(element(member(path, key), i), Tr::tr("expected a string"));
            out->append(values.at(i).toString());
        }
        return true;
    }

    /// Calls `read(object, path)` for each element of the array `key`, which must be objects.
    template<typename Read>
    bool objects(const QJsonObject &json, QLatin1StringView key, const QString &path, Read read)
    {
        QJsonArray values;
        if (!array(json, key, path, &values))
            return false;
        for (qsizetype i = 0; i < values.size(); ++i) {
            QJsonObject item;
            const QString itemPath = element(member(path, key), i);
            if (!object(values.at(i), itemPath, &item) || !read(item, itemPath))
                return false;
        }
        return true;
    }

    bool header(const QJsonObject &json)
    {
        const QJsonValue format = json.value("format"_L1);
        if (format.isUndefined())
            return fail({}, Tr::tr("not a Copydesk article (no “format” key)"));
        if (format.toString() != FormatName) {
            return fail({},
                Tr::tr("not a Copydesk article (format “%1”, expected “%2”)")
                    .arg(format.isString() ? format.toString() : Tr::tr("not a string"),
                        FormatName));
        }
        const QJsonValue version = json.value("version"_L1);
        const double number = version.toDouble(-1);
        // std::trunc, not a cast to qint64: 1e110 is whole, and out of qint64's range.
        if (!version.isDouble() || !(number >= 1) || std::trunc(number) != number)
            return fail(u"version"_s, Tr::tr("expected a whole number of at least 1"));
        if (number > FormatVersion) {
            return fail({},
                Tr::tr("written by a newer Copydesk (format version %1; this one reads up to %2)")
                    .arg(QString::number(number, 'g', 16))
                    .arg(FormatVersion),
                Error::Code::TooNew);
        }
        return true;
    }

    bool published(const QJsonObject &json, QDateTime *out)
    {
        const QJsonValue value = json.value("published"_L1);
        const QJsonValue zoneValue = json.value("timeZone"_L1);
        if (!zoneValue.isUndefined() && !zoneValue.isNull() && !zoneValue.isString())
            return fail(u"timeZone"_s, Tr::tr("expected a string or null"));
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isString())
            return fail(u"published"_s, Tr::tr("expected a string or null"));
        QDateTime dateTime = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (!dateTime.isValid()) {
            return fail(u"published"_s,
                Tr::tr("expected an ISO 8601 date and time such as 2025-03-14T09:30:00+01:00"));
        }
        const QString zoneId = zoneValue.toString();
        if (!zoneId.isEmpty()) {
            const QTimeZone zone(zoneId.toUtf8());
            if (!zone.isValid())
                return fail(
                    u"timeZone"_s, Tr::tr("unknown time zone %1").arg(QuotedValue::quoted(zoneId)));
            // Without an offset the text is the wall-clock time in that zone.
            dateTime = dateTime.timeSpec() == Qt::LocalTime
                ? QDateTime(dateTime.date(), dateTime.time(), zone)
                : dateTime.toTimeZone(zone);
        }
        *out = dateTime;
        return true;
    }

    /// The library's "modified" beside the article (modifiedOf()): an ISO 8601 time with its
    /// offset, or null.
    bool modified(const QJsonObject &json, QDateTime *out)
    {
        const QJsonValue value = json.value("modified"_L1);
        if (value.isUndefined() || value.isNull())
            return true;
        const QDateTime time = value.isString()
            ? QDateTime::fromString(value.toString(), Qt::ISODateWithMs)
            : QDateTime();
        if (!time.isValid() || time.timeSpec() == Qt::LocalTime) {
            return fail(u"modified"_s,
                Tr::tr("expected an ISO 8601 date and time with its UTC offset, such as "
                       "2025-03-14T08:30:00Z, or null"));
        }
        if (out)
            *out = time.toUTC();
        return true;
    }

    bool hero(const QJsonObject &json, HeroImage *out)
    {
        const QJsonValue value = json.value("hero"_L1);
        QJsonObject hero;
        if (value.isUndefined() || value.isNull())
            return true;
        if (!object(value, u"hero"_s, &hero))
            return false;
        if (!keys(hero, u"hero"_s,
                {"data"_L1, "mimeType"_L1, "fileName"_L1, "caption"_L1, "altText"_L1, "credit"_L1}))
            return false;
        QString data;
        if (!text(hero, "data"_L1, u"hero"_s, &data))
            return false;
        auto decoded = QByteArray::fromBase64Encoding(
            data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return fail(u"hero.data"_s, Tr::tr("not valid base64"));
        out->data = decoded.decoded;
        return text(hero, "mimeType"_L1, u"hero"_s, &out->mimeType)
            && text(hero, "fileName"_L1, u"hero"_s, &out->fileName)
            && text(hero, "caption"_L1, u"hero"_s, &out->caption)
            && text(hero, "altText"_L1, u"hero"_s, &out->altText)
            && text(hero, "credit"_L1, u"hero"_s, &out->credit);
    }

    bool reference(const QJsonObject &json, const QString &path, Reference *out)
    {
        if (!keys(json, path, {"title"_L1, "url"_L1, "publisher"_L1, "accessed"_L1})
            || !text(json, "title"_L1, path, &out->title) || !text(json, "url"_L1, path, &out->url)
            || !text(json, "publisher"_L1, path, &out->publisher))
            return false;
        const QJsonValue accessed = json.value("accessed"_L1);
        if (accessed.isUndefined() || accessed.isNull())
            return true;
        out->accessed = QDate::fromString(accessed.toString(), Qt::ISODate);
        if (!accessed.isString() || !out->accessed.isValid())
            return fail(
                member(path, "accessed"_L1), Tr::tr("expected a date (YYYY-MM-DD) or null"));
        return true;
    }

    bool part(const QJsonObject &json, const QString &path, ArticlePart *out)
    {
        if (!keys(json, path,
                {"id"_L1, "kind"_L1, "heading"_L1, "body"_L1, "items"_L1, "quotes"_L1, "faq"_L1,
                    "references"_L1}))
            return false;
        const QJsonValue kind = json.value("kind"_L1);
        if (!kind.isString())
            return fail(member(path, "kind"_L1), Tr::tr("expected a string"));
        bool ok = false;
        out->kind = ArticlePart::kindFromName(kind.toString(), &ok);
        if (!ok)
            return fail(
                member(path, "kind"_L1), Tr::tr("unknown part kind “%1”").arg(kind.toString()));
        return text(json, "id"_L1, path, &out->id) && text(json, "heading"_L1, path, &out->heading)
            && text(json, "body"_L1, path, &out->body) && texts(json, "items"_L1, path, &out->items)
            && objects(json, "quotes"_L1, path,
                [&](const QJsonObject &q, const QString &p) {
                    Quote quote;
                    const bool ok = keys(q, p, {"text"_L1, "speaker"_L1, "role"_L1})
                        && text(q, "text"_L1, p, &quote.text)
                        && text(q, "speaker"_L1, p, &quote.speaker)
                        && text(q, "role"_L1, p, &quote.role);
                    out->quotes.append(quote);
                    return ok;
                })
            && objects(json, "faq"_L1, path,
                [&](const QJsonObject &f, const QString &p) {
                    FaqEntry entry;
                    const bool ok = keys(f, p, {"question"_L1, "answer"_L1})
                        && text(f, "question"_L1, p, &entry.question)
                        && text(f, "answer"_L1, p, &entry.answer);
                    out->faq.append(entry);
                    return ok;
                })
            && objects(json, "references"_L1, path, [&](const QJsonObject &r, const QString &p) {
                   Reference reference;
                   const bool ok = this->reference(r, p, &reference);
                   out->references.append(reference);
                   return ok;
               });
    }

    bool article(const QJsonObject &json, Article *out)
    {
        if (!header(json))
            return false;
        if (!keys(json, {},
                {"format"_L1, "version"_L1, "uuid"_L1, "headline"_L1, "dek"_L1, "bylines"_L1,
                    "dateline"_L1, "published"_L1, "timeZone"_L1, "category"_L1, "tags"_L1,
                    "language"_L1, "hero"_L1, "lede"_L1, "parts"_L1, "status"_L1, "owner"_L1,
                    "wordTarget"_L1, "modified"_L1}))
            return false;
        if (!modified(json, nullptr))
            return false;
        QString status = statusName(ArticleStatus::Draft);
        if (!text(json, "uuid"_L1, {}, &out->uuid) || !text(json, "headline"_L1, {}, &out->headline)
            || !text(json, "dek"_L1, {}, &out->dek)
            || !text(json, "dateline"_L1, {}, &out->dateline)
            || !text(json, "category"_L1, {}, &out->category)
            || !texts(json, "tags"_L1, {}, &out->tags)
            || !text(json, "language"_L1, {}, &out->language)
            || !text(json, "lede"_L1, {}, &out->lede) || !text(json, "owner"_L1, {}, &out->owner)
            || !text(json, "status"_L1, {}, &status) || !published(json, &out->published)
            || !hero(json, &out->hero) || !count(json, "wordTarget"_L1, &out->wordTarget))
            return false;
        bool ok = false;
        out->status = statusFromName(status, &ok);
        if (!ok)
            return fail(u"status"_s, Tr::tr("unknown status %1").arg(QuotedValue::quoted(status)));
        return objects(json, "bylines"_L1, {}, [&](const QJsonObject &b, const QString &p) {
            Byline byline;
            const bool ok = keys(b, p, {"name"_L1, "role"_L1})
                && text(b, "name"_L1, p, &byline.name) && text(b, "role"_L1, p, &byline.role);
            out->bylines.append(byline);
            return ok;
        }) && objects(json, "parts"_L1, {}, [&](const QJsonObject &p, const QString &path) {
            ArticlePart part;
            const bool ok = this->part(p, path, &part);
            out->parts.append(part);
            return ok;
        });
    }

private:
    QString m_source;
    Error m_error;
};

Result<Article> read(const QJsonObject &json, const QString &source, QDateTime *modified)
{
    Reader reader(source);
    Article article;
    if (!reader.article(json, &article))
        return reader.error();
    if (modified)
        reader.modified(json, modified);
    return article;
}

} // namespace

Result<Article> fromJson(const QJsonObject &json)
{
    return read(json, {}, nullptr);
}

Result<QDateTime> modifiedOf(const QJsonObject &json)
{
    Reader reader({});
    QDateTime modified;
    if (!reader.modified(json, &modified))
        return reader.error();
    return modified;
}

Result<Article> fromBytes(const QByteArray &json, const QString &sourceName, QDateTime *modified)
{
    if (json.trimmed().isEmpty())
        return Error {Tr::tr("%1: the file is empty").arg(sourceName), Error::Code::InvalidInput};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(parseError.offset);
        const qsizetype lineStart = before.lastIndexOf('\n') + 1;
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = QString::fromUtf8(before.mid(lineStart)).size() + 1;
        return Error {
            u"%1:%2:%3: %4"_s.arg(sourceName).arg(line).arg(column).arg(parseError.errorString()),
            Error::Code::InvalidInput};
    }
    if (!document.isObject())
        return Error {
            Tr::tr("%1: expected a JSON object").arg(sourceName), Error::Code::InvalidInput};
    return read(document.object(), sourceName, modified);
}

} // namespace Copydesk::ArticleJson
