// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// HtmlImportReader on what pages really contain: machinery to leave out, links to judge, and
// hostile markup that must neither crash nor take long.

#include "htmlimportreader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

QString allText(const ImportDocument &document)
{
    QString out;
    for (const ImportBlock &block : document.blocks)
        out += block.text + u'\n' + block.markdown + u'\n';
    return out;
}

} // namespace

class TestHtmlImportReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void semantics()
    {
        const ImportDocument document = HtmlImportReader::read(
            "<h1>Title</h1><p>Para <em>one</em></p><ul><li>a</li><li>b</li></ul><ol><li>c</li></ol>"
            "<figure><img alt=\"Alt\"><figcaption>Cap</figcaption></figure>"
            "<blockquote><p>Quoted</p><cite>Ana</cite></blockquote><dl><dt>Q?</dt><dd>A.</dd></"
            "dl>");
        using K = ImportBlock::Kind;
        QList<K> kinds;
        for (const ImportBlock &block : document.blocks)
            kinds << block.kind;
        QCOMPARE(kinds,
            (QList<K> {K::Heading, K::Paragraph, K::ListItem, K::ListItem, K::ListItem, K::Caption,
                K::Quote, K::Term, K::Definition}));
        QCOMPARE(document.blocks.at(1).markdown, u"Para *one*"_s);
        QCOMPARE(document.blocks.at(2).list, document.blocks.at(3).list);
        QVERIFY(document.blocks.at(3).list != document.blocks.at(4).list);
        QCOMPARE(document.blocks.at(5).attribution, u"Alt"_s);
        QCOMPARE(document.blocks.at(6).text, u"Quoted"_s);
        QCOMPARE(document.blocks.at(6).attribution, u"Ana"_s);
    }

    void machineryLeftOut()
    {
        const ImportDocument document = HtmlImportReader::read(
            "<head><title>T</title><style>p{}</style></head><body><nav>Home Menu</nav>"
            "<script>alert('x')</script><p>Kept</p><noscript>js</noscript><iframe src=x></iframe>"
            "<svg><text>vector</text></svg><!-- comment --><form><input "
            "value=v>Form</form></body>");
        QCOMPARE(document.blocks.size(), 1);
        QCOMPARE(document.blocks.first().text, u"Kept"_s);
    }

    void linksOnlyWhereAllowed()
    {
        const ImportDocument document = HtmlImportReader::read(
            "<p><a href=\"https://example.org/a\">web</a> <a href=\"javascript:alert(1)\">js</a> "
            "<a href=\"jav&#x61;script:x\">enc</a> <a href=\"/relative\">rel</a> "
            "<a href=\"data:text/html,x\">data</a></p>");
        QCOMPARE(document.blocks.size(), 1);
        QCOMPARE(
            document.blocks.first().markdown, u"[web](https://example.org/a) js enc rel data"_s);
    }

    void jsonLdAndOpenGraph()
    {
        const ImportDocument document = HtmlImportReader::read(
            "<html lang=\"de\"><head><meta property=\"og:site_name\" content=\"Blatt\">"
            "<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":[\"NewsArticle\"],"
            "\"headline\":\"H\",\"author\":[{\"name\":\"A B\"},\"C D\"],\"datePublished\":"
            "\"2026-01-02T03:04:05Z\"},{\"@type\":\"FAQPage\",\"mainEntity\":[{\"name\":\"Q?\","
            "\"acceptedAnswer\":{\"text\":\"<p>Ans</p>\"}}]}]}</script>"
            "<script type=\"application/ld+json\">{broken</script></head><body></body></html>");
        const ImportHints &hints = document.hints;
        QCOMPARE(hints.language, u"de"_s);
        QCOMPARE(hints.siteName, u"Blatt"_s);
        QCOMPARE(hints.headline, u"H"_s);
        QCOMPARE(hints.authors, (QStringList {u"A B"_s, u"C D"_s}));
        QCOMPARE(hints.published, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::UTC));
        QCOMPARE(hints.faq.size(), 1);
        QCOMPARE(hints.faq.first().second, u"Ans"_s);
    }

    void hostile_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::newRow("deep divs") << QByteArray("<div>").repeated(100000) + "deep text";
        QTest::newRow("unclosed inline") << QByteArray("<b><i>x").repeated(50000);
        QTest::newRow("deep lists") << QByteArray("<ul><li>").repeated(50000) + "item";
        QTest::newRow("deep quotes") << QByteArray("<blockquote>").repeated(50000) + "q";
        QTest::newRow("binary") << QByteArray("\x00\xff<p\x01>\xfe\x80</", 10).repeated(1000);
        QTest::newRow("stray end tags") << QByteArray("</p></div></html></body>").repeated(10000);
        QTest::newRow("huge json-ld") << "<script type=\"application/ld+json\">["
                + QByteArray("[").repeated(200000) + "</script><p>after</p>";
    }

    void hostile()
    {
        QFETCH(QByteArray, html);
        QElapsedTimer timer;
        timer.start();
        const ImportDocument document = HtmlImportReader::read(html);
        QVERIFY(timer.elapsed() < 30000);
        Q_UNUSED(allText(document));
    }

    /// A page a browser would struggle with: unclosed and misnested tags, scripts, an iframe, an
    /// event handler, SVG, a javascript: link. The words stay; the machinery does not.
    void brokenPage()
    {
        QFile file(QStringLiteral(COPYDESK_IMPORT_HOSTILE "/en-malformed.html"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = allText(HtmlImportReader::read(file.readAll()));
        for (const QString &kept : {u"Storm closes"_s, u"coastal road"_s, u"Nora Quinn"_s,
                 u"Diversion: 12 miles"_s, u"Reopening: Monday"_s, u"first closure"_s,
                 u"Clean-up"_s, u"[road updates](https://example.org/roads)"_s, u"italic"_s})
            QVERIFY2(text.contains(kept), qPrintable(kept + u"\n"_s + text));
        for (const QString &gone :
            {u"fetch("_s, u"evil.example"_s, u"ads.example"_s, u"steal"_s, u"color:red"_s,
                u"enable js"_s, u"svg text"_s, u"comment"_s, u"javascript"_s, u"](javascript"_s})
            QVERIFY2(!text.contains(gone), qPrintable(gone + u"\n"_s + text));
    }

    /// Deeper than gumbo is given: read by the linear tokenizer, the words kept.
    void deepTextKept()
    {
        const ImportDocument document
            = HtmlImportReader::read(QByteArray("<div>").repeated(5000) + "deep <b>text</b>");
        QVERIFY(allText(document).contains(u"deep **text**"_s));
    }
};

QTEST_GUILESS_MAIN(TestHtmlImportReader)
#include "tst_htmlimportreader.moc"
