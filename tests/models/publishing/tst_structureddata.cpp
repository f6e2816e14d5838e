// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// The page's JSON-LD against the schema.org vocabulary and Google's Article guidance, read back
// from rendered pages (ArticleRenderer), not from StructuredData alone.
//
// The vocabulary: Debian ships no copy of schema.org (no package has its RDF or JSON-LD
// definitions), so the test encodes the part of it the pages use: every type with its parent
// type, and every property with the types schema.org gives as its domain (schema.org 29,
// https://schema.org/<name>). A type or property missing from these tables fails the test, so
// adding one to StructuredData means looking it up and adding it here.
#include "articlefactory.h"
#include "articlerenderer.h"
#include "imagesize.h"
#include "profileurls.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

/// Type → its parent in schema.org's hierarchy ("Thing" has none).
const QHash<QString, QString> &typeParents()
{
    static const QHash<QString, QString> parents {
        {u"Thing"_s, {}},
        {u"CreativeWork"_s, u"Thing"_s},
        {u"Article"_s, u"CreativeWork"_s},
        {u"NewsArticle"_s, u"Article"_s},
        {u"WebPage"_s, u"CreativeWork"_s},
        {u"FAQPage"_s, u"WebPage"_s},
        {u"MediaObject"_s, u"CreativeWork"_s},
        {u"ImageObject"_s, u"MediaObject"_s},
        {u"Comment"_s, u"CreativeWork"_s},
        {u"Question"_s, u"Comment"_s},
        {u"Answer"_s, u"Comment"_s},
        {u"Organization"_s, u"Thing"_s},
        {u"Person"_s, u"Thing"_s},
    };
    return parents;
}

/// Property → the types schema.org names as its domain (only those relevant here).
const QHash<QString, QStringList> &propertyDomains()
{
    static const QHash<QString, QStringList> domains {
        {u"identifier"_s, {u"Thing"_s}},
        {u"name"_s, {u"Thing"_s}},
        {u"url"_s, {u"Thing"_s}},
        {u"description"_s, {u"Thing"_s}},
        {u"image"_s, {u"Thing"_s}},
        {u"mainEntityOfPage"_s, {u"Thing"_s}},
        {u"headline"_s, {u"CreativeWork"_s}},
        {u"datePublished"_s, {u"CreativeWork"_s}},
        {u"dateModified"_s, {u"CreativeWork"_s}},
        {u"creativeWorkStatus"_s, {u"CreativeWork"_s}},
        {u"author"_s, {u"CreativeWork"_s}},
        {u"publisher"_s, {u"CreativeWork"_s}},
        {u"keywords"_s, {u"CreativeWork"_s}},
        {u"inLanguage"_s, {u"CreativeWork"_s}},
        {u"citation"_s, {u"CreativeWork"_s}},
        {u"text"_s, {u"CreativeWork"_s}},
        {u"mainEntity"_s, {u"CreativeWork"_s}},
        {u"creditText"_s, {u"CreativeWork"_s}},
        {u"encodingFormat"_s, {u"CreativeWork"_s, u"MediaObject"_s}},
        {u"articleSection"_s, {u"Article"_s}},
        {u"wordCount"_s, {u"Article"_s}},
        {u"acceptedAnswer"_s, {u"Question"_s}},
        {u"caption"_s, {u"ImageObject"_s}},
        {u"width"_s, {u"MediaObject"_s}},
        {u"height"_s, {u"MediaObject"_s}},
        {u"jobTitle"_s, {u"Person"_s}},
        {u"logo"_s, {u"Organization"_s}},
    };
    return domains;
}

bool isA(QString type, const QString &ancestor)
{
    while (!type.isEmpty()) {
        if (type == ancestor)
            return true;
        type = typeParents().value(type);
    }
    return false;
}

/// Every problem of `value` (at `path`) against the vocabulary tables.
void checkVocabulary(const QJsonValue &value, const QString &path, QStringList *problems)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            checkVocabulary(array.at(i), u"%1[%2]"_s.arg(path).arg(i), problems);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    const QString type = object.value("@type"_L1).toString();
    if (!typeParents().contains(type)) {
        problems->append(u"%1: @type %2 is not in the vocabulary table"_s.arg(path, type));
        return;
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        if (key.startsWith(u'@')) {
            if (key != "@context"_L1 && key != "@type"_L1 && key != "@id"_L1)
                problems->append(u"%1: unknown JSON-LD keyword %2"_s.arg(path, key));
            continue;
        }
        const QStringList domain = propertyDomains().value(key);
        if (domain.isEmpty())
            problems->append(u"%1: property %2 is not in the vocabulary table"_s.arg(path, key));
        else if (std::none_of(
                     domain.begin(), domain.end(), [&](const QString &t) { return isA(type, t); }))
            problems->append(u"%1: %2 is not a property of %3"_s.arg(path, key, type));
        checkVocabulary(it.value(), path + u'.' + key, problems);
    }
}

/// The JSON-LD blocks of a page, by @type.
QHash<QString, QJsonObject> structuredData(const QByteArray &page)
{
    static const QRegularExpression script(
        u"<script type=\"application/ld\\+json\">(.*?)</script>"_s,
        QRegularExpression::DotMatchesEverythingOption);
    QHash<QString, QJsonObject> blocks;
    auto it = script.globalMatch(QString::fromUtf8(page));
    while (it.hasNext()) {
        const QJsonObject object = QJsonDocument::fromJson(it.next().captured(1).toUtf8()).object();
        blocks.insert(object.value("@type"_L1).toString(), object);
    }
    return blocks;
}

PublicationProfile heraldProfile()
{
    PublicationProfile profile;
    profile.name = u"The Harbour Herald"_s;
    profile.siteUrl = u"https://herald.example/"_s;
    profile.articleUrlPattern = u"https://herald.example/{category}/{yyyy}/{mm}/{slug}"_s;
    profile.logo = Testing::solidPng(600, 60);
    profile.logoMimeType = u"image/png"_s;
    return profile;
}

/// fullArticle() with a hero large enough for Google (1600 × 900).
Article publishedArticle()
{
    Article article = Testing::fullArticle();
    article.hero.data = Testing::solidPng(1600, 900);
    return article;
}

QByteArray render(
    const Article &article, const PublicationProfile &profile, const RenderOptions &options = {})
{
    const Result<QByteArray> page = ArticleRenderer::render(article, profile, options);
    return page ? *page : QByteArray();
}

/// The value at a dotted path ("author.name": every author's name; arrays are searched).
QList<QJsonValue> valuesAt(const QJsonValue &value, QStringList path)
{
    if (value.isArray()) {
        QList<QJsonValue> all;
        for (const QJsonValue &item : value.toArray())
            all += valuesAt(item, path);
        return all;
    }
    if (path.isEmpty())
        return value.isUndefined() || value.isNull() ? QList<QJsonValue>() : QList {value};
    const QString key = path.takeFirst();
    return valuesAt(value.toObject().value(key), path);
}

} // namespace

class tst_StructuredData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void vocabulary_data();
    void vocabulary();
    void googleArticleProperties_data();
    void googleArticleProperties();
    void draftIsMarked();
    void dateModifiedIsTheLastChange();
    void newsroomBylineIsAnOrganization_data();
    void newsroomBylineIsAnOrganization();
    void heroUrlOnlyWhenPublishedBeside();
    void faqAnswersAreText();
    void articleUrl_data();
    void articleUrl();
};

void tst_StructuredData::vocabulary_data()
{
    QTest::addColumn<Article>("article");
    QTest::addColumn<PublicationProfile>("profile");
    QTest::addColumn<RenderOptions>("options");
    RenderOptions beside;
    beside.heroFileName = u"story-hero.png"_s;
    beside.logoFileName = u"story-logo.png"_s;
    beside.modified = QDateTime(QDate(2025, 3, 15), QTime(8, 0), QTimeZone::UTC);
    Article staff = publishedArticle();
    staff.bylines.append({u"Staff"_s, {}});
    Article draft = publishedArticle();
    draft.published = {};
    QTest::newRow("full article, default profile")
        << publishedArticle() << PublicationProfile() << RenderOptions();
    QTest::newRow("full article, pictures beside")
        << publishedArticle() << heraldProfile() << beside;
    QTest::newRow("newsroom byline") << staff << heraldProfile() << RenderOptions();
    QTest::newRow("draft") << draft << heraldProfile() << RenderOptions();
    QTest::newRow("odd unicode") << Testing::oddUnicodeArticle() << heraldProfile() << beside;
    QTest::newRow("every field") << Testing::everyFieldArticle() << heraldProfile() << beside;
}

void tst_StructuredData::vocabulary()
{
    QFETCH(Article, article);
    QFETCH(PublicationProfile, profile);
    QFETCH(RenderOptions, options);
    const auto blocks = structuredData(render(article, profile, options));
    QVERIFY(blocks.contains(u"NewsArticle"_s));
    QStringList problems;
    for (auto it = blocks.begin(); it != blocks.end(); ++it) {
        QCOMPARE(it->value("@context"_L1).toString(), u"https://schema.org"_s);
        checkVocabulary(*it, it.key(), &problems);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

// Google's Article guidance (Search Central, "Article structured data"): no property is
// required; recommended are author (with name and url), dateModified, datePublished, headline
// and image, the image crawlable (an absolute URL) and at least 50,000 pixels. The publisher
// with a logo is what Google News and older guidance ask for.
void tst_StructuredData::googleArticleProperties_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("level");
    QTest::newRow("author") << u"author"_s << u"recommended"_s;
    QTest::newRow("author.name") << u"author.name"_s << u"recommended"_s;
    QTest::newRow("author.url") << u"author.url"_s << u"recommended"_s;
    QTest::newRow("dateModified") << u"dateModified"_s << u"recommended"_s;
    QTest::newRow("datePublished") << u"datePublished"_s << u"recommended"_s;
    QTest::newRow("headline") << u"headline"_s << u"recommended"_s;
    QTest::newRow("image") << u"image"_s << u"recommended"_s;
    QTest::newRow("image.url") << u"image.url"_s << u"recommended"_s;
    QTest::newRow("publisher.name") << u"publisher.name"_s << u"news"_s;
    QTest::newRow("publisher.logo.url") << u"publisher.logo.url"_s << u"news"_s;
    QTest::newRow("url") << u"url"_s << u"news"_s;
    QTest::newRow("mainEntityOfPage") << u"mainEntityOfPage"_s << u"news"_s;
}

void tst_StructuredData::googleArticleProperties()
{
    QFETCH(QString, path);
    RenderOptions options;
    options.heroFileName = u"story-hero.png"_s;
    options.logoFileName = u"story-logo.png"_s;
    options.modified = QDateTime(QDate(2025, 3, 15), QTime(8, 0), QTimeZone::UTC);
    const QJsonObject data
        = structuredData(render(publishedArticle(), heraldProfile(), options))[u"NewsArticle"_s];
    const QList<QJsonValue> values = valuesAt(data, path.split(u'.'));
    if (path == "author.url"_L1)
        QEXPECT_FAIL(
            "", "Bylines are a name and a role: a person has no profile page URL to give", Abort);
    QVERIFY2(!values.isEmpty(), qPrintable(path + u" is missing"_s));
    for (const QJsonValue &value : values) {
        if (path.endsWith("url"_L1) || path == "mainEntityOfPage"_L1) {
            const QString url = value.isObject() ? value[u"@id"_s].toString() : value.toString();
            QVERIFY2(url.startsWith("https://herald.example/"_L1), qPrintable(url));
        }
        if (path.startsWith("date"_L1))
            QVERIFY(QDateTime::fromString(value.toString(), Qt::ISODate).isValid());
    }
    if (path == "image"_L1) {
        const QJsonObject image = values.first().toObject();
        QVERIFY(image[u"width"_s].toInt() * image[u"height"_s].toInt() >= 50000);
        QCOMPARE(image[u"url"_s].toString(),
            ProfileUrls::beside(data[u"url"_s].toString(), u"story-hero.png"_s));
    }
}

void tst_StructuredData::draftIsMarked()
{
    Article draft = publishedArticle();
    draft.published = {};
    const QByteArray page = render(draft, heraldProfile());
    const QJsonObject data = structuredData(page)[u"NewsArticle"_s];
    QVERIFY(!data.contains(u"datePublished"_s));
    QCOMPARE(data[u"creativeWorkStatus"_s].toString(), u"Draft"_s);
    QVERIFY(page.contains("<p class=\"draft-notice\">Draft: not published yet</p>"));
    QVERIFY(page.contains("<meta name=\"robots\" content=\"noindex\">"));
    // A draft's URL pattern needs its date: no address yet, no canonical link.
    QVERIFY(!data.contains(u"url"_s));
    QVERIFY(!page.contains("rel=\"canonical\""));

    const QByteArray published = render(publishedArticle(), heraldProfile());
    QVERIFY(!published.contains("<p class=\"draft-notice\">"));
    QVERIFY(!published.contains("noindex"));
    QVERIFY(published.contains("<link rel=\"canonical\" href=\"https://herald.example/climate/"
                               "2025/03/"));
}

void tst_StructuredData::dateModifiedIsTheLastChange()
{
    RenderOptions options;
    options.modified = QDateTime(QDate(2025, 3, 16), QTime(10, 5), QTimeZone::UTC);
    QCOMPARE(structuredData(render(
                 publishedArticle(), heraldProfile(), options))[u"NewsArticle"_s][u"dateModified"_s]
                 .toString(),
        u"2025-03-16T10:05:00Z"_s);
    // Without a known change, the publication date stands in.
    QCOMPARE(structuredData(
                 render(publishedArticle(), heraldProfile()))[u"NewsArticle"_s][u"dateModified"_s]
                 .toString(),
        publishedArticle().published.toString(Qt::ISODate));
}

void tst_StructuredData::newsroomBylineIsAnOrganization_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("type");
    QTest::newRow("staff") << u"Staff"_s << u"Organization"_s;
    QTest::newRow("newsroom") << u"newsroom"_s << u"Organization"_s;
    QTest::newRow("publication staff") << u"The Harbour Herald Staff"_s << u"Organization"_s;
    QTest::newRow("publication without the") << u"Harbour Herald staff"_s << u"Organization"_s;
    QTest::newRow("the publication") << u"The Harbour Herald"_s << u"Organization"_s;
    QTest::newRow("staff reporters") << u"Staff Reporters"_s << u"Organization"_s;
    QTest::newRow("german") << u"Redaktion"_s << u"Organization"_s;
    QTest::newRow("a person") << u"Jane Stafford"_s << u"Person"_s;
    QTest::newRow("a person named like a desk") << u"Newsroom Smith"_s << u"Person"_s;
}

void tst_StructuredData::newsroomBylineIsAnOrganization()
{
    QFETCH(QString, name);
    QFETCH(QString, type);
    Article article = publishedArticle();
    article.bylines = {{name, u"Reporting"_s}};
    const QJsonObject author
        = structuredData(render(article, heraldProfile()))[u"NewsArticle"_s][u"author"_s]
              .toArray()
              .first()
              .toObject();
    QCOMPARE(author[u"@type"_s].toString(), type);
    QCOMPARE(author[u"name"_s].toString(), name);
    // A role is a Person's jobTitle; an Organization has none, and its url is the site.
    QCOMPARE(author.contains(u"jobTitle"_s), type == "Person"_L1);
    if (type == "Organization"_L1)
        QCOMPARE(author[u"url"_s].toString(), u"https://herald.example/"_s);
}

void tst_StructuredData::heroUrlOnlyWhenPublishedBeside()
{
    // Self-contained (the default): the page's copy is a data: URL, which no crawler fetches.
    const QByteArray embedded = render(publishedArticle(), heraldProfile());
    QJsonObject image = structuredData(embedded)[u"NewsArticle"_s][u"image"_s].toObject();
    QVERIFY(!image.contains(u"url"_s));
    QCOMPARE(image[u"width"_s].toInt(), 1600);
    QVERIFY(embedded.contains("<img src=\"data:image/png;base64,"));
    QVERIFY(embedded.contains(" width=\"1600\" height=\"900\">"));
    QVERIFY(embedded.contains("img-src data:;"));

    RenderOptions beside;
    beside.heroFileName = u"2025-03-14-story-hero.png"_s;
    const QByteArray web = render(publishedArticle(), heraldProfile(), beside);
    image = structuredData(web)[u"NewsArticle"_s][u"image"_s].toObject();
    QCOMPARE(image[u"url"_s].toString(),
        u"https://herald.example/climate/2025/03/2025-03-14-story-hero.png"_s);
    QVERIFY(web.contains("<img src=\"2025-03-14-story-hero.png\""));
    QVERIFY(web.contains("img-src data: 'self';"));
    QVERIFY(
        web.contains("<meta property=\"og:image\" content=\"https://herald.example/climate/2025/03/"
                     "2025-03-14-story-hero.png\">"));

    // Without an article URL there is no absolute address: the file is referred to, no url given.
    PublicationProfile noSite = heraldProfile();
    noSite.articleUrlPattern.clear();
    image = structuredData(render(publishedArticle(), noSite, beside))[u"NewsArticle"_s][u"image"_s]
                .toObject();
    QVERIFY(!image.contains(u"url"_s));
}

void tst_StructuredData::faqAnswersAreText()
{
    Article article = publishedArticle();
    ArticlePart faq = ArticlePart::make(ArticlePart::Kind::Faq);
    faq.faq = {{u"Is it *safe*?"_s,
        u"**Yes**, says the [agency](https://agency.example).\n\n- Tested\n- <b>Approved</b>"_s}};
    article.parts = {faq};
    const QJsonObject page = structuredData(render(article, heraldProfile()))[u"FAQPage"_s];
    const QJsonObject answer
        = page[u"mainEntity"_s].toArray().first().toObject()[u"acceptedAnswer"_s].toObject();
    // Raw HTML is text, as the page shows it.
    QCOMPARE(answer[u"text"_s].toString(), u"Yes, says the agency.\nTested\n<b>Approved</b>"_s);
}

void tst_StructuredData::articleUrl_data()
{
    QTest::addColumn<QString>("site");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("category");
    QTest::addColumn<bool>("published");
    QTest::addColumn<QString>("expected");
    const QString site = u"https://herald.example/"_s;
    QTest::newRow("category, date and slug")
        << site << u"https://herald.example/{category}/{yyyy}/{mm}/{dd}/{slug}"_s << u"City Hall"_s
        << true << u"https://herald.example/city-hall/2025/03/14/river-wall-holds"_s;
    QTest::newRow("uuid of a draft") << QString() << u"https://news.example/a/{uuid}"_s << QString()
                                     << false << u"https://news.example/a/4f0c3c55-4e4c"_s;
    QTest::newRow("no pattern") << site << QString() << u"City"_s << true << QString();
    QTest::newRow("date of a draft")
        << site << u"https://herald.example/{yyyy}/{slug}"_s << u"City"_s << false << QString();
    QTest::newRow("no category") << site << u"https://herald.example/{category}/{slug}"_s
                                 << QString() << true << QString();
    QTest::newRow("javascript pattern")
        << site << u"javascript:alert(1)//{slug}"_s << u"City"_s << true << QString();
    QTest::newRow("non-latin slug")
        << site << u"https://herald.example/{category}/{slug}"_s << u"Ästhetik"_s << true
        << u"https://herald.example/asthetik/river-wall-holds"_s;
}

void tst_StructuredData::articleUrl()
{
    QFETCH(QString, site);
    QFETCH(QString, pattern);
    QFETCH(QString, category);
    QFETCH(bool, published);
    QFETCH(QString, expected);
    PublicationProfile profile;
    profile.siteUrl = site;
    profile.articleUrlPattern = pattern;
    // 00:30 in Berlin is still the 13th in UTC: the URL's date is the UTC one.
    const QDateTime when = published
        ? QDateTime(QDate(2025, 3, 14), QTime(9, 30), QTimeZone("Europe/Berlin"))
        : QDateTime();
    QCOMPARE(ProfileUrls::articleUrl(
                 {u"4f0c3c55-4e4c"_s, u"River wall holds!"_s, category, when}, profile),
        expected);
}

QTEST_GUILESS_MAIN(tst_StructuredData)
#include "tst_structureddata.moc"
