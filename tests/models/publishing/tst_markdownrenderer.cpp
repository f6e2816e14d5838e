// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "codehighlighter.h"
#include "htmlscanner.h"
#include "htmltext.h"
#include "markdownrenderer.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Copydesk;
using namespace Qt::StringLiterals;

class TestMarkdownRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void blocks_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("html");

        QTest::newRow("paragraph") << u"Hello *world* and **more**."_s
                                   << u"<p>Hello <em>world</em> and <strong>more</strong>.</p>\n"_s;
        QTest::newRow("heading shifted")
            << u"# Top\n\n### Deep"_s << u"<h3>Top</h3>\n<h5>Deep</h5>\n"_s;
        QTest::newRow("heading capped") << u"###### Six"_s << u"<h6>Six</h6>\n"_s;
        QTest::newRow("strikethrough") << u"~~gone~~"_s << u"<p><del>gone</del></p>\n"_s;
        QTest::newRow("tight list") << u"- a\n- b"_s << u"<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n"_s;
        QTest::newRow("ordered from 3")
            << u"3. c\n4. d"_s << u"<ol start=\"3\">\n<li>c</li>\n<li>d</li>\n</ol>\n"_s;
        QTest::newRow("quote") << u"> said"_s << u"<blockquote>\n<p>said</p>\n</blockquote>\n"_s;
        QTest::newRow("rule") << u"a\n\n---\n\nb"_s << u"<p>a</p>\n<hr>\n<p>b</p>\n"_s;
        QTest::newRow("hard break") << u"a  \nb"_s << u"<p>a<br>\nb</p>\n"_s;
        QTest::newRow("inline code escaped") << u"`<b>`"_s << u"<p><code>&lt;b&gt;</code></p>\n"_s;
        QTest::newRow("table")
            << u"| A | B |\n|:--|--:|\n| 1 | 2 |"_s
            << u"<div class=\"table\" tabindex=\"0\">\n<table>\n<thead>\n<tr><th class=\"align-start\">A</th><th class=\"align-end\">B</th></tr>\n</thead>\n<tbody>\n<tr><td class=\"align-start\">1</td><td class=\"align-end\">2</td></tr>\n</tbody>\n</table>\n</div>\n"_s;
        QTest::newRow("link")
            << u"[site](https://example.com \"Title\")"_s
            << u"<p><a href=\"https://example.com\" title=\"Title\">site</a></p>\n"_s;
        QTest::newRow("autolink url")
            << u"see https://example.com/x now"_s
            << u"<p>see <a href=\"https://example.com/x\">https://example.com/x</a> now</p>\n"_s;
        QTest::newRow("autolink www")
            << u"www.example.com"_s
            << u"<p><a href=\"http://www.example.com\">www.example.com</a></p>\n"_s;
        QTest::newRow("autolink email")
            << u"desk@example.com"_s
            << u"<p><a href=\"mailto:desk@example.com\">desk@example.com</a></p>\n"_s;
        QTest::newRow("fragment link") << u"[up](#top)"_s << u"<p><a href=\"#top\">up</a></p>\n"_s;
        QTest::newRow("entities") << u"&copy; &amp; &#x263A; &bogus;"_s
                                  << u"<p>© &amp; ☺ &amp;bogus;</p>\n"_s;
        QTest::newRow("blank") << u"  \n "_s << QString();
        QTest::newRow("embedded image")
            << u"![A *chart*](data:image/png;base64,iVBO \"t\")"_s
            << u"<p><img src=\"data:image/png;base64,iVBO\" alt=\"A chart\" title=\"t\"></p>\n"_s;
        QTest::newRow("web image becomes link")
            << u"![Map](https://example.com/map.png)"_s
            << u"<p><a class=\"external-image\" href=\"https://example.com/map.png\">Map</a></p>\n"_s;
        QTest::newRow("image inside link stays alt text")
            << u"[![Map](https://example.com/map.png)](https://example.com)"_s
            << u"<p><a href=\"https://example.com\">Map</a></p>\n"_s;
        QTest::newRow("code block without language")
            << u"```\na < b\n```"_s
            << u"<pre class=\"code\" tabindex=\"0\"><code>a &lt; b\n</code></pre>\n"_s;
        QTest::newRow("code block unknown language")
            << u"```nosuchlanguage\nx\n```"_s
            << u"<pre class=\"code\" tabindex=\"0\"><code class=\"language-nosuchlanguage\">x\n</code></pre>\n"_s;
        QTest::newRow("code block odd language dropped")
            << u"```\"onmouseover=x\nx\n```"_s
            << u"<pre class=\"code\" tabindex=\"0\"><code>x\n</code></pre>\n"_s;
        QTest::newRow("controls cleaned")
            << u"a\u0001b\u0085c\u0000d"_s << u"<p>abc\uFFFDd</p>\n"_s;

        // Indented code has no language: md4c leaves that attribute without text or offsets,
        // which crashed the renderer (and with it export and the live preview).
        QTest::newRow("indented code")
            << u"Run this:\n\n    make install"_s
            << u"<p>Run this:</p>\n<pre class=\"code\" tabindex=\"0\"><code>make install\n</code></pre>\n"_s;
        QTest::newRow("tab-indented code")
            << u"\tmake install"_s
            << u"<pre class=\"code\" tabindex=\"0\"><code>make install\n</code></pre>\n"_s;
        QTest::newRow("indented code in a list item")
            << u"- step\n\n        make install"_s
            << u"<ul>\n<li><p>step</p>\n<pre class=\"code\" tabindex=\"0\"><code>  make install\n</code></pre>\n</li>\n</ul>\n"_s;
        QTest::newRow("indented code in a quote")
            << u">     make install"_s
            << u"<blockquote>\n<pre class=\"code\" tabindex=\"0\"><code>make install\n</code></pre>\n</blockquote>\n"_s;
        QTest::newRow("fence without info")
            << u"~~~\nx\n~~~"_s << u"<pre class=\"code\" tabindex=\"0\"><code>x\n</code></pre>\n"_s;
        QTest::newRow("link without title")
            << u"[a](https://e.com)"_s << u"<p><a href=\"https://e.com\">a</a></p>\n"_s;
        QTest::newRow("link with empty destination") << u"[a]()"_s << u"<p>a</p>\n"_s;
        QTest::newRow("image with empty source") << u"![a]()"_s << u"<p>a</p>\n"_s;
        // HTML5 names, not only HTML 4's, in text and in link destinations and titles.
        QTest::newRow("html5 entities") << u"&Dcaron; &check; &half; &NotEqualTilde; &ngE;"_s
                                        << u"<p>Ď ✓ ½ \u2242\u0338 \u2267\u0338</p>\n"_s;
        QTest::newRow("html5 entity in link")
            << u"[a](https://e.com/&half; \"&check;\")"_s
            << u"<p><a href=\"https://e.com/½\" title=\"✓\">a</a></p>\n"_s;
    }

    void blocks()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, html);
        QCOMPARE(MarkdownRenderer::toHtml(markdown), html);
    }

    void hostile_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("html");

        QTest::newRow("script block") << u"<script>alert(1)</script>"_s
                                      << u"<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n"_s;
        QTest::newRow("inline html") << u"a <img src=x onerror=alert(1)> b"_s
                                     << u"<p>a &lt;img src=x onerror=alert(1)&gt; b</p>\n"_s;
        QTest::newRow("javascript link")
            << u"[click](javascript:alert(1))"_s << u"<p>click</p>\n"_s;
        QTest::newRow("entity javascript link")
            << u"[click](jav&#x61;script:alert(1))"_s << u"<p>click</p>\n"_s;
        QTest::newRow("escaped tab javascript link")
            << u"[click](<java\tscript:alert(1)>)"_s << u"<p>click</p>\n"_s;
        QTest::newRow("percent javascript link")
            << u"[click](%6Aavascript:alert(1))"_s << u"<p>click</p>\n"_s;
        QTest::newRow("relative link") << u"[click](/admin)"_s << u"<p>click</p>\n"_s;
        QTest::newRow("javascript autolink")
            << u"<javascript:alert(1)>"_s << u"<p>javascript:alert(1)</p>\n"_s;
        QTest::newRow("javascript image") << u"![x](javascript:alert(1))"_s << u"<p>x</p>\n"_s;
        QTest::newRow("svg data image")
            << u"![x](data:image/svg+xml;base64,PHN2Zz4=)"_s << u"<p>x</p>\n"_s;
        QTest::newRow("quote in title")
            << u"[a](https://e.com \"x\\\" onmouseover=\\\"y\")"_s
            << u"<p><a href=\"https://e.com\" title=\"x&quot; onmouseover=&quot;y\">a</a></p>\n"_s;
        QTest::newRow("html comment") << u"<!-- x -->"_s << u"<p>&lt;!-- x --&gt;</p>\n"_s;
        QTest::newRow("script end in code")
            << u"```js\n</script><script>\n```"_s
            << u"<pre class=\"code\" tabindex=\"0\"><code class=\"language-js\">"_s;
    }

    void hostile()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, html);
        const QString rendered = MarkdownRenderer::toHtml(markdown);
        QVERIFY2(rendered.startsWith(html), qPrintable(rendered));
        QVERIFY(!rendered.contains(u"<script"_s));
        QVERIFY(!rendered.contains(u"</script"_s));
        for (const HtmlScanner::Tag &tag : HtmlScanner::tags(rendered)) {
            for (const HtmlScanner::Attribute &attribute : tag.attributes)
                QVERIFY2(!attribute.name.startsWith(u"on"_s), qPrintable(rendered));
        }
    }

    void fuzzFindingsStayBalanced()
    {
        // libFuzzer's input (tests/fuzz/regressions/markdownrenderer): md4c closed a link whose
        // opening it reported inside an image's alt text; the renderer took from an empty list.
        const QByteArray input("# H1\x0a"
                               "\x0a"
                               "#ea ![img](#e H1\x0a"
                               "\x0a"
                               "#ea ![img](#ea\x02"
                               "\x00"
                               "e^) ![h\xff"
                               "\x00"
                               "\x00"
                               "\x00"
                               "m\xfa"
                               "g](kle\x22"
                               ") ![img](#e[\x00"
                               "\x00"
                               "\x00"
                               "^) ![h\xff"
                               "\xfa"
                               "\x00"
                               "\x00"
                               "\x00"
                               "mg](>>>>>>>>>>>>\xfa"
                               "g](kle\x22"
                               ") ![rn;st\x0a"
                               "",
            120);
        const QString rendered = MarkdownRenderer::toHtml(QString::fromUtf8(input));
        QCOMPARE(rendered.count(u"<a "_s), rendered.count(u"</a>"_s));
    }

    void inlineItem()
    {
        QCOMPARE(MarkdownRenderer::inlineToHtml(u"**42** dead, [source](https://e.com)"_s),
            u"<strong>42</strong> dead, <a href=\"https://e.com\">source</a>"_s);
        QCOMPARE(MarkdownRenderer::inlineToHtml(u"<b>x</b>"_s), u"&lt;b&gt;x&lt;/b&gt;"_s);
    }

    void highlightedCode()
    {
        const QString html = MarkdownRenderer::toHtml(u"```python\n# note\nx = \"<s>\"\n```"_s);
        QVERIFY2(html.startsWith(
                     u"<pre class=\"code\" tabindex=\"0\"><code class=\"language-python\">"_s),
            qPrintable(html));
        QVERIFY2(html.contains(u"<span class=\"hl-comment\"># note</span>"_s), qPrintable(html));
        QVERIFY2(html.contains(u"<span class=\"hl-string\">&quot;&lt;s&gt;&quot;</span>"_s),
            qPrintable(html));
        QVERIFY(html.endsWith(u"</code></pre>\n"_s));
    }

    void highlighterLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("known");
        QTest::newRow("name") << u"Python"_s << true;
        QTest::newRow("lower-case name") << u"javascript"_s << true;
        QTest::newRow("extension") << u"sh"_s << true;
        QTest::newRow("alias") << u"cpp"_s << true;
        QTest::newRow("unknown") << u"klingon"_s << false;
        QTest::newRow("path-like") << u"../../etc/passwd"_s << false;
    }

    void highlighterLanguages()
    {
        QFETCH(QString, language);
        QFETCH(bool, known);
        QCOMPARE(!CodeHighlighter::toHtml(u"x = 1\n"_s, language).isNull(), known);
    }

    void highlighterKeepsEveryCharacter()
    {
        const QString code = u"int main() {\n  return 0; // done <ok> & \"fine\"\n}\n"_s;
        QString html = CodeHighlighter::toHtml(code, u"C++"_s);
        static const QRegularExpression tag(u"<[^>]+>"_s);
        html.remove(tag);
        html.replace(u"&lt;"_s, u"<"_s)
            .replace(u"&gt;"_s, u">"_s)
            .replace(u"&quot;"_s, u"\""_s)
            .replace(u"&#39;"_s, u"'"_s)
            .replace(u"&amp;"_s, u"&"_s);
        QCOMPARE(html, code);
    }

    void cleaning()
    {
        QCOMPARE(HtmlText::clean(u"ok\ttext\r\n"_s), u"ok\ttext\r\n"_s);
        QCOMPARE(HtmlText::clean(u"a\u0007b\u009Fc"_s), u"abc"_s);
        QCOMPARE(HtmlText::clean(u"\uFDD0\uFFFF"_s), u"\uFFFD\uFFFD"_s);
        QString loneSurrogate = u"x"_s;
        loneSurrogate += QChar(0xD800);
        QCOMPARE(HtmlText::clean(loneSurrogate), u"x\uFFFD"_s);
        QCOMPARE(HtmlText::clean(u"😀"_s), u"😀"_s);
        QCOMPARE(HtmlText::escape(u"<a href='x'>&\"</a>"_s),
            u"&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;"_s);
    }
};

QTEST_GUILESS_MAIN(TestMarkdownRenderer)
#include "tst_markdownrenderer.moc"
