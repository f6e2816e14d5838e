// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articlefactory.h"
#include "articlejson.h"
#include "articlerenderer.h"
#include "pagethreats.h"

#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

QString page(const Article &article, const PublicationProfile &profile = {})
{
    const auto bytes = ArticleRenderer::render(article, profile);
    return bytes ? QString::fromUtf8(*bytes) : QString();
}

} // namespace

// Hostile input: every field of an article and of the publication profile carries script
// elements, event handlers, javascript: URLs (also entity- and percent-encoded or split by
// control characters) and broken markup. The page must come out harmless: no script but the
// JSON-LD, no event handler, no URL but http(s), mailto, in-page fragments and data: images.
class TestHostileRender : public QObject
{
    Q_OBJECT

private:
    Article m_hostile;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile file(QStringLiteral(QT_TESTCASE_SOURCEDIR "/input/hostile.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto article = ArticleJson::fromBytes(file.readAll(), file.fileName());
        QVERIFY2(article.ok(), qPrintable(article.ok() ? QString() : article.error().message));
        m_hostile = *article;
        QVERIFY(m_hostile.headline.contains(u"<script>"_s));
        QVERIFY(m_hostile.lede.contains(u"jav&#x61;script:"_s));
    }

    void checksCanFail_data()
    {
        // The checks must be able to fail: each of these is caught for the reason given.
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("reason");
        QTest::newRow("event handler") << u"<p onclick=x>"_s << u"unexpected attribute onclick"_s;
        QTest::newRow("script") << u"<script>alert(1)</script>"_s
                                << u"script that is not clean JSON-LD"_s;
        QTest::newRow("entity javascript")
            << u"<a href=\"jav&#x61;script:x\">"_s << u"dangerous href"_s;
        QTest::newRow("tab javascript") << u"<a href=\" java\tscript:x\">"_s << u"dangerous href"_s;
        QTest::newRow("relative src") << u"<img src=x>"_s << u"dangerous src"_s;
        QTest::newRow("svg") << u"<svg>"_s << u"unexpected element <svg>"_s;
        QTest::newRow("refresh") << u"<meta http-equiv=refresh content=\"0;url=x\">"_s
                                 << u"unexpected http-equiv"_s;
        QTest::newRow("broken JSON-LD")
            << u"<script type=\"application/ld+json\">{\"a\":\"</script><script>x\"}</script>"_s
            << u"script that is not clean JSON-LD"_s;
        QTest::newRow("fine") << u"<a href=\"#x\">x</a>"_s << QString();
    }

    void checksCanFail()
    {
        QFETCH(QString, body);
        QFETCH(QString, reason);
        const QString html
            = u"<style>p {}</style><script type=\"application/ld+json\">{}</script>"_s + body;
        const QString found = PageThreats::find(html);
        QVERIFY2(reason.isEmpty() ? found.isEmpty() : found.startsWith(reason), qPrintable(found));
    }

    void everything()
    {
        PublicationProfile profile;
        profile.name = m_hostile.headline;
        profile.tagline = m_hostile.dek;
        profile.siteUrl = u"jav&#x61;script:alert(60)"_s;
        profile.categoryUrlPattern = u"javascript:alert(61)//{category}"_s;
        profile.accentColor = u"#000;}</style><script>alert(62)</script>"_s;
        profile.language = u"ar\" onload=\"alert(63)"_s;
        profile.logo = "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                       "onload=\"alert(64)\"><script>alert(65)</script></svg>";
        profile.logoMimeType = u"image/svg+xml"_s;
        const QString html = page(m_hostile, profile);
        QVERIFY(!html.isEmpty());
        const QString found = PageThreats::find(html);
        QVERIFY2(found.isEmpty(), qPrintable(found));
        QVERIFY(html.contains(
            u"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"_s)); // Shown, not run.
        QCOMPARE(html.count(u"<script"_s), 2);
        const QString withHouseProfile = PageThreats::find(page(m_hostile));
        QVERIFY2(withHouseProfile.isEmpty(), qPrintable(withHouseProfile));
    }

    void eachField_data()
    {
        QTest::addColumn<Article>("article");
        const QString text = m_hostile.headline;
        const QString markdown = m_hostile.lede;
        const Article base = Testing::fullArticle();
        const auto row = [&base](const char *name, const std::function<void(Article &)> &change) {
            Article article = base;
            change(article);
            QTest::newRow(name) << article;
        };
        row("uuid", [&](Article &a) { a.uuid = u"</script><script>alert(1)</script>"_s; });
        row("headline", [&](Article &a) { a.headline = text; });
        row("dek", [&](Article &a) { a.dek = text; });
        row("byline name", [&](Article &a) { a.bylines[0].name = text; });
        row("byline role", [&](Article &a) { a.bylines[1].role = text; });
        row("dateline", [&](Article &a) { a.dateline = text; });
        row("category", [&](Article &a) { a.category = text; });
        row("tags", [&](Article &a) { a.tags = {text, u"javascript:alert(1)"_s}; });
        row("language", [&](Article &a) { a.language = text; });
        row("hero alt", [&](Article &a) { a.hero.altText = text; });
        row("hero caption", [&](Article &a) { a.hero.caption = text; });
        row("hero credit", [&](Article &a) { a.hero.credit = text; });
        row("hero mime type",
            [&](Article &a) { a.hero.mimeType = u"image/png\" onerror=\"alert(1)"_s; });
        row("hero svg", [&](Article &a) {
            a.hero.data = "<svg onload=alert(1)><script>alert(2)</script></svg>";
            a.hero.mimeType = u"image/svg+xml"_s;
        });
        row("lede", [&](Article &a) { a.lede = markdown; });
        row("part id", [&](Article &a) { a.parts[0].id = u"\"><script>alert(1)</script>"_s; });
        row("section heading", [&](Article &a) { a.parts[0].heading = text; });
        row("section body", [&](Article &a) { a.parts[1].body = markdown; });
        row("key fact", [&](Article &a) { a.parts[2].items = {text, markdown}; });
        row("structured heading", [&](Article &a) { a.parts[2].heading = text; });
        row("quote", [&](Article &a) { a.parts[3].quotes[0] = {text, text, text}; });
        row("takeaway", [&](Article &a) { a.parts[5].items = {markdown}; });
        row("faq question", [&](Article &a) { a.parts[6].faq[0].question = text; });
        row("faq answer", [&](Article &a) { a.parts[6].faq[1].answer = markdown; });
        row("reference title", [&](Article &a) { a.parts[7].references[0].title = text; });
        row("reference publisher", [&](Article &a) { a.parts[7].references[0].publisher = text; });
        row("reference url javascript",
            [&](Article &a) { a.parts[7].references[0].url = u"javascript:alert(1)"_s; });
        row("reference url entity",
            [&](Article &a) { a.parts[7].references[0].url = u"jav&#x61;script:alert(1)"_s; });
        row("reference url control",
            [&](Article &a) { a.parts[7].references[0].url = u"\u0001java\nscript:alert(1)"_s; });
        row("reference url breakout", [&](Article &a) {
            a.parts[7].references[0].url = u"https://x.example/\"onmouseover=\"alert(1)"_s;
        });
    }

    void eachField()
    {
        QFETCH(Article, article);
        const QString html = page(article);
        QVERIFY(!html.isEmpty());
        const QString found = PageThreats::find(html);
        QVERIFY2(found.isEmpty(), qPrintable(found));
    }
};

QTEST_GUILESS_MAIN(TestHostileRender)
#include "tst_hostilerender.moc"
