// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "pagevariables.h"

#include "articlestats.h"
#include "housetemplates.h"
#include "htmltext.h"
#include "imagesize.h"
#include "languagetag.h"
#include "markdownrenderer.h"
#include "markdowntext.h"
#include "profileurls.h"
#include "structureddata.h"
#include "urlpolicy.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QRegularExpression>
#include <QTranslator>
#include <QUrl>
#include <algorithm>
#include <memory>

namespace Copydesk {

namespace {

/// The page's labels ("By", "4 min read"…) and default part headings in the PAGE's language,
/// not the application's: the translation embedded under :/i18n/page (copydesk_<lang>.qm, tried
/// as "de_AT" then "de" for "de-AT"), else the English source text. The application's installed
/// translators are never consulted. Translators are loaded once per language and shared by all
/// threads (a loaded QTranslator is only read).
class PageLabels
{
public:
    explicit PageLabels(const QString &language)
        : m_translator(translator(language))
    { }

    /// `source` (from QT_TRANSLATE_NOOP / QT_TRANSLATE_N_NOOP, so lupdate sees it) in the page's
    /// language; with `n` >= 0, the plural form for n with %n replaced.
    QString translate(const char *context, const char *source, int n = -1) const
    {
        QString result;
        if (m_translator)
            result = m_translator->translate(context, source, nullptr, n);
        if (result.isEmpty())
            result = QString::fromUtf8(source);
        if (n >= 0)
            result.replace(QLatin1StringView("%n"), QString::number(n));
        return result;
    }

    QString label(const char *source, int n = -1) const
    {
        return translate("Copydesk::PageVariables", source, n);
    }

    /// The heading of a structured part whose own heading is empty; empty for sections.
    QString defaultHeading(ArticlePart::Kind kind) const
    {
        switch (kind) {
        case ArticlePart::Kind::Section:
            return {};
        case ArticlePart::Kind::KeyFacts:
            return part(QT_TRANSLATE_NOOP("Copydesk::ArticlePart", "Key Facts"));
        case ArticlePart::Kind::Quotes:
            return part(QT_TRANSLATE_NOOP("Copydesk::ArticlePart", "Expert Insights"));
        case ArticlePart::Kind::KeyTakeaways:
            return part(QT_TRANSLATE_NOOP("Copydesk::ArticlePart", "Key Takeaways"));
        case ArticlePart::Kind::Faq:
            return part(QT_TRANSLATE_NOOP("Copydesk::ArticlePart", "FAQ"));
        case ArticlePart::Kind::References:
            return part(QT_TRANSLATE_NOOP("Copydesk::ArticlePart", "References"));
        }
        return {};
    }

private:
    QString part(const char *source) const { return translate("Copydesk::ArticlePart", source); }

    // The translator for `language`, or null when none is embedded. Cached, misses included.
    static std::shared_ptr<const QTranslator> translator(const QString &language)
    {
        static QMutex mutex;
        static QHash<QString, std::shared_ptr<const QTranslator>> cache;
        const QMutexLocker lock(&mutex);
        const auto found = cache.constFind(language);
        if (found != cache.cend())
            return *found;
        std::shared_ptr<QTranslator> loaded;
        QStringList subtags = QString(language).replace(u'_', u'-').split(u'-');
        while (!subtags.isEmpty()) {
            auto candidate = std::make_shared<QTranslator>();
            const QString name
                = QStringLiteral(":/i18n/page/copydesk_%1.qm").arg(subtags.join(u'_'));
            if (QFile::exists(name) && candidate->load(name)) {
                loaded = std::move(candidate);
                break;
            }
            subtags.removeLast();
        }
        cache.insert(language, loaded);
        return loaded;
    }

    std::shared_ptr<const QTranslator> m_translator;
};

QString text(const QString &value)
{
    return HtmlText::clean(value.trimmed());
}

// The locale's long date without the weekday: "March 14, 2025", "14. März 2025", "2025年3月14日".
QString longDate(const QDate &date, const QLocale &locale)
{
    static const QRegularExpression weekday(QStringLiteral("d{4}[\\s,\u060C\u3001]*"));
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.remove(weekday);
    while (!format.isEmpty() && (format.back().isSpace() || format.back() == u','))
        format.chop(1);
    return locale.toString(date, format);
}

QVariantHash moment(const QDateTime &when, const QLocale &locale)
{
    if (!when.isValid())
        return {};
    return QVariantHash {
        {QStringLiteral("iso"), when.toString(Qt::ISODate)},
        {QStringLiteral("display"),
            longDate(when.date(), locale) + QStringLiteral(", ")
                + locale.toString(when.time(), QLocale::ShortFormat)},
    };
}

QVariantList quotes(const QList<Quote> &list)
{
    QVariantList result;
    for (const Quote &quote : list) {
        QVariantList paragraphs;
        for (const QString &line : quote.text.split(u'\n')) {
            if (!line.trimmed().isEmpty())
                paragraphs.append(text(line));
        }
        if (paragraphs.isEmpty())
            continue;
        result.append(QVariantHash {
            {QStringLiteral("paragraphs"), paragraphs},
            {QStringLiteral("text"), text(quote.text)},
            {QStringLiteral("speaker"), text(quote.speaker)},
            {QStringLiteral("role"), text(quote.role)},
        });
    }
    return result;
}

QVariantList references(
    const QList<Reference> &list, const QLocale &locale, const PageLabels &labels)
{
    QVariantList result;
    int number = 0;
    for (const Reference &reference : list) {
        if (reference.title.trimmed().isEmpty() && reference.url.trimmed().isEmpty())
            continue;
        const QString url = UrlPolicy::referenceLink(reference.url);
        const QString title = reference.title.trimmed().isEmpty() ? reference.url : reference.title;
        result.append(QVariantHash {
            {QStringLiteral("number"), ++number},
            {QStringLiteral("title"), text(title)},
            {QStringLiteral("url"), url},
            {QStringLiteral("publisher"), text(reference.publisher)},
            {QStringLiteral("accessed"),
                reference.accessed.isValid()
                    ? labels.label(QT_TRANSLATE_NOOP("Copydesk::PageVariables", "accessed %1"))
                          .arg(longDate(reference.accessed, locale))
                    : QString()},
        });
    }
    return result;
}

struct Parts
{
    QVariantList parts;
    QList<std::pair<QString, QString>> faq; ///< Question and answer text, for the FAQPage.
};

Parts parts(const Article &article, const QLocale &locale, const PageLabels &labels)
{
    Parts result;
    for (const ArticlePart &part : article.parts) {
        if (part.isEmpty())
            continue;
        const QString kind = ArticlePart::kindName(part.kind);
        QString heading = text(part.heading);
        if (heading.isEmpty())
            heading = labels.defaultHeading(part.kind);
        QVariantHash variables {
            {QStringLiteral("id"), text(part.id)},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("template"), QStringLiteral("part-%1.html").arg(kind.toLower())},
            {QStringLiteral("heading"), heading},
        };
        switch (part.kind) {
        case ArticlePart::Kind::Section:
            variables.insert(QStringLiteral("bodyHtml"),
                HouseTemplates::safe(MarkdownRenderer::toHtml(part.body)));
            break;
        case ArticlePart::Kind::KeyFacts:
        case ArticlePart::Kind::KeyTakeaways: {
            QVariantList items;
            for (const QString &item : part.items) {
                if (!item.trimmed().isEmpty())
                    items.append(HouseTemplates::safe(MarkdownRenderer::inlineToHtml(item)));
            }
            variables.insert(QStringLiteral("items"), items);
            break;
        }
        case ArticlePart::Kind::Quotes:
            variables.insert(QStringLiteral("quotes"), quotes(part.quotes));
            break;
        case ArticlePart::Kind::Faq: {
            QVariantList entries;
            for (const FaqEntry &entry : part.faq) {
                // A question without an answer (or the reverse) cannot be shown as a pair;
                // preflight reports it.
                if (entry.question.trimmed().isEmpty() || entry.answer.trimmed().isEmpty())
                    continue;
                const QString answer = MarkdownRenderer::toHtml(entry.answer);
                result.faq.append(
                    {text(entry.question), text(MarkdownText::read(entry.answer).text)});
                entries.append(QVariantHash {
                    {QStringLiteral("question"), text(entry.question)},
                    {QStringLiteral("answerHtml"), HouseTemplates::safe(answer)},
                });
            }
            variables.insert(QStringLiteral("faq"), entries);
            break;
        }
        case ArticlePart::Kind::References:
            variables.insert(
                QStringLiteral("references"), references(part.references, locale, labels));
            break;
        }
        // A part whose entries were all incomplete has nothing left to show: no heading either.
        const bool nothingLeft = std::ranges::any_of(
            std::initializer_list<const char *> {"items", "quotes", "faq", "references"},
            [&variables](const char *key) {
                const auto found = variables.constFind(QLatin1StringView(key));
                return found != variables.cend() && found->toList().isEmpty();
            });
        if (!nothingLeft)
            result.parts.append(variables);
    }
    return result;
}

QVariantList bylines(const QList<Byline> &list)
{
    QVariantList result;
    for (const Byline &byline : list) {
        if (byline.name.trimmed().isEmpty())
            continue;
        result.append(QVariantHash {
            {QStringLiteral("name"), text(byline.name)},
            {QStringLiteral("role"), text(byline.role)},
        });
    }
    return result;
}

/// The src of a picture: the file beside the page when there is one, else its data: URL.
/// Empty when the picture is not one a page may show.
QString pictureSource(const QByteArray &data, const QString &mimeType, const QString &fileName)
{
    const QString embedded = UrlPolicy::dataUrl(data, mimeType);
    if (embedded.isEmpty() || fileName.isEmpty())
        return embedded;
    return QString::fromLatin1(QUrl::toPercentEncoding(fileName));
}

QVariantHash hero(const HeroImage &image, const QString &fileName)
{
    const QString source = pictureSource(image.data, image.mimeType, fileName);
    if (source.isEmpty())
        return {};
    // The intrinsic size, so that the stylesheet's max-width never stretches a small picture.
    const QSize size = ImageSize::of(image.data);
    return QVariantHash {
        {QStringLiteral("src"), source},
        {QStringLiteral("alt"), text(image.altText)},
        {QStringLiteral("caption"), text(image.caption)},
        {QStringLiteral("credit"), text(image.credit)},
        {QStringLiteral("mimeType"), image.mimeType.trimmed().toLower()},
        {QStringLiteral("width"), size.isValid() ? size.width() : 0},
        {QStringLiteral("height"), size.isValid() ? size.height() : 0},
    };
}

QVariantList related(const QList<RelatedArticle> &list, const QLocale &locale)
{
    QVariantList result;
    for (const RelatedArticle &article : list) {
        if (article.headline.trimmed().isEmpty())
            continue;
        result.append(QVariantHash {
            {QStringLiteral("headline"), text(article.headline)},
            {QStringLiteral("url"),
                UrlPolicy::isWebUrl(article.url) ? UrlPolicy::link(article.url) : QString()},
            {QStringLiteral("published"), moment(article.published, locale)},
        });
    }
    return result;
}

QVariantList openGraph(const Article &article, const PublicationProfile &profile,
    const QString &language, const QDateTime &modified, const QString &url, const QString &imageUrl)
{
    QVariantList meta;
    const auto add = [&meta](const char *property, const QString &content) {
        if (!content.trimmed().isEmpty()) {
            meta.append(QVariantHash {{QStringLiteral("property"), QString::fromLatin1(property)},
                {QStringLiteral("content"), text(content)}});
        }
    };
    add("og:type", QStringLiteral("article"));
    add("og:title", article.headline);
    add("og:description", article.dek);
    add("og:site_name", profile.name);
    add("og:locale", QString(language).replace(u'-', u'_'));
    add("og:url", url);
    add("og:image", imageUrl);
    if (article.published.isValid())
        add("article:published_time", article.published.toString(Qt::ISODate));
    if (modified.isValid())
        add("article:modified_time", modified.toString(Qt::ISODate));
    add("article:section", article.category);
    for (const Byline &byline : article.bylines)
        add("article:author", byline.name);
    for (const QString &tag : article.tags)
        add("article:tag", tag);
    return meta;
}

} // namespace

QString PageVariables::defaultHeading(ArticlePart::Kind kind, const QString &language)
{
    return PageLabels(language).defaultHeading(kind);
}

QString PageVariables::language(const Article &article, const PublicationProfile &profile)
{
    QString tag = LanguageTag::checked(article.language);
    if (tag.isEmpty())
        tag = LanguageTag::checked(profile.language);
    return tag.isEmpty() ? QStringLiteral("en") : tag;
}

QVariantHash PageVariables::build(
    const Article &article, const PublicationProfile &profile, const RenderOptions &options)
{
    const QString lang = language(article, profile);
    const QLocale locale(lang);
    const PageLabels pageLabels(lang);
    const Parts body = parts(article, locale, pageLabels);

    const qsizetype words = ArticleStats::wordCount(article);
    ReadingTimeOptions reading;
    reading.wordsPerMinute = std::max(1, profile.wordsPerMinute);
    const int minutes = int(ArticleStats::readingMinutes(article, reading));

    // "Updated" only on a published article: a draft's last change (often its import time) is
    // no news to readers.
    const bool updated = options.modified.isValid() && article.published.isValid()
        && options.modified > article.published.addSecs(60);

    const QString url = ProfileUrls::articleUrl(article, profile);
    const QString heroUrl = UrlPolicy::dataUrl(article.hero.data, article.hero.mimeType).isEmpty()
        ? QString()
        : ProfileUrls::beside(url, options.heroFileName);
    QVariantList structuredData {HouseTemplates::safe(StructuredData::scriptText(
        StructuredData::newsArticle(article, profile, options, lang, words)))};
    const QJsonObject faqPage = StructuredData::faqPage(body.faq);
    if (!faqPage.isEmpty())
        structuredData.append(HouseTemplates::safe(StructuredData::scriptText(faqPage)));

    const QString headline = text(article.headline);
    const QString name = text(profile.name);
    const QVariantHash page {
        {QStringLiteral("lang"), lang},
        {QStringLiteral("dir"),
            LanguageTag::isRightToLeft(lang) ? QStringLiteral("rtl") : QStringLiteral("ltr")},
        {QStringLiteral("title"), headline.isEmpty() ? name : headline},
        {QStringLiteral("openGraph"),
            openGraph(
                article, profile, lang, updated ? options.modified : QDateTime(), url, heroUrl)},
        {QStringLiteral("canonicalUrl"), url},
        // An unpublished article is shown as a draft, and kept out of search engines.
        {QStringLiteral("draft"), !article.published.isValid()},
        {QStringLiteral("structuredData"), structuredData},
    };
    const QVariantHash publication {
        {QStringLiteral("name"), name},
        {QStringLiteral("tagline"), text(profile.tagline)},
        {QStringLiteral("logo"),
            pictureSource(profile.logo, profile.logoMimeType, options.logoFileName)},
        {QStringLiteral("siteUrl"),
            UrlPolicy::isWebUrl(profile.siteUrl) ? UrlPolicy::link(profile.siteUrl) : QString()},
        {QStringLiteral("accentColor"),
            PublicationProfile::isValidColor(profile.accentColor)
                ? profile.accentColor
                : PublicationProfile::defaultAccentColor()},
        {QStringLiteral("pageSize"),
            profile.pageSize == PublicationProfile::PageSize::Letter ? QStringLiteral("letter")
                                                                     : QStringLiteral("A4")},
    };
    QStringList tags;
    for (const QString &tag : article.tags) {
        if (!tag.trimmed().isEmpty())
            tags.append(text(tag));
    }
    const QVariantHash articleVariables {
        {QStringLiteral("uuid"), text(article.uuid)},
        {QStringLiteral("headline"), headline},
        {QStringLiteral("dek"), text(article.dek)},
        {QStringLiteral("dateline"), text(article.dateline)},
        {QStringLiteral("category"), text(article.category)},
        {QStringLiteral("categoryUrl"), ProfileUrls::categoryUrl(article.category, profile)},
        {QStringLiteral("tags"), tags},
        {QStringLiteral("bylines"), bylines(article.bylines)},
        {QStringLiteral("published"), moment(article.published, locale)},
        {QStringLiteral("modified"), updated ? moment(options.modified, locale) : QVariantHash()},
        {QStringLiteral("wordCount"), qint64(words)},
        {QStringLiteral("readingMinutes"), minutes},
        {QStringLiteral("readingTime"),
            minutes > 0
                ? pageLabels.label(
                      QT_TRANSLATE_N_NOOP("Copydesk::PageVariables", "%n min read"), minutes)
                : QString()},
        {QStringLiteral("hero"), hero(article.hero, options.heroFileName)},
        {QStringLiteral("url"), url},
        {QStringLiteral("moreInCategory"), related(options.moreInCategory, locale)},
        {QStringLiteral("ledeHtml"), HouseTemplates::safe(MarkdownRenderer::toHtml(article.lede))},
    };
    const QVariantHash labels {
        {QStringLiteral("by"),
            pageLabels.label(QT_TRANSLATE_NOOP("Copydesk::PageVariables", "By"))},
        {QStringLiteral("and"),
            pageLabels.label(QT_TRANSLATE_NOOP("Copydesk::PageVariables", "and"))},
        {QStringLiteral("updated"),
            pageLabels.label(QT_TRANSLATE_NOOP("Copydesk::PageVariables", "Updated"))},
        {QStringLiteral("moreIn"),
            pageLabels.label(QT_TRANSLATE_NOOP("Copydesk::PageVariables", "More in"))},
        {QStringLiteral("draft"),
            pageLabels.label(
                QT_TRANSLATE_NOOP("Copydesk::PageVariables", "Draft: not published yet"))},
    };
    return QVariantHash {
        {QStringLiteral("page"), page},
        {QStringLiteral("publication"), publication},
        {QStringLiteral("article"), articleVariables},
        {QStringLiteral("parts"), body.parts},
        {QStringLiteral("labels"), labels},
    };
}

} // namespace Copydesk
