// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articlefactory.h"
#include "articlerenderer.h"
#include "articlestats.h"
#include "housetemplates.h"
#include "htmlscanner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>
#include <QTranslator>

using namespace Copydesk;
using namespace Qt::StringLiterals;
using HtmlScanner::Tag;

namespace {

struct Page
{
    QString html;
    QList<Tag> tags;

    QList<Tag> all(const QString &name) const
    {
        QList<Tag> found;
        for (const Tag &tag : tags) {
            if (tag.name == name && !tag.closing)
                found.append(tag);
        }
        return found;
    }

    QStringList partIds() const
    {
        QStringList ids;
        for (const Tag &tag : tags) {
            if (!tag.attribute(u"data-part-id"_s).isNull())
                ids.append(tag.attribute(u"data-part-id"_s));
        }
        return ids;
    }

    QJsonObject structuredData(const QString &type) const
    {
        for (const Tag &script : all(u"script"_s)) {
            const QJsonObject object = QJsonDocument::fromJson(script.rawText.toUtf8()).object();
            if (object.value(u"@type"_s).toString() == type)
                return object;
        }
        return {};
    }

    QString meta(const QString &property) const
    {
        for (const Tag &meta : all(u"meta"_s)) {
            if (meta.attribute(u"property"_s) == property
                || meta.attribute(u"http-equiv"_s) == property)
                return meta.attribute(u"content"_s);
        }
        return {};
    }
};

PublicationProfile herald()
{
    PublicationProfile profile;
    profile.name = u"The Harbour Herald"_s;
    profile.tagline = u"Independent news since 1871"_s;
    profile.siteUrl = u"https://herald.example/"_s;
    profile.categoryUrlPattern = u"https://herald.example/section/{category}"_s;
    return profile;
}

RenderOptions fixedOptions()
{
    RenderOptions options;
    options.modified = QDateTime(QDate(2025, 3, 15), QTime(18, 5), QTimeZone::UTC);
    // One other article of the category, so that the "More in" footer is there.
    options.moreInCategory = {{u"Dykes hold upstream"_s, u"https://herald.example/climate/dykes"_s,
        QDateTime(QDate(2025, 3, 10), QTime(8, 0), QTimeZone::UTC)}};
    return options;
}

Page render(const Article &article, const PublicationProfile &profile = herald(),
    const RenderOptions &options = fixedOptions())
{
    const auto bytes = ArticleRenderer::render(article, profile, options);
    if (!bytes) {
        qWarning() << bytes.error().message;
        return {};
    }
    const QString html = QString::fromUtf8(*bytes);
    return {html, HtmlScanner::tags(html)};
}

bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}

Article withPart(const ArticlePart &part)
{
    Article article;
    article.headline = u"Harbour ferry returns"_s;
    article.parts = {part};
    return article;
}

} // namespace

class TestArticleRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void documentStructure()
    {
        const Article article = Testing::fullArticle();
        const Page page = render(article);
        QVERIFY(page.html.startsWith(u"<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">"_s));
        QVERIFY(page.html.trimmed().endsWith(u"</html>"_s));
        QCOMPARE(page.all(u"article"_s).size(), 1);
        QCOMPARE(page.all(u"h1"_s).size(), 1);
        QVERIFY(page.html.contains(u"<h1 dir=\"auto\">"_s + article.headline + u"</h1>"_s));
        QVERIFY(page.html.contains(u"<title>"_s + article.headline + u"</title>"_s));
        QVERIFY(page.html.contains(u"The Harbour Herald"_s));
        QVERIFY(page.html.contains(u"Independent news since 1871"_s));
        QVERIFY(page.html.contains(u"<time datetime=\"2025-03-14T09:30:00+01:00\">"_s));
        QVERIFY(page.html.contains(u"<time datetime=\"2025-03-15T18:05:00Z\">"_s));

        const int minutes = ArticleStats::readingMinutes(article, ReadingTimeOptions {230, 12});
        QVERIFY(minutes > 0);
        QVERIFY(
            page.html.contains(u"<span class=\"reading-time\">%1 min read</span>"_s.arg(minutes)));

        const QList<Tag> images = page.all(u"img"_s);
        QCOMPARE(images.size(), 1);
        QCOMPARE(images.first().attribute(u"src"_s),
            u"data:image/png;base64,"_s + QString::fromLatin1(Testing::tinyPng().toBase64()));
        QCOMPARE(images.first().attribute(u"alt"_s), article.hero.altText);
        QVERIFY(page.html.contains(u"<span class=\"credit\">Photo: Jana Kühn</span>"_s));
        QVERIFY(page.html.contains(u"<em>sparing about 4,000 homes</em>"_s));
        QVERIFY(page.html.contains(
            u"<pre class=\"code\" tabindex=\"0\"><code class=\"language-text\">## Mühlendamm gauge"_s));
        QVERIFY(page.html.contains(
            u"<h2>More in <a href=\"https://herald.example/section/climate\">Climate</a></h2>"_s));
    }

    void partsInArticleOrder()
    {
        Article article = Testing::fullArticle();
        std::reverse(article.parts.begin(), article.parts.end());
        const Page page = render(article);
        QStringList expected;
        for (const ArticlePart &part : article.parts)
            expected.append(part.id);
        QCOMPARE(page.partIds(), expected);
        for (const ArticlePart &part : article.parts) {
            const QString heading
                = part.heading.isEmpty() ? ArticlePart::defaultHeading(part.kind) : part.heading;
            QVERIFY2(page.html.contains(u"<h2>"_s + heading + u"</h2>"_s), qPrintable(heading));
        }
        QCOMPARE(page.all(u"section"_s).size(), article.parts.size());
        QCOMPARE(page.all(u"blockquote"_s).size(), 3);
        QCOMPARE(page.all(u"dt"_s).size(), 3);
        QCOMPARE(page.all(u"dd"_s).size(), 3);
    }

    void emptyPartsLeaveNothing_data()
    {
        using Kind = ArticlePart::Kind;
        QTest::addColumn<ArticlePart>("part");
        const auto make = [](Kind kind) {
            ArticlePart part;
            part.kind = kind;
            part.id = u"empty-part-id"_s;
            part.heading = u"Should Not Appear"_s;
            return part;
        };
        ArticlePart part = make(Kind::Section);
        part.body = u" \n\t "_s;
        QTest::newRow("section blank body") << part;
        QTest::newRow("key facts without items") << make(Kind::KeyFacts);
        part = make(Kind::KeyFacts);
        part.items = {QString(), u"  "_s};
        QTest::newRow("key facts blank items") << part;
        part = make(Kind::KeyTakeaways);
        part.items = {u"\n"_s};
        QTest::newRow("takeaways blank item") << part;
        part = make(Kind::Quotes);
        part.quotes = {{u" "_s, u"Speaker"_s, u"Role"_s}};
        QTest::newRow("quote without text") << part;
        QTest::newRow("faq without pairs") << make(Kind::Faq);
        part = make(Kind::Faq);
        part.faq = {
            {u"A question nobody answered?"_s, QString()}, {QString(), u"An answer to nothing."_s}};
        QTest::newRow("faq with only incomplete pairs") << part;
        part = make(Kind::References);
        part.references = {{QString(), u"  "_s, u"Publisher"_s, QDate()}};
        QTest::newRow("reference without title or url") << part;
    }

    void emptyPartsLeaveNothing()
    {
        QFETCH(ArticlePart, part);
        const Page page = render(withPart(part));
        QVERIFY(!page.html.contains(u"empty-part-id"_s));
        QVERIFY(!page.html.contains(u"Should Not Appear"_s));
        QVERIFY(!page.html.contains(ArticlePart::defaultHeading(part.kind).isEmpty()
                ? u"<h2>"_s
                : ArticlePart::defaultHeading(part.kind)));
        QVERIFY(page.all(u"h2"_s).isEmpty());
        QVERIFY(page.all(u"section"_s).isEmpty());
        QVERIFY(!page.structuredData(u"NewsArticle"_s).isEmpty());
        QVERIFY(page.structuredData(u"FAQPage"_s).isEmpty());
    }

    void direction_data()
    {
        QTest::addColumn<QString>("articleLanguage");
        QTest::addColumn<QString>("profileLanguage");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("dir");
        QTest::newRow("english") << u"en"_s << u"de"_s << u"en"_s << u"ltr"_s;
        QTest::newRow("arabic") << u"ar"_s << u"en"_s << u"ar"_s << u"rtl"_s;
        QTest::newRow("hebrew") << u"he-IL"_s << u"en"_s << u"he-IL"_s << u"rtl"_s;
        QTest::newRow("persian") << u"fa"_s << u"en"_s << u"fa"_s << u"rtl"_s;
        QTest::newRow("urdu") << u"ur"_s << u"en"_s << u"ur"_s << u"rtl"_s;
        QTest::newRow("japanese") << u"ja"_s << u"ar"_s << u"ja"_s << u"ltr"_s;
        QTest::newRow("profile language") << QString() << u"ar-EG"_s << u"ar-EG"_s << u"rtl"_s;
        QTest::newRow("invalid falls back")
            << u"en\" onload=\"x"_s << u"de"_s << u"de"_s << u"ltr"_s;
        QTest::newRow("nothing valid") << QString() << u"??"_s << u"en"_s << u"ltr"_s;
    }

    void direction()
    {
        QFETCH(QString, articleLanguage);
        QFETCH(QString, profileLanguage);
        QFETCH(QString, lang);
        QFETCH(QString, dir);
        Article article = Testing::fullArticle();
        article.language = articleLanguage;
        PublicationProfile profile = herald();
        profile.language = profileLanguage;
        const Page page = render(article, profile);
        const Tag html = page.all(u"html"_s).value(0);
        QCOMPARE(html.attribute(u"lang"_s), lang);
        QCOMPARE(html.attribute(u"dir"_s), dir);
        QCOMPARE(page.structuredData(u"NewsArticle"_s).value(u"inLanguage"_s).toString(), lang);
    }

    void readingTimeFollowsProfile()
    {
        const Article article = Testing::generatedArticle(7, 2000);
        PublicationProfile slow = herald();
        slow.wordsPerMinute = 100;
        const int fastMinutes = ArticleStats::readingMinutes(article, ReadingTimeOptions {230, 12});
        const int slowMinutes = ArticleStats::readingMinutes(article, ReadingTimeOptions {100, 12});
        QVERIFY(slowMinutes > fastMinutes);
        QVERIFY(render(article).html.contains(u">%1 min read<"_s.arg(fastMinutes)));
        QVERIFY(render(article, slow).html.contains(u">%1 min read<"_s.arg(slowMinutes)));
    }

    void structuredData()
    {
        const Article article = Testing::fullArticle();
        const Page page = render(article);
        QCOMPARE(page.all(u"script"_s).size(), 2);
        for (const Tag &script : page.all(u"script"_s))
            QCOMPARE(script.attribute(u"type"_s), u"application/ld+json"_s);

        const QJsonObject news = page.structuredData(u"NewsArticle"_s);
        QCOMPARE(news.value(u"@context"_s).toString(), u"https://schema.org"_s);
        QCOMPARE(news.value(u"headline"_s).toString(), article.headline);
        QCOMPARE(news.value(u"description"_s).toString(), article.dek);
        QCOMPARE(news.value(u"datePublished"_s).toString(), u"2025-03-14T09:30:00+01:00"_s);
        QCOMPARE(news.value(u"dateModified"_s).toString(), u"2025-03-15T18:05:00Z"_s);
        QCOMPARE(news.value(u"articleSection"_s).toString(), u"Climate"_s);
        QCOMPARE(news.value(u"wordCount"_s).toInt(), ArticleStats::wordCount(article));
        QCOMPARE(news.value(u"author"_s).toArray().size(), 2);
        QCOMPARE(news.value(u"author"_s).toArray().at(1).toObject().value(u"name"_s).toString(),
            u"Tomás Ferreira"_s);
        QCOMPARE(news.value(u"publisher"_s).toObject().value(u"name"_s).toString(),
            u"The Harbour Herald"_s);
        QCOMPARE(news.value(u"publisher"_s).toObject().value(u"url"_s).toString(),
            u"https://herald.example/"_s);
        QCOMPARE(news.value(u"image"_s).toObject().value(u"@id"_s).toString(), u"#hero"_s);
        const QJsonArray citations = news.value(u"citation"_s).toArray();
        QCOMPARE(citations.size(), 3);
        QCOMPARE(citations.at(0).toObject().value(u"url"_s).toString(),
            u"https://example.org/environment/flood-protection-2024.pdf"_s);

        const QJsonObject faq = page.structuredData(u"FAQPage"_s);
        const QJsonArray questions = faq.value(u"mainEntity"_s).toArray();
        QCOMPARE(questions.size(), 3);
        QCOMPARE(
            questions.at(0).toObject().value(u"name"_s).toString(), u"Is my street protected?"_s);
        QVERIFY(questions.at(0)
                .toObject()
                .value(u"acceptedAnswer"_s)
                .toObject()
                .value(u"text"_s)
                .toString()
                .contains(u"Oberbaum"_s));

        Article withoutFaq = article;
        withoutFaq.parts.removeIf(
            [](const ArticlePart &part) { return part.kind == ArticlePart::Kind::Faq; });
        QCOMPARE(render(withoutFaq).all(u"script"_s).size(), 1);
    }

    void structuredDataCannotCloseScript()
    {
        Article article = Testing::fullArticle();
        article.headline = u"</script><script>alert(1)</script><!--"_s;
        article.dek = u"</SCRIPT >\u2028 & more"_s;
        article.parts[6].faq[0].question = u"</script>?"_s;
        const Page page = render(article);
        for (const Tag &script : page.all(u"script"_s)) {
            QVERIFY(!script.rawText.contains(u'<'));
            QVERIFY(!script.rawText.contains(u'>'));
            QVERIFY(!script.rawText.contains(QChar(0x2028)));
        }
        QCOMPARE(page.all(u"script"_s).size(), 2);
        QCOMPARE(page.structuredData(u"NewsArticle"_s).value(u"headline"_s).toString(),
            article.headline);
        QCOMPARE(page.structuredData(u"NewsArticle"_s).value(u"description"_s).toString(),
            article.dek.trimmed());
    }

    void contentSecurityPolicy()
    {
        const Page page = render(Testing::fullArticle());
        const QString policy = page.meta(u"Content-Security-Policy"_s);
        QVERIFY2(policy.startsWith(u"default-src 'none'; img-src data:; style-src 'sha256-"_s),
            qPrintable(policy));
        QVERIFY(policy.contains(u"script-src 'none'"_s));
        const QList<Tag> styles = page.all(u"style"_s);
        QCOMPARE(styles.size(), 1);
        const QByteArray hash
            = QCryptographicHash::hash(styles.first().rawText.toUtf8(), QCryptographicHash::Sha256)
                  .toBase64();
        QVERIFY(policy.contains(u"'sha256-"_s + QString::fromLatin1(hash) + u'\''));
        for (const Tag &tag : page.tags)
            QVERIFY2(tag.attribute(u"style"_s).isNull(), qPrintable(tag.name));
    }

    void noExternalResources()
    {
        const Page page = render(Testing::fullArticle());
        for (const Tag &tag : page.tags) {
            QVERIFY2(tag.name != u"link" && tag.name != u"iframe" && tag.name != u"object",
                qPrintable(tag.name));
            QVERIFY(tag.attribute(u"src"_s).isNull()
                || tag.attribute(u"src"_s).startsWith(u"data:image/"_s));
        }
        const QString css = page.all(u"style"_s).value(0).rawText;
        QVERIFY(css.contains(u"--accent: #9b1c1c;"_s));
        QVERIFY(!css.contains(u"url("_s));
        QVERIFY(!css.contains(u"@import"_s));
    }

    void openGraph()
    {
        const Article article = Testing::fullArticle();
        const Page page = render(article);
        QCOMPARE(page.meta(u"og:type"_s), u"article"_s);
        QCOMPARE(page.meta(u"og:title"_s), article.headline);
        QCOMPARE(page.meta(u"og:description"_s), article.dek);
        QCOMPARE(page.meta(u"og:site_name"_s), u"The Harbour Herald"_s);
        QCOMPARE(page.meta(u"article:published_time"_s), u"2025-03-14T09:30:00+01:00"_s);
        QCOMPARE(page.meta(u"article:section"_s), u"Climate"_s);
    }

    void escapesEveryField()
    {
        Article article = Testing::fullArticle();
        article.headline = u"Tom & Jerry <b>bold</b> \"quoted\""_s;
        article.bylines[0].name = u"<i>Lena</i>"_s;
        article.parts[3].quotes[0].text = u"<script>x</script>"_s;
        const Page page = render(article);
        QVERIFY(page.html.contains(
            u"<h1 dir=\"auto\">Tom &amp; Jerry &lt;b&gt;bold&lt;/b&gt; &quot;quoted&quot;</h1>"_s));
        QVERIFY(page.html.contains(u"&lt;i&gt;Lena&lt;/i&gt;"_s));
        QVERIFY(page.html.contains(u"<p>&lt;script&gt;x&lt;/script&gt;</p>"_s));
        QVERIFY(page.all(u"b"_s).isEmpty());
        QVERIFY(page.all(u"i"_s).isEmpty());
    }

    void categoryLink_data()
    {
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("link");
        QTest::newRow("slug") << u"https://herald.example/section/"_s << u"World News"_s
                              << u"https://herald.example/section/world-news"_s;
        QTest::newRow("non-latin slug") << u"https://herald.example/s/"_s << u"بيئة"_s
                                        << u"https://herald.example/s/%D8%A8%D9%8A%D8%A6%D8%A9"_s;
        QTest::newRow("no base url") << QString() << u"Climate"_s << QString();
        QTest::newRow("javascript base url")
            << u"javascript:alert(1)//"_s << u"Climate"_s << QString();
    }

    void categoryLink()
    {
        QFETCH(QString, baseUrl);
        QFETCH(QString, category);
        QFETCH(QString, link);
        Article article = Testing::fullArticle();
        article.category = category;
        PublicationProfile profile = herald();
        profile.categoryUrlPattern = baseUrl.isEmpty() ? baseUrl : baseUrl + u"{category}"_s;
        const Page page = render(article, profile);
        QVERIFY(page.html.contains(u"<footer class=\"more\">"_s));
        QString href;
        bool inFooter = false;
        for (const Tag &tag : page.tags) {
            if (tag.name == u"footer")
                inFooter = !tag.closing && tag.attribute(u"class"_s) == u"more";
            if (tag.name == u"h2" && tag.closing)
                inFooter = false; // the category link is in the footer's heading
            if (inFooter && tag.name == u"a" && !tag.closing)
                href = tag.attribute(u"href"_s);
        }
        QCOMPARE(href, link);
        QVERIFY(page.html.contains(category));
    }

    void noCategoryNoFooter()
    {
        Article article = Testing::fullArticle();
        article.category.clear();
        QVERIFY(!render(article).html.contains(u"class=\"more\""_s));
    }

    void heroLeftOutWhenUnusable_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("mimeType");
        QTest::newRow("no data") << QByteArray() << u"image/png"_s;
        QTest::newRow("not a picture") << QByteArray("MZ\x90") << u"application/octet-stream"_s;
        QTest::newRow("html") << QByteArray("<script>") << u"text/html"_s;
    }

    void heroLeftOutWhenUnusable()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, mimeType);
        Article article = Testing::fullArticle();
        article.hero.data = data;
        article.hero.mimeType = mimeType;
        const Page page = render(article);
        QVERIFY(page.all(u"figure"_s).size() == 3); // The quotes only.
        QVERIFY(page.all(u"img"_s).isEmpty());
        QVERIFY(page.structuredData(u"NewsArticle"_s).value(u"image"_s).isUndefined());
    }

    void profileValuesChecked()
    {
        PublicationProfile profile = herald();
        profile.accentColor = u"red;}</style><script>alert(1)</script>"_s;
        profile.siteUrl = u"javascript:alert(1)"_s;
        profile.logo = Testing::tinyPng();
        profile.logoMimeType = u"image/png"_s;
        const Page page = render(Testing::fullArticle(), profile);
        QVERIFY(page.all(u"style"_s)
                .value(0)
                .rawText.contains(
                    u"--accent: "_s + PublicationProfile::defaultAccentColor() + u';'));
        QVERIFY(!page.html.contains(u"javascript:"_s));
        QCOMPARE(page.all(u"script"_s).size(), 2);
        const Tag logo = page.all(u"img"_s).value(0);
        QCOMPARE(logo.attribute(u"class"_s), u"logo"_s);
        QVERIFY(logo.attribute(u"src"_s).startsWith(u"data:image/png;base64,"_s));
        QCOMPARE(logo.attribute(u"alt"_s), u"The Harbour Herald"_s);
    }

    void deterministic()
    {
        const Article article = Testing::oddUnicodeArticle();
        const auto first = ArticleRenderer::render(article, herald(), fixedOptions());
        const auto second = ArticleRenderer::render(article, herald(), fixedOptions());
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(*first, *second);
    }

    void pageLanguageLabels_data()
    {
        QTest::addColumn<QString>("articleLanguage");
        QTest::addColumn<QString>("profileLanguage");
        QTest::addColumn<bool>("germanApp");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("absent");

        // The German strings are those of translations/copydesk_de.ts.
        const QStringList german {u"<h2>Die wichtigsten Fakten</h2>"_s,
            u"<h2>Expertenstimmen</h2>"_s, u"<h2>Das Wichtigste in Kürze</h2>"_s,
            u"<h2>Häufige Fragen</h2>"_s, u"<h2>Quellen</h2>"_s, u">Von <bdi"_s, u" und <bdi"_s,
            u">Aktualisiert <time"_s, u"<h2>Mehr aus <a"_s, u"Min. Lesezeit<"_s,
            u">abgerufen am "_s};
        const QStringList english {u"<h2>Key Facts</h2>"_s, u"<h2>Expert Insights</h2>"_s,
            u"<h2>Key Takeaways</h2>"_s, u"<h2>FAQ</h2>"_s, u"<h2>References</h2>"_s, u">By <bdi"_s,
            u" and <bdi"_s, u">Updated <time"_s, u"<h2>More in <a"_s, u" min read<"_s,
            u">accessed "_s};

        QTest::newRow("de, English app") << u"de"_s << u"en"_s << false << german << english;
        QTest::newRow("de-AT falls back to de")
            << u"de-AT"_s << QString() << false << german << english;
        QTest::newRow("profile de when the article has none")
            << QString() << u"de"_s << false << german << english;
        QTest::newRow("en, German app") << u"en"_s << u"de"_s << true << english << german;
        QTest::newRow("untranslated fr, German app: English")
            << u"fr"_s << QString() << true << english << german;
    }

    void pageLanguageLabels()
    {
        QFETCH(QString, articleLanguage);
        QFETCH(QString, profileLanguage);
        QFETCH(bool, germanApp);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, absent);

        QVERIFY(QFile::exists(u":/i18n/page/copydesk_de.qm"_s));
        QTranslator appTranslator;
        if (germanApp) {
            QVERIFY(appTranslator.load(u":/i18n/page/copydesk_de.qm"_s));
            QVERIFY(QCoreApplication::installTranslator(&appTranslator));
            // The application itself does speak German now.
            QCOMPARE(ArticlePart::defaultHeading(ArticlePart::Kind::Faq), u"Häufige Fragen"_s);
        } else {
            QCOMPARE(ArticlePart::defaultHeading(ArticlePart::Kind::Faq), u"FAQ"_s);
        }

        Article article = Testing::fullArticle();
        article.language = articleLanguage;
        for (ArticlePart &part : article.parts) {
            if (part.kind != ArticlePart::Kind::Section)
                part.heading.clear();
        }
        if (article.bylines.size() < 2)
            article.bylines.append({u"Jonas Berg"_s, QString()});
        for (ArticlePart &part : article.parts) {
            for (Reference &reference : part.references)
                reference.accessed = QDate(2025, 3, 1);
        }
        QCOMPARE_GT(
            std::ranges::count_if(article.parts,
                [](const ArticlePart &part) { return part.kind != ArticlePart::Kind::Section; }),
            4);
        PublicationProfile profile = herald();
        profile.language = profileLanguage;

        const Page page = render(article, profile);
        if (germanApp)
            QCoreApplication::removeTranslator(&appTranslator);
        QVERIFY(!page.html.isEmpty());
        for (const QString &text : expected)
            QVERIFY2(page.html.contains(text), qPrintable(text));
        for (const QString &text : absent)
            QVERIFY2(!page.html.contains(text), qPrintable(text));
    }

    void wordsDoNotDependOnTheProgramsLanguage_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("articleLanguage");
        QTest::newRow("English program, English article") << QString() << u"en"_s;
        QTest::newRow("German program, English article") << u"de"_s << u"en"_s;
        QTest::newRow("English program, German article") << QString() << u"de"_s;
        QTest::newRow("German program, German article") << u"de"_s << u"de"_s;
    }

    void wordsDoNotDependOnTheProgramsLanguage()
    {
        // Every structured part under its default heading ("Key Facts", "Häufige Fragen").
        Article article = Testing::fullArticle();
        for (ArticlePart &part : article.parts) {
            if (part.kind != ArticlePart::Kind::Section)
                part.heading.clear();
        }
        const int words = ArticleStats::wordCount(article);
        const int seconds = ArticleStats::readingSeconds(article);
        const int minutes = ArticleStats::readingMinutes(article);

        QFETCH(QString, program);
        QFETCH(QString, articleLanguage);
        article.language = articleLanguage;
        QTranslator translator;
        if (!program.isEmpty()) {
            QVERIFY(translator.load(u":/i18n/page/copydesk_%1.qm"_s.arg(program)));
            QVERIFY(QCoreApplication::installTranslator(&translator));
            QCOMPARE(ArticlePart::defaultHeading(ArticlePart::Kind::Faq), u"Häufige Fragen"_s);
        }
        const int counted = ArticleStats::wordCount(article);
        const int read = ArticleStats::readingSeconds(article);
        const int readMinutes = ArticleStats::readingMinutes(article);
        const Page page = render(article);
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(counted, words);
        QCOMPARE(read, seconds);
        QCOMPARE(readMinutes, minutes);
        // The page says the same: its structured data and its reading time.
        QCOMPARE(page.structuredData(u"NewsArticle"_s).value(u"wordCount"_s).toInt(), words);
        QVERIFY(page.html.contains(articleLanguage == u"de"_s ? u">%1 Min. Lesezeit<"_s.arg(minutes)
                                                              : u">%1 min read<"_s.arg(minutes)));

        // A heading the writer typed is the article's text, and counts.
        article.parts.last().heading = u"Further reading"_s;
        QCOMPARE(ArticleStats::wordCount(article), words + 2);
    }

    void readingTimePluralInGerman_data()
    {
        QTest::addColumn<int>("words");
        QTest::addColumn<QString>("expected");
        QTest::newRow("1 minute") << 40 << u">1 Min. Lesezeit<"_s;
        QTest::newRow("several minutes") << 2000 << u" Min. Lesezeit<"_s;
    }

    void readingTimePluralInGerman()
    {
        QFETCH(int, words);
        QFETCH(QString, expected);
        Article article
            = words < 100 ? withPart(ArticlePart()) : Testing::generatedArticle(7, words);
        if (words < 100) {
            article.parts.clear();
            article.lede = QStringList(words, u"Wort"_s).join(u' ');
        }
        article.language = u"de"_s;
        const Page page = render(article);
        ReadingTimeOptions reading;
        reading.wordsPerMinute = herald().wordsPerMinute;
        const int minutes = ArticleStats::readingMinutes(article, reading);
        QVERIFY(minutes >= 1);
        QVERIFY(page.html.contains(u">%1 Min. Lesezeit<"_s.arg(minutes)));
        QVERIFY(page.html.contains(expected));
    }

    void threads()
    {
        const Article article = Testing::fullArticle();
        const QByteArray expected = *ArticleRenderer::render(article, herald(), fixedOptions());
        QList<QByteArray> results(4);
        QList<QThread *> threads;
        for (int i = 0; i < results.size(); ++i) {
            threads.append(QThread::create([&results, &article, i] {
                for (int round = 0; round < 20; ++round)
                    results[i] = *ArticleRenderer::render(article, herald(), fixedOptions());
            }));
            threads.last()->start();
        }
        for (QThread *thread : threads) {
            QVERIFY(thread->wait(60000));
            delete thread;
        }
        for (const QByteArray &result : results)
            QCOMPARE(result, expected);
    }

    void templateOverride()
    {
        QTemporaryDir newsroom;
        QVERIFY(newsroom.isValid());
        QVERIFY(writeFile(newsroom.filePath(u"part-keyfacts.html"_s),
            "<aside class=\"fact-box\" data-part-id=\"{{ part.id }}\"><h2>{{ part.heading }}</h2>"
            "{% for item in part.items %}<p>{{ item }}</p>{% endfor %}</aside>\n"));
        RenderOptions options = fixedOptions();
        options.templateDirectory = newsroom.path();
        const Page page = render(Testing::fullArticle(), herald(), options);
        QVERIFY(page.html.contains(
            u"<aside class=\"fact-box\" data-part-id=\"d5a0f3b8-7e21-4c9d-8b3a-6f4e2d1c0b03\"><h2>Key Facts</h2><p>Rainfall: <strong>71 mm</strong>"_s));
        QVERIFY(page.html.contains(
            u"<section class=\"part key-takeaways\""_s)); // Built-in for the rest.

        // A changed file is picked up without restarting.
        QThread::msleep(1100);
        QVERIFY(writeFile(
            newsroom.filePath(u"house.css"_s), "body { color: {{ publication.accentColor }}; }"));
        const Page restyled = render(Testing::fullArticle(), herald(), options);
        QCOMPARE(restyled.all(u"style"_s).value(0).rawText, u"body { color: #9b1c1c; }"_s);
        const QByteArray hash
            = QCryptographicHash::hash("body { color: #9b1c1c; }", QCryptographicHash::Sha256)
                  .toBase64();
        QVERIFY(restyled.meta(u"Content-Security-Policy"_s).contains(QString::fromLatin1(hash)));

        // The built-in pages are untouched by another directory's templates.
        QVERIFY(
            render(Testing::fullArticle()).html.contains(u"<section class=\"part key-facts\""_s));
    }

    void templatesParsedOnce()
    {
        QTemporaryDir newsroom;
        QVERIFY(newsroom.isValid());
        HouseTemplates *builtIn = &HouseTemplates::forDirectory(QString());
        QCOMPARE(&HouseTemplates::forDirectory(QString()), builtIn);
        HouseTemplates *own = &HouseTemplates::forDirectory(newsroom.path());
        QVERIFY(own != builtIn);
        QThread::msleep(1100);
        QCOMPARE(&HouseTemplates::forDirectory(newsroom.path()), own); // Nothing changed.
        QCOMPARE(HouseTemplates::builtInNames(),
            QStringList({u"house.css"_s, u"page.html"_s, u"part-faq.html"_s,
                u"part-keyfacts.html"_s, u"part-keytakeaways.html"_s, u"part-quotes.html"_s,
                u"part-references.html"_s, u"part-section.html"_s}));
    }

    void brokenTemplateIsAnError()
    {
        QTemporaryDir newsroom;
        QVERIFY(newsroom.isValid());
        QVERIFY(writeFile(newsroom.filePath(u"part-faq.html"_s),
            "{% for entry in part.faq %}<p>{{ entry.question }}</p>"));
        RenderOptions options = fixedOptions();
        options.templateDirectory = newsroom.path();
        const auto result = ArticleRenderer::render(Testing::fullArticle(), herald(), options);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(u"part-faq.html"_s)
                || result.error().message.contains(u"page.html"_s),
            qPrintable(result.error().message));

        QVERIFY(writeFile(
            newsroom.filePath(u"page.html"_s), "{% include \"no-such-template.html\" %}"));
        QThread::msleep(1100);
        const auto missing = ArticleRenderer::render(Testing::fullArticle(), herald(), options);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, Error::Code::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestArticleRenderer)
#include "tst_articlerenderer.moc"
