// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// The Markdown export means downstream what it means in Copydesk: rendered by cmark-gfm and by
// markdown-it and commonmark.js (raw HTML allowed, nothing sanitised), it shows the text and the
// links of Copydesk's page and nothing active; and it reads back (ArticleMarkdown) as the
// article, the quotes part's heading included.
#include "articleexporter.h"
#include "articlemarkdown.h"
#include "articlerenderer.h"
#include "checktools.h"
#include "markdowndownstream.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

/// Plain-text fields full of Markdown syntax, and Markdown with raw HTML and links Copydesk
/// refuses.
Article trickyArticle()
{
    Article article;
    article.uuid = u"8d1f2c3a-5b6e-4f70-8a91-b2c3d4e5f607"_s;
    article.headline = u"Harbour <b>wall</b> holds"_s;
    article.bylines = {{u"Ann *Reporter*"_s, {}}};
    article.published = QDateTime(QDate(2026, 3, 14), QTime(9, 30), QTimeZone::UTC);
    article.category = u"City"_s;
    article.lede = u"The wall held. <script>alert(1)</script> Nobody was hurt; see "
                   u"[the notice](https://port.example/notice)."_s;
    ArticlePart background
        = ArticlePart::make(ArticlePart::Kind::Section, u"# Not a *heading* [x](y) <i>"_s);
    background.body = u"<img src=x onerror=alert(2)>\n\n"
                      u"A [trap](javascript:alert(3)) and <javascript:alert(4)> and "
                      u"![a picture](https://img.example/p.png) and ![bad](javascript:alert(5)).\n\n"
                      u"<div onclick=\"alert(7)\">\n*still* text\n</div>\n\n"
                      u"Code stays: `<b>bold</b>` and [fine](https://ok.example/a_b)."_s;
    ArticlePart facts = ArticlePart::make(ArticlePart::Kind::KeyFacts);
    facts.items = {u"Wall is 2 km <u>long</u>"_s, u"Built in 2019"_s};
    ArticlePart quotes = ArticlePart::make(ArticlePart::Kind::Quotes, u"Voices *from* the quay"_s);
    quotes.quotes = {{u"- It held.\n1. We were ready.\n> Really <b>ready</b>."_s, u"Jo [Smith]"_s,
                         u"Harbour_master"_s},
        {u"— Dashes first, # then hashes"_s, u"Mo"_s, {}}};
    ArticlePart faq = ArticlePart::make(ArticlePart::Kind::Faq);
    faq.faq = {{u"Is it *safe* <now>?"_s, u"Yes. <b>Really</b>."_s}};
    ArticlePart references = ArticlePart::make(ArticlePart::Kind::References);
    references.references = {
        {u"Port notice — *final*"_s, u"https://port.example/notice"_s, u"Port & Harbour"_s, {}},
        {u"A trap [1]"_s, u"javascript:alert(8)"_s, u"Nobody — really"_s, {}},
        {u"Spaced out"_s, u"https://bad example/space"_s, {}, {}},
    };
    article.parts = {background, facts, quotes, faq, references};
    return article;
}

QString decoded(QString text)
{
    static const QRegularExpression numeric(u"&#(x?)([0-9a-fA-F]+);"_s);
    QString result;
    qsizetype at = 0;
    for (const QRegularExpressionMatch &match : numeric.globalMatch(text)) {
        result += QStringView(text).sliced(at, match.capturedStart() - at);
        const uint code = match.captured(2).toUInt(nullptr, match.captured(1).isEmpty() ? 10 : 16);
        result += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        at = match.capturedEnd();
    }
    result += QStringView(text).sliced(at);
    return result.replace(u"&lt;"_s, u"<"_s)
        .replace(u"&gt;"_s, u">"_s)
        .replace(u"&quot;"_s, u"\""_s)
        .replace(u"&#39;"_s, u"'"_s)
        .replace(u"&amp;"_s, u"&"_s);
}

/// The text pieces between tags, decoded and with whitespace collapsed; empty pieces and pieces
/// of punctuation only (separators a layout adds) left out.
QStringList textPieces(const QString &html)
{
    static const QRegularExpression tag(u"<[^>]*>"_s);
    static const QRegularExpression meaningful(u"[\\p{L}\\p{N}]"_s);
    QStringList pieces;
    for (const QString &piece : html.split(tag)) {
        const QString text = decoded(piece).simplified();
        if (meaningful.match(text).hasMatch())
            pieces.append(text);
    }
    return pieces;
}

/// All text of `html`, tags removed, decoded, whitespace collapsed.
QString plainText(const QString &html)
{
    static const QRegularExpression tag(u"<[^>]*>"_s);
    return decoded(QString(html).replace(tag, u" "_s)).simplified();
}

/// (href, text) of every link.
QStringList links(const QString &html)
{
    static const QRegularExpression link(u"<a [^>]*?href=\"([^\"]*)\"[^>]*>(.*?)</a>"_s,
        QRegularExpression::DotMatchesEverythingOption);
    QStringList result;
    for (const QRegularExpressionMatch &match : link.globalMatch(html))
        result.append(decoded(match.captured(1)) + u" → "_s + plainText(match.captured(2)));
    return result;
}

/// The page from the lede to the end of the article's parts.
QString pageBody(const QByteArray &page)
{
    const QString html = QString::fromUtf8(page);
    const qsizetype begin = html.indexOf(u"<div class=\"lede\">"_s);
    const qsizetype end = html.indexOf(u"</article>"_s);
    return begin < 0 || end < begin ? QString() : html.mid(begin, end - begin);
}

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning() << program << arguments << process.readAllStandardError();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class tst_MarkdownDownstream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void renderersAgreeWithThePage_data();
    void renderersAgreeWithThePage();
    void roundTrip();
    void rewrite_data();
    void rewrite();

private:
    QTemporaryDir m_dir;
    QString m_body; ///< The exported Markdown after its front matter.
    QString m_pageBody;
};

void tst_MarkdownDownstream::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const Article article = trickyArticle();
    const Result<QByteArray> markdown
        = ArticleExporter::encode(article, {}, ExportFormat::Markdown);
    QVERIFY(markdown);
    // Front matter is metadata for importers; a site renders what follows it.
    const QString text = QString::fromUtf8(*markdown);
    const qsizetype close = text.indexOf(u"\n---\n"_s);
    QVERIFY(close > 0);
    m_body = text.mid(close + 5);
    const Result<QByteArray> page = ArticleRenderer::render(article, {});
    QVERIFY(page);
    m_pageBody = pageBody(*page);
    QVERIFY(!m_pageBody.isEmpty());
}

void tst_MarkdownDownstream::renderersAgreeWithThePage_data()
{
    QTest::addColumn<QString>("renderer");
    QTest::newRow("cmark-gfm") << u"cmark-gfm"_s;
    QTest::newRow("markdown-it") << u"markdown-it"_s;
    QTest::newRow("commonmark.js") << u"commonmark"_s;
}

void tst_MarkdownDownstream::renderersAgreeWithThePage()
{
    QFETCH(QString, renderer);
    const QString file = m_dir.filePath(u"body.md"_s);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(m_body.toUtf8());
    out.close();

    QString html;
    if (renderer == "cmark-gfm"_L1) {
        if (QStandardPaths::findExecutable(u"cmark-gfm"_s).isEmpty()) {
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL("cmark-gfm is not installed");
            QSKIP("cmark-gfm is not installed");
        }
        // --unsafe: raw HTML passes, so only the Markdown's own escaping keeps it out.
        html = run(u"cmark-gfm"_s,
            {u"--unsafe"_s, u"-e"_s, u"table"_s, u"-e"_s, u"strikethrough"_s, u"-e"_s,
                u"autolink"_s, file});
    } else {
        const QString tools = CheckTools::nodeTools();
        if (QStandardPaths::findExecutable(u"node"_s).isEmpty()
            || !QFileInfo::exists(tools + u"/node_modules/"_s + renderer)) {
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL(qPrintable(u"no node or %1 in %2"_s.arg(renderer, tools)));
            QSKIP(qPrintable(
                u"no node or %1 in %2 (./dev installs tests/tools)"_s.arg(renderer, tools)));
        }
        html = run(u"node"_s,
            {QStringLiteral(COPYDESK_SOURCE_DIR "/tests/tools/render-markdown.cjs"), tools,
                renderer, file});
    }
    QVERIFY(!html.isEmpty());

    // Nothing active.
    for (const char *element : {"<script", "<iframe", "<object", "<embed", "<style", "<form"})
        QVERIFY2(!html.contains(QLatin1StringView(element), Qt::CaseInsensitive), qPrintable(html));
    static const QRegularExpression script(
        u"(href|src)\\s*=\\s*[\"']?\\s*javascript:"_s, QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(!script.match(html).hasMatch(), qPrintable(html));
    static const QRegularExpression handler(u"<[^>]*\\son\\w+\\s*="_s);
    QVERIFY2(!handler.match(html).hasMatch(), qPrintable(html));

    // The same links.
    QCOMPARE(links(html), links(m_pageBody));

    // Every piece of the page's text, in the page's order.
    const QString text = plainText(html);
    qsizetype at = 0;
    for (const QString &piece : textPieces(m_pageBody)) {
        const qsizetype found = text.indexOf(piece, at);
        QVERIFY2(found >= 0,
            qPrintable(u"“%1” missing after offset %2 of:\n%3"_s.arg(piece).arg(at).arg(text)));
        at = found + piece.size();
    }
    // The part ids and refused URLs kept for re-import stay invisible.
    QVERIFY2(!text.contains(u"[//]"_s), qPrintable(text));
    QVERIFY(!text.contains(u".key-facts"_s));
}

void tst_MarkdownDownstream::roundTrip()
{
    const Article article = trickyArticle();
    const Result<QByteArray> markdown
        = ArticleExporter::encode(article, {}, ExportFormat::Markdown);
    QVERIFY(markdown);
    const Result<Article> read = ArticleMarkdown::fromMarkdown(*markdown, u"tricky.md"_s);
    QVERIFY2(read, read ? "" : qPrintable(read.error().message));
    // Plain-text fields come back exactly; Markdown fields as the export rewrote them.
    const Article expected = MarkdownDownstream::article(article);
    QCOMPARE(read->headline, expected.headline);
    QCOMPARE(read->parts.size(), expected.parts.size());
    for (qsizetype i = 0; i < expected.parts.size(); ++i) {
        QCOMPARE(read->parts.at(i).heading, expected.parts.at(i).heading);
        QCOMPARE(read->parts.at(i).id, expected.parts.at(i).id);
        QCOMPARE(read->parts.at(i).kind, expected.parts.at(i).kind);
        QCOMPARE(read->parts.at(i), expected.parts.at(i));
    }
    QCOMPARE(read->parts.at(2).heading, u"Voices *from* the quay"_s);
    QCOMPARE(*read, expected);

    // The quotes part under its default heading reads back as the default (empty) heading.
    Article plain = article;
    plain.parts[2].heading.clear();
    const Result<Article> again = ArticleMarkdown::fromMarkdown(
        *ArticleExporter::encode(plain, {}, ExportFormat::Markdown), u"plain.md"_s);
    QVERIFY(again);
    QCOMPARE(again->parts.at(2).kind, ArticlePart::Kind::Quotes);
    QVERIFY(again->parts.at(2).heading.isEmpty());
    QCOMPARE(again->parts.at(2).quotes, plain.parts.at(2).quotes);
}

void tst_MarkdownDownstream::rewrite_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"Just *text* and [a link](https://a.example)."_s
                           << u"Just *text* and [a link](https://a.example)."_s;
    QTest::newRow("inline html") << u"a <b>b</b> c"_s << u"a \\<b>b\\</b> c"_s;
    QTest::newRow("html block") << u"<div>\nx\n</div>"_s << u"\\<div>\nx\n\\</div>"_s;
    QTest::newRow("comment") << u"a <!-- hidden --> b"_s << u"a \\<!-- hidden --> b"_s;
    QTest::newRow("code span keeps html") << u"`<b>`"_s << u"`<b>`"_s;
    QTest::newRow("fenced code keeps html") << u"```\n<b>\n```"_s << u"```\n<b>\n```"_s;
    QTest::newRow("refused link") << u"see [this *one*](javascript:x()) now"_s
                                  << u"see this *one* now"_s;
    QTest::newRow("refused link with title") << u"[t](javascript:x \"T\")"_s << u"t"_s;
    QTest::newRow("refused autolink") << u"<javascript:alert(1)>"_s << u"javascript:alert(1)"_s;
    QTest::newRow("allowed autolink") << u"<https://a.example>"_s << u"<https://a.example>"_s;
    QTest::newRow("web image becomes a link")
        << u"![alt](https://i.example/p.png)"_s << u"[alt](<https://i.example/p.png>)"_s;
    QTest::newRow("refused image") << u"![alt](javascript:x)"_s << u"alt"_s;
    QTest::newRow("refused definition") << u"[a][r]\n\n[r]: javascript:x\n"_s << u"[a][r]\n\n\n"_s;
    QTest::newRow("mailto stays") << u"[mail](mailto:a@b.example)"_s
                                  << u"[mail](mailto:a@b.example)"_s;
}

void tst_MarkdownDownstream::rewrite()
{
    QFETCH(QString, markdown);
    QFETCH(QString, expected);
    QCOMPARE(MarkdownDownstream::rewrite(markdown), expected);
}

QTEST_GUILESS_MAIN(tst_MarkdownDownstream)
#include "tst_markdowndownstream.moc"
