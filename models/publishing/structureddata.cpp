// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "structureddata.h"

#include "imagesize.h"
#include "newsroombyline.h"
#include "profileurls.h"
#include "urlpolicy.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Copydesk {

namespace {

void insertText(QJsonObject &object, const QString &key, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.isEmpty())
        object.insert(key, trimmed);
}

QJsonObject typed(const char *type)
{
    return QJsonObject {{QStringLiteral("@type"), QString::fromLatin1(type)}};
}

QJsonArray authors(const QList<Byline> &bylines, const PublicationProfile &profile)
{
    QJsonArray people;
    for (const Byline &byline : bylines) {
        if (byline.name.trimmed().isEmpty())
            continue;
        if (NewsroomByline::isNewsroom(byline.name, profile.name)) {
            QJsonObject newsroom = typed("Organization");
            insertText(newsroom, QStringLiteral("name"), byline.name);
            if (UrlPolicy::isWebUrl(profile.siteUrl))
                newsroom.insert(QStringLiteral("url"), UrlPolicy::link(profile.siteUrl));
            people.append(newsroom);
            continue;
        }
        QJsonObject person = typed("Person");
        insertText(person, QStringLiteral("name"), byline.name);
        insertText(person, QStringLiteral("jobTitle"), byline.role);
        people.append(person);
    }
    return people;
}

/// An ImageObject for a picture: its absolute URL when it is published beside the page at a
/// known address, else (`embed`) its data: URL; its pixel size when the header tells.
QJsonObject imageObject(const QByteArray &data, const QString &mimeType, const QString &pageUrl,
    const QString &fileName, bool embed)
{
    QJsonObject image = typed("ImageObject");
    QString url = ProfileUrls::beside(pageUrl, fileName);
    if (url.isEmpty() && embed)
        url = UrlPolicy::dataUrl(data, mimeType);
    insertText(image, QStringLiteral("url"), url);
    if (const QSize size = ImageSize::of(data); size.isValid()) {
        image.insert(QStringLiteral("width"), size.width());
        image.insert(QStringLiteral("height"), size.height());
    }
    insertText(image, QStringLiteral("encodingFormat"), mimeType.trimmed().toLower());
    return image;
}

QJsonArray citations(const QList<ArticlePart> &parts)
{
    QJsonArray works;
    for (const ArticlePart &part : parts) {
        if (part.kind != ArticlePart::Kind::References)
            continue;
        for (const Reference &reference : part.references) {
            QJsonObject work = typed("CreativeWork");
            insertText(work, QStringLiteral("name"), reference.title);
            insertText(work, QStringLiteral("url"), UrlPolicy::referenceLink(reference.url));
            if (!reference.publisher.trimmed().isEmpty()) {
                QJsonObject publisher = typed("Organization");
                insertText(publisher, QStringLiteral("name"), reference.publisher);
                work.insert(QStringLiteral("publisher"), publisher);
            }
            if (work.size() > 1)
                works.append(work);
        }
    }
    return works;
}

} // namespace

QJsonObject StructuredData::newsArticle(const Article &article, const PublicationProfile &profile,
    const RenderOptions &options, const QString &language, qsizetype wordCount)
{
    QJsonObject data {
        {QStringLiteral("@context"), QStringLiteral("https://schema.org")},
        {QStringLiteral("@type"), QStringLiteral("NewsArticle")},
    };
    const QString url = ProfileUrls::articleUrl(article, profile);
    insertText(data, QStringLiteral("identifier"), article.uuid);
    if (!url.isEmpty()) {
        data.insert(QStringLiteral("url"), url);
        QJsonObject page = typed("WebPage");
        page.insert(QStringLiteral("@id"), url);
        data.insert(QStringLiteral("mainEntityOfPage"), page);
    }
    insertText(data, QStringLiteral("headline"), article.headline);
    insertText(data, QStringLiteral("description"), article.dek);
    if (article.published.isValid())
        data.insert(QStringLiteral("datePublished"), article.published.toString(Qt::ISODate));
    else
        data.insert(QStringLiteral("creativeWorkStatus"), QStringLiteral("Draft"));
    const QDateTime changed = options.modified.isValid() ? options.modified : article.published;
    if (changed.isValid())
        data.insert(QStringLiteral("dateModified"), changed.toString(Qt::ISODate));
    const QJsonArray people = authors(article.bylines, profile);
    if (!people.isEmpty())
        data.insert(QStringLiteral("author"), people);

    QJsonObject publisher = typed("Organization");
    insertText(publisher, QStringLiteral("name"), profile.name);
    if (UrlPolicy::isWebUrl(profile.siteUrl))
        publisher.insert(QStringLiteral("url"), UrlPolicy::link(profile.siteUrl));
    if (!UrlPolicy::dataUrl(profile.logo, profile.logoMimeType).isEmpty()) {
        publisher.insert(QStringLiteral("logo"),
            imageObject(profile.logo, profile.logoMimeType, url, options.logoFileName, true));
    }
    data.insert(QStringLiteral("publisher"), publisher);

    if (!UrlPolicy::dataUrl(article.hero.data, article.hero.mimeType).isEmpty()) {
        // The page's own copy is a data: URL, which search engines do not fetch: only a
        // published file gives the image a url.
        QJsonObject image = imageObject(
            article.hero.data, article.hero.mimeType, url, options.heroFileName, false);
        image.insert(QStringLiteral("@id"), QStringLiteral("#hero"));
        insertText(image, QStringLiteral("caption"), article.hero.caption);
        insertText(image, QStringLiteral("description"), article.hero.altText);
        insertText(image, QStringLiteral("creditText"), article.hero.credit);
        data.insert(QStringLiteral("image"), image);
    }
    insertText(data, QStringLiteral("articleSection"), article.category);
    QJsonArray keywords;
    for (const QString &tag : article.tags) {
        if (!tag.trimmed().isEmpty())
            keywords.append(tag.trimmed());
    }
    if (!keywords.isEmpty())
        data.insert(QStringLiteral("keywords"), keywords);
    insertText(data, QStringLiteral("inLanguage"), language);
    data.insert(QStringLiteral("wordCount"), qint64(wordCount));
    const QJsonArray works = citations(article.parts);
    if (!works.isEmpty())
        data.insert(QStringLiteral("citation"), works);
    return data;
}

QJsonObject StructuredData::faqPage(const QList<std::pair<QString, QString>> &pairs)
{
    QJsonArray questions;
    for (const auto &[question, answer] : pairs) {
        if (question.trimmed().isEmpty() || answer.trimmed().isEmpty())
            continue;
        QJsonObject accepted = typed("Answer");
        accepted.insert(QStringLiteral("text"), answer.trimmed());
        QJsonObject entry = typed("Question");
        entry.insert(QStringLiteral("name"), question.trimmed());
        entry.insert(QStringLiteral("acceptedAnswer"), accepted);
        questions.append(entry);
    }
    if (questions.isEmpty())
        return {};
    return QJsonObject {
        {QStringLiteral("@context"), QStringLiteral("https://schema.org")},
        {QStringLiteral("@type"), QStringLiteral("FAQPage")},
        {QStringLiteral("mainEntity"), questions},
    };
}

QString StructuredData::scriptText(const QJsonObject &object)
{
    const QString json = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    QString text;
    text.reserve(json.size() + 32);
    for (const QChar c : json) {
        switch (c.unicode()) {
        case u'<':
            text += u"\\u003c";
            break;
        case u'>':
            text += u"\\u003e";
            break;
        case u'&':
            text += u"\\u0026";
            break;
        case 0x2028:
            text += u"\\u2028";
            break;
        case 0x2029:
            text += u"\\u2029";
            break;
        default:
            text += c;
        }
    }
    return text;
}

} // namespace Copydesk
