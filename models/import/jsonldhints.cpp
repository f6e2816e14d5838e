// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "jsonldhints.h"

#include "htmlmarkdown.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace Copydesk {

using namespace Qt::StringLiterals;

namespace {

void setIfEmpty(QString &target, const QString &value)
{
    if (target.isEmpty())
        target = value.simplified();
}

QStringList types(const QJsonObject &object)
{
    const QJsonValue type = object.value("@type"_L1);
    if (type.isArray())
        return type.toVariant().toStringList();
    return {type.toString()};
}

QStringList names(const QJsonValue &value)
{
    if (value.isString())
        return {value.toString().simplified()};
    if (value.isObject())
        return {value.toObject().value("name"_L1).toString().simplified()};
    QStringList out;
    for (const QJsonValue &each : value.toArray())
        out << names(each);
    out.removeAll(QString());
    return out;
}

/// Answers may be HTML: read as Markdown, as pasted rich text would be.
QString answerText(const QJsonValue &answer)
{
    const QJsonValue text = answer.isArray() ? answer.toArray().first().toObject().value("text"_L1)
                                             : answer.toObject().value("text"_L1);
    return htmlToMarkdown(text.toString()).trimmed();
}

void readObject(ImportHints &hints, const QJsonObject &object, int depth)
{
    if (depth > 8)
        return;
    const QStringList kinds = types(object);
    static const QStringList articles {u"NewsArticle"_s, u"Article"_s, u"ReportageNewsArticle"_s,
        u"AnalysisNewsArticle"_s, u"BlogPosting"_s, u"OpinionNewsArticle"_s};
    const bool isArticle = std::any_of(
        kinds.cbegin(), kinds.cend(), [](const QString &kind) { return articles.contains(kind); });
    if (isArticle) {
        setIfEmpty(hints.headline, object.value("headline"_L1).toString());
        setIfEmpty(hints.description, object.value("description"_L1).toString());
        setIfEmpty(hints.section, object.value("articleSection"_L1).toString());
        setIfEmpty(hints.language, object.value("inLanguage"_L1).toString());
        if (hints.authors.isEmpty())
            hints.authors = names(object.value("author"_L1));
        if (!hints.published.isValid())
            hints.published
                = QDateTime::fromString(object.value("datePublished"_L1).toString(), Qt::ISODate);
        setIfEmpty(
            hints.siteName, object.value("publisher"_L1).toObject().value("name"_L1).toString());
    }
    if (kinds.contains(u"FAQPage"_s) && hints.faq.isEmpty()) {
        for (const QJsonValue &entity : object.value("mainEntity"_L1).toArray()) {
            const QJsonObject question = entity.toObject();
            const QString name = question.value("name"_L1).toString().simplified();
            if (!name.isEmpty())
                hints.faq.append({name, answerText(question.value("acceptedAnswer"_L1))});
        }
    }
    for (const QJsonValue &each : object.value("@graph"_L1).toArray())
        readObject(hints, each.toObject(), depth + 1);
}

} // namespace

void JsonLdHints::read(ImportHints &hints, const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return;
    if (document.isObject())
        readObject(hints, document.object(), 0);
    for (const QJsonValue &each : document.array())
        readObject(hints, each.toObject(), 1);
}

void JsonLdHints::meta(ImportHints &hints, const QString &key, const QString &content)
{
    if (content.isEmpty())
        return;
    if (key == "og:site_name"_L1 || key == "application-name"_L1)
        setIfEmpty(hints.siteName, content);
    else if (key == "og:title"_L1)
        setIfEmpty(hints.headline, content);
    else if (key == "og:description"_L1 || key == "description"_L1)
        setIfEmpty(hints.description, content);
    else if (key == "article:section"_L1)
        setIfEmpty(hints.section, content);
    else if ((key == "author"_L1 || key == "article:author"_L1) && hints.authors.isEmpty())
        hints.authors << content;
    else if (key == "article:published_time"_L1 && !hints.published.isValid())
        hints.published = QDateTime::fromString(content, Qt::ISODate);
}

} // namespace Copydesk
