// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articlefactory.h"
#include "articlerenderer.h"
#include "htmlscanner.h"
#include "printpieces.h"

#include <QRegularExpression>
#include <QTest>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

/// What is between `<body…>` and `</body>` of `html`, tags removed, without white space: the
/// text a piece contributes (reopened and closing tags are not text).
QString bodyText(const QByteArray &html)
{
    QString text = QString::fromUtf8(html);
    const qsizetype body = text.indexOf(QRegularExpression(u"<body[^>]*>"_s));
    const qsizetype end = text.lastIndexOf(u"</body>"_s);
    if (body < 0)
        return {};
    text = text.mid(body, end < 0 ? -1 : end - body);
    text.remove(QRegularExpression(u"<[^>]*>"_s));
    text.removeIf([](QChar c) { return c.isSpace(); });
    return text;
}

QByteArray page(const Article &article)
{
    const auto html = ArticleRenderer::render(article, {});
    return html ? *html : QByteArray();
}

/// The names of the elements left open at the end of `html` (by start and end tags), outermost
/// first; void elements do not count.
QStringList unclosed(const QByteArray &html)
{
    static const QStringList voids {u"area"_s, u"base"_s, u"br"_s, u"col"_s, u"embed"_s, u"hr"_s,
        u"img"_s, u"input"_s, u"link"_s, u"meta"_s, u"source"_s, u"track"_s, u"wbr"_s};
    QStringList open;
    for (const HtmlScanner::Tag &tag : HtmlScanner::tags(QString::fromUtf8(html))) {
        if (voids.contains(tag.name))
            continue;
        if (!tag.closing)
            open.append(tag.name);
        else if (const qsizetype at = open.lastIndexOf(tag.name); at >= 0)
            open.resize(at);
    }
    return open;
}

} // namespace

// PrintPieces: a long page cut into complete documents whose texts, in order, are the page's.
class TestPrintPieces : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shortPageIsOnePiece()
    {
        const QByteArray html = page(Testing::generatedArticle(1, 1500));
        QVERIFY(!html.isEmpty());
        const QList<QByteArray> pieces = PrintPieces::split(html);
        QCOMPARE(pieces.size(), 1);
        QCOMPARE(pieces.first(), html);
    }

    void piecesKeepTheText_data()
    {
        QTest::addColumn<int>("words");
        QTest::addColumn<int>("pieceText");
        QTest::newRow("20,000 words in 16 KB") << 20000 << 16 * 1024;
        QTest::newRow("20,000 words in 40 KB") << 20000 << 40 * 1024;
        QTest::newRow("60,000 words in 100 KB") << 60000 << 100 * 1024;
    }

    void piecesKeepTheText()
    {
        QFETCH(int, words);
        QFETCH(int, pieceText);
        const QByteArray html = page(Testing::generatedArticle(3, words));
        QVERIFY(!html.isEmpty());
        const QList<QByteArray> pieces = PrintPieces::split(html, pieceText);
        QVERIFY2(pieces.size() >= 3, qPrintable(QString::number(pieces.size())));

        QString joined;
        const QByteArray head = html.left(html.indexOf("<body"));
        const QByteArray houseStyle
            = html.mid(html.indexOf("<style>"), html.indexOf("</style>") - html.indexOf("<style>"));
        QVERIFY(houseStyle.size() > 1000);
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            const QByteArray &piece = pieces.at(i);
            // A complete document with the page's own head, every element closed. The pieces
            // after the first add a style of their own, which the page's policy then allows.
            if (i == 0) {
                QVERIFY(piece.startsWith(head));
            } else {
                QVERIFY(piece.startsWith(head.left(head.indexOf("style-src"))));
                QVERIFY(piece.contains(houseStyle));
                QVERIFY(piece.contains("[data-copydesk-piece=reopened]"));
                QCOMPARE(piece.count("style-src 'sha256-"), 1);
                QCOMPARE(piece.count("'sha256-"), head.count("'sha256-") + 1);
            }
            QVERIFY2(unclosed(piece).isEmpty(), qPrintable(unclosed(piece).join(u' ')));
            QVERIFY(piece.trimmed().endsWith("</html>"));
            // About the size asked for: at most twice it, and a quarter of it at least.
            const qsizetype text = bodyText(piece).toUtf8().size();
            QVERIFY2(text <= 2 * pieceText + 4096, qPrintable(QString::number(text)));
            if (i + 1 < pieces.size())
                QVERIFY2(text >= pieceText / 4, qPrintable(QString::number(text)));
            // The masthead only in the first, the colophon only in the last.
            QCOMPARE(piece.contains("class=\"masthead\""), i == 0);
            QCOMPARE(piece.contains("class=\"colophon\""), i + 1 == pieces.size());
            joined += bodyText(piece);
        }
        QCOMPARE(joined, bodyText(html));
    }

    void piecesReopenWhatTheyStartIn()
    {
        const QByteArray html = page(Testing::generatedArticle(4, 20000));
        const QList<QByteArray> pieces = PrintPieces::split(html, 16 * 1024);
        QVERIFY(pieces.size() >= 3);
        int parts = 0;
        for (qsizetype i = 1; i < pieces.size(); ++i) {
            const QList<HtmlScanner::Tag> tags = HtmlScanner::tags(QString::fromUtf8(pieces.at(i)));
            qsizetype body = 0;
            while (body < tags.size() && tags.at(body).name != u"body"_s)
                ++body;
            QVERIFY(body + 4 < tags.size());
            // <main><article> and a part's <section> with its id, reopened or starting there.
            QCOMPARE(tags.at(body + 1).name, u"main"_s);
            QCOMPARE(tags.at(body + 1).attribute(u"data-copydesk-piece"_s), u"reopened"_s);
            QCOMPARE(tags.at(body + 2).name, u"article"_s);
            if (tags.at(body + 3).name == u"div"_s) {
                QCOMPARE(tags.at(body + 3).attribute(u"class"_s), u"lede"_s);
                continue;
            }
            QCOMPARE(tags.at(body + 3).name, u"section"_s);
            QVERIFY(!tags.at(body + 3).attribute(u"data-part-id"_s).isEmpty());
            if (tags.at(body + 4).name == u"h2"_s)
                ++parts;
        }
        // Pieces begin with a part's heading where one is near enough.
        QVERIFY(parts >= 1);
    }

    void joinsNameTheTextAroundTheirCut()
    {
        // A join's lead is how the text from its cut begins, its tail how the text before ends.
        const QByteArray html = page(Testing::generatedArticle(8, 20000));
        const PrintPieces pieces(html, 24 * 1024);
        QVERIFY(pieces.isCut());
        const int to = pieces.endOf(PrintPieces::Whole);
        QVERIFY(to != PrintPieces::Whole);
        const QList<PrintPieces::Join> joins = pieces.joinsBefore(PrintPieces::Whole, to, 8 * 1024);
        QVERIFY2(joins.size() >= 5, qPrintable(QString::number(joins.size())));
        for (qsizetype i = 0; i < joins.size(); ++i) {
            const PrintPieces::Join &join = joins.at(i);
            if (i > 0)
                QVERIFY(join.cut > joins.at(i - 1).cut);
            QVERIFY(join.cut < to);
            QVERIFY(join.lead.size() >= 8);
            QCOMPARE(join.tail.size(), 40);
            const QString after = PrintPieces::letters(bodyText(pieces.piece(join.cut, to)));
            const QString before
                = PrintPieces::letters(bodyText(pieces.piece(PrintPieces::Whole, join.cut)));
            QVERIFY2(after.startsWith(join.lead), qPrintable(join.lead));
            QVERIFY2(before.endsWith(join.tail), qPrintable(join.tail));
        }
        // Nothing to join to after the last piece.
        QVERIFY(pieces.joinsBefore(to, PrintPieces::Whole, 8 * 1024).isEmpty());
    }

    void noJoinAfterABlockWithoutText()
    {
        // A paragraph after a rule: the printed text cannot show whether the rule is on the page
        // the paragraph begins, so a piece never continues there.
        Article article = Testing::generatedArticle(9, 200);
        QString body;
        for (int i = 1; i <= 300; ++i) {
            if (i == 20)
                body += u"---\n\n"_s;
            body
                += u"Paragraph %1 of the report: the council met again on the flood wall. "_s.arg(i)
                       .repeated(3)
                + u"\n\n"_s;
        }
        article.parts.first().body = body;
        const PrintPieces pieces(page(article), 8 * 1024);
        QVERIFY(pieces.isCut());
        const int to = pieces.endOf(PrintPieces::Whole);
        const QList<PrintPieces::Join> joins
            = pieces.joinsBefore(PrintPieces::Whole, to, 1024 * 1024);
        QVERIFY(joins.size() > 10);
        bool nineteen = false;
        for (const PrintPieces::Join &join : joins) {
            QVERIFY2(!join.lead.startsWith(u"paragraph20of"_s), qPrintable(join.lead));
            nineteen = nineteen || join.lead.startsWith(u"paragraph19of"_s);
        }
        QVERIFY(nineteen);
    }

    void neverInsideAParagraphOrANumberedList_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::newRow("one long paragraph") << u"word "_s.repeated(40000);
        QTest::newRow("numbered list") << u"1. an item of the list\n"_s.repeated(8000);
        QTest::newRow("quote") << u"> a quoted line\n>\n"_s.repeated(8000);
        QTest::newRow("code") << u"```\n"_s + u"a line of code\n"_s.repeated(8000) + u"```\n"_s;
    }

    void neverInsideAParagraphOrANumberedList()
    {
        QFETCH(QString, markdown);
        Article article = Testing::generatedArticle(5, 200);
        for (ArticlePart &part : article.parts)
            part.body.clear();
        article.lede.clear();
        article.parts.first().body = markdown;
        const QByteArray html = page(article);
        const QList<QByteArray> pieces = PrintPieces::split(html, 8 * 1024);
        // Cuts only before and after the one block: nothing to cut around it.
        QVERIFY2(pieces.size() <= 3, qPrintable(QString::number(pieces.size())));
        QString joined;
        for (const QByteArray &piece : pieces) {
            QVERIFY(unclosed(piece).isEmpty());
            joined += bodyText(piece);
        }
        QCOMPARE(joined, bodyText(html));
    }

    void picturesDoNotCount()
    {
        // 3 MB of picture and little text: one piece.
        Article article = Testing::generatedArticle(6, 1500);
        article.hero.data = Testing::tinyPng() + QByteArray(3 * 1024 * 1024, '\0');
        const QByteArray html = page(article);
        QVERIFY(html.size() > 3 * 1024 * 1024);
        QCOMPARE(PrintPieces::split(html, 64 * 1024).size(), 1);
    }

    void noBodyIsOnePiece()
    {
        const QByteArray text = QByteArray("plain text, no markup at all. ").repeated(1000);
        const QList<QByteArray> pieces = PrintPieces::split(text, 1024);
        QCOMPARE(pieces.size(), 1);
        QCOMPARE(pieces.first(), text);
    }
};

QTEST_GUILESS_MAIN(TestPrintPieces)
#include "tst_printpieces.moc"
