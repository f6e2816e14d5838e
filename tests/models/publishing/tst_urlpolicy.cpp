// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "htmlentities.h"
#include "urlpolicy.h"

#include <QStandardPaths>
#include <QTest>

using namespace Copydesk;
using namespace Qt::StringLiterals;

class TestUrlPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void link_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");

        const QString refused;
        QTest::newRow("https") << u"https://example.com/a?b=1&c=2#d"_s
                               << u"https://example.com/a?b=1&c=2#d"_s;
        QTest::newRow("http") << u"http://example.com"_s << u"http://example.com"_s;
        QTest::newRow("upper-case scheme")
            << u"HTTPS://EXAMPLE.COM/"_s << u"HTTPS://EXAMPLE.COM/"_s;
        QTest::newRow("mailto") << u"mailto:desk@example.com"_s << u"mailto:desk@example.com"_s;
        QTest::newRow("fragment") << u"#background"_s << u"#background"_s;
        QTest::newRow("trimmed") << u"  https://example.com/  "_s << u"https://example.com/"_s;
        QTest::newRow("space encoded")
            << u"https://example.com/a b"_s << u"https://example.com/a%20b"_s;
        QTest::newRow("quote encoded")
            << u"https://example.com/\"><script>"_s << u"https://example.com/%22%3E%3Cscript%3E"_s;
        QTest::newRow("unicode path kept")
            << u"https://example.com/مقال"_s << u"https://example.com/مقال"_s;

        QTest::newRow("javascript") << u"javascript:alert(1)"_s << refused;
        QTest::newRow("javascript mixed case") << u"JaVaScRiPt:alert(1)"_s << refused;
        QTest::newRow("javascript leading space") << u" \x01javascript:alert(1)"_s << refused;
        QTest::newRow("javascript tab") << u"java\tscript:alert(1)"_s << refused;
        QTest::newRow("javascript newline") << u"java\nscript:alert(1)"_s << refused;
        QTest::newRow("javascript hex entity") << u"jav&#x61;script:alert(1)"_s << refused;
        QTest::newRow("javascript decimal entity") << u"&#106;avascript:alert(1)"_s << refused;
        QTest::newRow("entity without semicolon") << u"&#106avascript:alert(1)"_s << refused;
        QTest::newRow("entity with zeros") << u"&#0000106;avascript:alert(1)"_s << refused;
        QTest::newRow("named entity tab") << u"java&Tab;script:alert(1)"_s << refused;
        QTest::newRow("percent encoded") << u"%6Aavascript:alert(1)"_s << refused;
        QTest::newRow("double encoded") << u"%256Aavascript:alert(1)"_s << refused;
        QTest::newRow("vbscript") << u"vbscript:msgbox"_s << refused;
        QTest::newRow("data html") << u"data:text/html;base64,PHNjcmlwdD4="_s << refused;
        QTest::newRow("data image as link") << u"data:image/png;base64,AAAA"_s << refused;
        QTest::newRow("file") << u"file:///etc/passwd"_s << refused;
        QTest::newRow("relative") << u"/news/today"_s << refused;
        QTest::newRow("protocol relative") << u"//evil.example"_s << refused;
        QTest::newRow("no host") << u"https://"_s << refused;
        QTest::newRow("scheme without slashes") << u"https:example.com"_s << refused;
        QTest::newRow("empty mailto") << u"mailto:"_s << refused;
        QTest::newRow("empty") << QString() << refused;
        QTest::newRow("https hiding javascript") << u"https&#58;javascript:alert(1)"_s << refused;
    }

    void link()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        QCOMPARE(UrlPolicy::link(url), expected);
    }

    void embeddedImage_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        QTest::newRow("png") << u"data:image/png;base64,iVBORw0KGgo="_s
                             << u"data:image/png;base64,iVBORw0KGgo="_s;
        QTest::newRow("upper-case jpeg, spaces")
            << u" DATA:IMAGE/JPEG;BASE64, /9j/ 4AAQ"_s << u"data:image/jpeg;base64,/9j/4AAQ"_s;
        QTest::newRow("svg refused") << u"data:image/svg+xml;base64,PHN2Zz4="_s << QString();
        QTest::newRow("html refused") << u"data:text/html;base64,PHNjcmlwdD4="_s << QString();
        QTest::newRow("not base64") << u"data:image/png,<svg onload=alert(1)>"_s << QString();
        QTest::newRow("payload with quote")
            << u"data:image/png;base64,AA\"onerror=x"_s << QString();
        QTest::newRow("https") << u"https://example.com/a.png"_s << QString();
        QTest::newRow("empty payload") << u"data:image/png;base64,"_s << QString();
    }

    void embeddedImage()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        QCOMPARE(UrlPolicy::embeddedImage(url), expected);
    }

    void dataUrl()
    {
        QCOMPARE(UrlPolicy::dataUrl("abc", u"image/PNG"_s), u"data:image/png;base64,YWJj"_s);
        QCOMPARE(UrlPolicy::dataUrl("abc", u"image/jpg"_s), u"data:image/jpeg;base64,YWJj"_s);
        QCOMPARE(
            UrlPolicy::dataUrl("abc", u"image/svg+xml"_s), u"data:image/svg+xml;base64,YWJj"_s);
        QVERIFY(UrlPolicy::dataUrl("abc", u"text/html"_s).isEmpty());
        QVERIFY(UrlPolicy::dataUrl({}, u"image/png"_s).isEmpty());
    }

    void isWebUrl()
    {
        QVERIFY(UrlPolicy::isWebUrl(u"https://example.com/section/"_s));
        QVERIFY(!UrlPolicy::isWebUrl(u"mailto:a@example.com"_s));
        QVERIFY(!UrlPolicy::isWebUrl(u"#top"_s));
        QVERIFY(!UrlPolicy::isWebUrl(u"javascript:alert(1)//https://x"_s));
    }

    void entities_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("named") << u"a &amp; b &lt;&gt; &eacute;"_s << u"a & b <> é"_s;
        QTest::newRow("numeric") << u"&#106;&#x61;&#X76;"_s << u"jav"_s;
        QTest::newRow("unknown name kept") << u"&bogus; &hearts;"_s << u"&bogus; ♥"_s;
        QTest::newRow("no semicolon named kept") << u"&amp and"_s << u"&amp and"_s;
        QTest::newRow("no semicolon numeric") << u"&#106avascript"_s << u"javascript"_s;
        QTest::newRow("zero") << u"&#0;"_s << u"\uFFFD"_s;
        QTest::newRow("surrogate") << u"&#xD800;"_s << u"\uFFFD"_s;
        QTest::newRow("too large") << u"&#x110000;"_s << u"\uFFFD"_s;
        QTest::newRow("astral") << u"&#x1F600;"_s << u"😀"_s;
        QTest::newRow("lone ampersand") << u"R&D & co"_s << u"R&D & co"_s;
    }

    void entities()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(HtmlEntities::decodeAll(text), expected);
    }
};

QTEST_GUILESS_MAIN(TestUrlPolicy)
#include "tst_urlpolicy.moc"
