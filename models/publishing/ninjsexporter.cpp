// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "ninjsexporter.h"

#include "articlestats.h"
#include "htmltext.h"
#include "languagetag.h"
#include "markdownrenderer.h"
#include "pagevariables.h"
#include "profileurls.h"
#include "slug.h"
#include "urlpolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace Copydesk {

namespace {

const QLatin1StringView schemaUri("http://www.iptc.org/std/ninjs/ninjs-schema_2.0.json#");

QString text(const QString &value)
{
    return HtmlText::escape(HtmlText::clean(value.trimmed()));
}

/// RFC 3339 with an explicit offset, as the schema's date-time format requires.
QString dateTime(const QDateTime &time)
{
    return time.toOffsetFromUtc(time.offsetFromUtc()).toString(Qt::ISODate);
}

// Default headings are in the page's language, as on the HTML page, not the application's.
QString heading(const ArticlePart &part, const QString &language)
{
    return part.heading.trimmed().isEmpty() ? PageVariables::defaultHeading(part.kind, language)
                                            : part.heading.trimmed();
}

void appendList(QString &html, const QStringList &items)
{
    html += QLatin1StringView("<ul>");
    for (const QString &item : items) {
        if (!item.trimmed().isEmpty())
            html += QLatin1StringView("<li>") + MarkdownRenderer::inlineToHtml(item)
                + QLatin1StringView("</li>");
    }
    html += QLatin1StringView("</ul>");
}

void appendPart(QString &html, const ArticlePart &part, const QString &language)
{
    html += QLatin1StringView("<section>");
    const QString title = heading(part, language);
    if (!title.isEmpty())
        html += QLatin1StringView("<h2>") + text(title) + QLatin1StringView("</h2>");
    switch (part.kind) {
    case ArticlePart::Kind::Section:
        html += MarkdownRenderer::toHtml(part.body);
        break;
    case ArticlePart::Kind::KeyFacts:
    case ArticlePart::Kind::KeyTakeaways:
        appendList(html, part.items);
        break;
    case ArticlePart::Kind::Quotes:
        for (const Quote &quote : part.quotes) {
            if (quote.text.trimmed().isEmpty())
                continue;
            html += QLatin1StringView("<blockquote><p>") + text(quote.text)
                + QLatin1StringView("</p>");
            const QStringList who
                = QStringList {quote.speaker.trimmed(), quote.role.trimmed()}.filter(
                    QRegularExpression(QStringLiteral("\\S")));
            if (!who.isEmpty())
                html += QStringLiteral("<p>— ") + text(who.join(QLatin1StringView(", ")))
                    + QLatin1StringView("</p>");
            html += QLatin1StringView("</blockquote>");
        }
        break;
    case ArticlePart::Kind::Faq:
        html += QLatin1StringView("<dl>");
        for (const FaqEntry &entry : part.faq) {
            if (entry.question.trimmed().isEmpty() && entry.answer.trimmed().isEmpty())
                continue;
            html += QLatin1StringView("<dt>") + text(entry.question)
                + QLatin1StringView("</dt><dd>") + MarkdownRenderer::toHtml(entry.answer)
                + QLatin1StringView("</dd>");
        }
        html += QLatin1StringView("</dl>");
        break;
    case ArticlePart::Kind::References:
        html += QLatin1StringView("<ol>");
        for (const Reference &reference : part.references) {
            const QString title = reference.title.trimmed().isEmpty() ? reference.url.trimmed()
                                                                      : reference.title.trimmed();
            if (title.isEmpty())
                continue;
            const QString href = UrlPolicy::referenceLink(reference.url);
            html += QLatin1StringView("<li>");
            html += href.isEmpty() ? text(title)
                                   : QLatin1StringView("<a href=\"") + HtmlText::escape(href)
                    + QLatin1StringView("\">") + text(title) + QLatin1StringView("</a>");
            if (!reference.publisher.trimmed().isEmpty())
                html += QLatin1StringView(", ") + text(reference.publisher);
            html += QLatin1StringView("</li>");
        }
        html += QLatin1StringView("</ol>");
        break;
    }
    html += QLatin1StringView("</section>");
}

QJsonArray valueList(const QString &role, const QString &value)
{
    if (value.trimmed().isEmpty())
        return {};
    return QJsonArray {QJsonObject {{QStringLiteral("role"), role},
        {QStringLiteral("contenttype"), QStringLiteral("text/plain")},
        {QStringLiteral("value"), HtmlText::clean(value.trimmed())}}};
}

void insertNonEmpty(QJsonObject &object, const QString &key, const QJsonValue &value)
{
    if ((value.isString() && value.toString().isEmpty())
        || (value.isArray() && value.toArray().isEmpty()))
        return;
    object.insert(key, value);
}

QString pubStatus(ArticleStatus status)
{
    switch (status) {
    case ArticleStatus::Published:
    case ArticleStatus::Approved:
        return QStringLiteral("usable");
    case ArticleStatus::Spiked:
        return QStringLiteral("canceled");
    case ArticleStatus::Draft:
    case ArticleStatus::InReview:
    case ArticleStatus::ChangesRequested:
        break;
    }
    return QStringLiteral("withheld");
}

QJsonObject heroAssociation(const Article &article, const ExportOptions &options)
{
    const HeroImage &hero = article.hero;
    QJsonObject rendition {{QStringLiteral("name"), QStringLiteral("original")},
        {QStringLiteral("sizeinbytes"), double(hero.data.size())}};
    insertNonEmpty(rendition, QStringLiteral("contenttype"), hero.mimeType.trimmed());
    insertNonEmpty(rendition, QStringLiteral("title"), HtmlText::clean(hero.fileName.trimmed()));
    if (options.embedImages)
        insertNonEmpty(
            rendition, QStringLiteral("href"), UrlPolicy::dataUrl(hero.data, hero.mimeType));

    QJsonObject image {{QStringLiteral("name"), QStringLiteral("featureimage")},
        {QStringLiteral("type"), QStringLiteral("picture")},
        {QStringLiteral("representationtype"), QStringLiteral("full")},
        {QStringLiteral("renditions"), QJsonArray {rendition}}};
    if (!article.uuid.isEmpty())
        image.insert(QStringLiteral("uri"),
            QStringLiteral("urn:uuid:%1:featureimage")
                .arg(QString::fromLatin1(QUrl::toPercentEncoding(article.uuid))));
    QJsonArray descriptions = valueList(QStringLiteral("caption"), hero.caption);
    for (const QJsonValue &alt : valueList(QStringLiteral("alternative"), hero.altText))
        descriptions.append(alt);
    insertNonEmpty(image, QStringLiteral("descriptions"), descriptions);
    insertNonEmpty(image, QStringLiteral("by"), HtmlText::clean(hero.credit.trimmed()));
    return image;
}

} // namespace

QString NinjsExporter::bodyHtml(const Article &article, const QString &language)
{
    QString html = MarkdownRenderer::toHtml(article.lede);
    for (const ArticlePart &part : article.parts) {
        if (!part.isEmpty())
            appendPart(html, part, language);
    }
    return html;
}

QJsonObject NinjsExporter::toJson(
    const Article &article, const PublicationProfile &profile, const ExportOptions &options)
{
    QJsonObject item;
    const QString uuid = QString::fromLatin1(QUrl::toPercentEncoding(article.uuid.trimmed()));
    item.insert(QStringLiteral("uri"),
        uuid.isEmpty() ? QStringLiteral("urn:copydesk:unsaved")
                       : QStringLiteral("urn:uuid:") + uuid);
    item.insert(QStringLiteral("standard"),
        QJsonObject {{QStringLiteral("name"), QStringLiteral("ninjs")},
            {QStringLiteral("version"), QStringLiteral("2.0")},
            {QStringLiteral("schema"), schemaUri}});
    item.insert(QStringLiteral("type"), QStringLiteral("text"));
    item.insert(QStringLiteral("representationtype"), QStringLiteral("full"));
    item.insert(QStringLiteral("profile"), QStringLiteral("copydesk-article"));
    item.insert(QStringLiteral("pubstatus"), pubStatus(article.status));
    if (!article.uuid.trimmed().isEmpty())
        item.insert(QStringLiteral("altids"),
            QJsonArray {QJsonObject {{QStringLiteral("role"), QStringLiteral("copydesk-uuid")},
                {QStringLiteral("value"), article.uuid.trimmed()}}});
    if (options.revision > 0)
        item.insert(QStringLiteral("version"), QString::number(options.revision));
    if (options.created.isValid())
        item.insert(QStringLiteral("firstcreated"), dateTime(options.created));
    if (options.render.modified.isValid())
        item.insert(QStringLiteral("versioncreated"), dateTime(options.render.modified));
    if (article.published.isValid())
        item.insert(QStringLiteral("contentcreated"), dateTime(article.published));

    QString language = LanguageTag::checked(article.language);
    if (language.isEmpty())
        language = LanguageTag::checked(profile.language);
    insertNonEmpty(item, QStringLiteral("language"), language);
    insertNonEmpty(
        item, QStringLiteral("copyrightholder"), HtmlText::clean(profile.name.trimmed()));
    insertNonEmpty(item, QStringLiteral("slugline"), Slug::fromText(article.headline));
    insertNonEmpty(item, QStringLiteral("located"), HtmlText::clean(article.dateline.trimmed()));
    insertNonEmpty(
        item, QStringLiteral("headlines"), valueList(QStringLiteral("main"), article.headline));
    insertNonEmpty(
        item, QStringLiteral("descriptions"), valueList(QStringLiteral("summary"), article.dek));

    QStringList by;
    QJsonArray people;
    for (const Byline &byline : article.bylines) {
        const QString name = HtmlText::clean(byline.name.trimmed());
        if (name.isEmpty())
            continue;
        const QString role = HtmlText::clean(byline.role.trimmed());
        by.append(role.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, role));
        people.append(QJsonObject {
            {QStringLiteral("name"), name}, {QStringLiteral("rel"), QStringLiteral("author")}});
    }
    insertNonEmpty(item, QStringLiteral("by"), by.join(QLatin1StringView(", ")));
    insertNonEmpty(item, QStringLiteral("people"), people);

    QJsonArray subjects;
    if (!article.category.trimmed().isEmpty()) {
        QJsonObject category {{QStringLiteral("name"), HtmlText::clean(article.category.trimmed())},
            {QStringLiteral("rel"), QStringLiteral("category")}};
        if (const QString uri = ProfileUrls::categoryUrl(article.category, profile); !uri.isEmpty())
            category.insert(QStringLiteral("uri"), uri);
        subjects.append(category);
    }
    for (const QString &tag : article.tags) {
        if (!tag.trimmed().isEmpty())
            subjects.append(QJsonObject {{QStringLiteral("name"), HtmlText::clean(tag.trimmed())},
                {QStringLiteral("rel"), QStringLiteral("tag")}});
    }
    insertNonEmpty(item, QStringLiteral("subjects"), subjects);

    const QString body = bodyHtml(article, PageVariables::language(article, profile));
    if (!body.isEmpty()) {
        // The article's one word count, as the page's JSON-LD and the status bar show it.
        const int words = ArticleStats::wordCount(article);
        item.insert(QStringLiteral("bodies"),
            QJsonArray {QJsonObject {{QStringLiteral("role"), QStringLiteral("main")},
                {QStringLiteral("contenttype"), QStringLiteral("text/html")},
                {QStringLiteral("wordcount"), words}, {QStringLiteral("value"), body}}});
    }
    if (!article.hero.isEmpty())
        item.insert(QStringLiteral("associations"), QJsonArray {heroAssociation(article, options)});
    return item;
}

QByteArray NinjsExporter::toBytes(
    const Article &article, const PublicationProfile &profile, const ExportOptions &options)
{
    return QJsonDocument(toJson(article, profile, options)).toJson(QJsonDocument::Indented);
}

} // namespace Copydesk
