// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articleexporter.h"
#include "articlefactory.h"
#include "articlejson.h"
#include "articlemarkdown.h"
#include "articlestats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QTest>
#include <QTimeZone>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

/// Every text field in German with “typographic quotes”, dashes, umlauts, ß and emoji, none of
/// them characters that HTML or JSON must escape, so that each export has to carry them
/// unchanged.
Article germanArticle()
{
    Article article;
    article.uuid = u"5b0c4c2e-7a51-4f0e-9d6c-2b1f5a9e8d31"_s;
    article.language = u"de"_s;
    article.headline = u"Größere Fähren für die Förde — „Über den Kiel hinaus“ 🚢"_s;
    article.dek = u"Die Stadtwerke bestellen zwei Schiffe – Kosten: 48 Mio. € 💶"_s;
    article.bylines = {{u"Jürgen Weiß"_s, u"Redakteur für Verkehr und Häfen"_s},
        {u"Zoë Ångström"_s, u"Korrespondentin"_s}};
    article.dateline = u"KIEL"_s;
    article.published = QDateTime(QDate(2025, 6, 2), QTime(7, 15), QTimeZone::UTC);
    article.category = u"Verkehr"_s;
    article.tags = {u"Fähre"_s, u"Förde"_s};
    article.status = ArticleStatus::Published;
    article.lede = u"Die Fähren über die Förde werden größer — und leiser. 🌊"_s;
    ArticlePart section = ArticlePart::make(ArticlePart::Kind::Section, u"Hintergründe"_s);
    section.body = u"Seit März prüft die Behörde „emissionsfreie“ Antriebe für Schiffe."_s;
    ArticlePart facts = ArticlePart::make(ArticlePart::Kind::KeyFacts);
    facts.items = {u"Zwei Schiffe à 300 Plätze"_s, u"Lieferung ab 2027 ✅"_s};
    ArticlePart quotes = ArticlePart::make(ArticlePart::Kind::Quotes, u"Stimmen"_s);
    quotes.quotes = {{u"Wir fahren künftig leiser über die Förde."_s, u"Jörg Müller"_s,
        u"Geschäftsführer der Fährgesellschaft"_s}};
    ArticlePart faq = ArticlePart::make(ArticlePart::Kind::Faq, u"Häufige Fragen"_s);
    faq.faq
        = {{u"Wann fährt die erste Fähre?"_s, u"Im Frühjahr 2027 — sofern die Werft liefert."_s}};
    ArticlePart references = ArticlePart::make(ArticlePart::Kind::References, u"Quellen"_s);
    references.references = {{u"Beschluss über „Fähren 2030“"_s,
        u"https://kiel.example/beschluss"_s, u"Ratsinformationsdienst Kiel"_s, QDate(2025, 5, 30)}};
    article.parts = {section, facts, quotes, faq, references};
    return article;
}

/// The text a reader sees, field by field, as each export must carry it.
QStringList visibleTexts(const Article &article)
{
    QStringList texts {article.headline, article.dek, article.lede};
    for (const Byline &byline : article.bylines)
        texts << byline.name << byline.role;
    for (const ArticlePart &part : article.parts) {
        texts << part.heading << part.body << part.items;
        for (const Quote &quote : part.quotes)
            texts << quote.text << quote.speaker << quote.role;
        for (const FaqEntry &entry : part.faq)
            texts << entry.question << entry.answer;
        for (const Reference &reference : part.references)
            texts << reference.title << reference.publisher;
    }
    texts.removeAll(QString());
    return texts;
}

/// `bytes` as UTF-8; fails the test on the first byte that is not.
QString strictUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        QTest::qFail("the export is not valid UTF-8", __FILE__, __LINE__);
    return text;
}

QByteArray encode(const Article &article, ExportFormat format)
{
    ExportOptions options;
    options.render.modified = QDateTime(QDate(2025, 6, 2), QTime(9, 0), QTimeZone::UTC);
    const Result<QByteArray> bytes
        = ArticleExporter::encode(article, PublicationProfile(), format, options);
    return bytes ? *bytes : QByteArray();
}

/// Characters that UTF-8 read as Latin-1 (or as Windows-1252) turns into: a decoded export
/// holding any of them has been double-encoded somewhere.
bool looksDoubleEncoded(const QString &text)
{
    static const QRegularExpression mojibake(u"[ÃÂâ][\\x{0080}-\\x{00BF}\\x{2018}-\\x{203A}€]"_s);
    return text.contains(mojibake);
}

QJsonObject jsonLd(const QString &html)
{
    static const QRegularExpression script(
        u"<script type=\"application/ld\\+json\">(.*?)</script>"_s,
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = script.match(html);
    return match.hasMatch() ? QJsonDocument::fromJson(match.captured(1).toUtf8()).object()
                            : QJsonObject();
}

} // namespace

// Every text export is valid UTF-8 and carries the exact text of an article written in German
// with typographic punctuation and emoji.
class TestExportText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void exportsCarryTheExactText_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::newRow("html") << ExportFormat::Html;
        QTest::newRow("markdown") << ExportFormat::Markdown;
        QTest::newRow("ninjs") << ExportFormat::Ninjs;
        QTest::newRow("json") << ExportFormat::Json;
    }

    void exportsCarryTheExactText()
    {
        QFETCH(ExportFormat, format);
        const Article article = germanArticle();
        const QByteArray bytes = encode(article, format);
        QVERIFY(!bytes.isEmpty());
        QString text = strictUtf8(bytes);
        QVERIFY2(!looksDoubleEncoded(text), qPrintable(text));
        if (format == ExportFormat::Ninjs) // the body is HTML inside a JSON string
            text = QJsonDocument::fromJson(bytes).object()[u"bodies"_s][0][u"value"_s].toString()
                + QString::fromUtf8(QJsonDocument::fromJson(bytes).toJson(QJsonDocument::Indented));
        for (const QString &expected : visibleTexts(article))
            QVERIFY2(text.contains(expected), qPrintable(expected));
    }

    void ninjsFieldsAreExact()
    {
        const Article article = germanArticle();
        const QJsonObject item
            = QJsonDocument::fromJson(encode(article, ExportFormat::Ninjs)).object();
        QCOMPARE(item[u"headlines"_s][0][u"value"_s].toString(), article.headline);
        QCOMPARE(item[u"descriptions"_s][0][u"value"_s].toString(), article.dek);
        QCOMPARE(item[u"by"_s].toString(),
            u"Jürgen Weiß (Redakteur für Verkehr und Häfen), Zoë Ångström (Korrespondentin)"_s);
        // The quote attribution dash of issue #12 (it came out as "â\u0080\u0094").
        QVERIFY(item[u"bodies"_s][0][u"value"_s].toString().contains(
            u"<p>— Jörg Müller, Geschäftsführer der Fährgesellschaft</p>"_s));
    }

    void jsonLdInHtmlIsExact()
    {
        const Article article = germanArticle();
        const QJsonObject data = jsonLd(strictUtf8(encode(article, ExportFormat::Html)));
        QVERIFY(!data.isEmpty());
        QCOMPARE(data[u"headline"_s].toString(), article.headline);
        QCOMPARE(data[u"description"_s].toString(), article.dek);
        const QJsonArray authors = data[u"author"_s].toArray();
        QCOMPARE(authors.size(), 2);
        QCOMPARE(authors[0][u"name"_s].toString(), article.bylines[0].name);
        QCOMPARE(authors[1][u"name"_s].toString(), article.bylines[1].name);
        QCOMPARE(data[u"keywords"_s].toArray(), (QJsonArray {u"Fähre"_s, u"Förde"_s}));
    }

    // One word count (issue #12: 570 in JSON-LD, 518 in ninjs): the page's JSON-LD, ninjs, the
    // status bar's source (ArticleStats::wordCount) and the page's reading time agree.
    void oneWordCountEverywhere_data()
    {
        QTest::addColumn<Article>("article");
        QTest::addColumn<QString>("readingTime"); // the page's label for the computed minutes
        const Article full = Testing::fullArticle();
        QTest::newRow("full") << full << u"%1 min read"_s;
        QTest::newRow("german") << germanArticle() << u"%1 Min. Lesezeit"_s;
        QTest::newRow("odd unicode") << Testing::oddUnicodeArticle() << QString();
        QTest::newRow("generated") << Testing::generatedArticle(7) << u"%1 min read"_s;
    }
    void oneWordCountEverywhere()
    {
        QFETCH(Article, article);
        QFETCH(QString, readingTime);
        const int words = ArticleStats::wordCount(article);
        QVERIFY(words > 0);
        const QString html = strictUtf8(encode(article, ExportFormat::Html));
        QCOMPARE(jsonLd(html)[u"wordCount"_s].toInt(), words);
        const QJsonObject item
            = QJsonDocument::fromJson(encode(article, ExportFormat::Ninjs)).object();
        QCOMPARE(item[u"bodies"_s][0][u"wordcount"_s].toInt(), words);
        if (!readingTime.isEmpty()) {
            const QString label = readingTime.arg(ArticleStats::readingMinutes(article));
            QVERIFY2(html.contains(label), qPrintable(label));
        }
    }

    void markdownAndJsonReadBackEqual()
    {
        const Article article = germanArticle();
        const Result<Article> fromJson
            = ArticleJson::fromBytes(encode(article, ExportFormat::Json), u"test.json"_s);
        QVERIFY(fromJson);
        QCOMPARE(*fromJson, article);
        const Result<Article> fromMarkdown
            = ArticleMarkdown::fromMarkdown(encode(article, ExportFormat::Markdown), u"test.md"_s);
        QVERIFY2(fromMarkdown, qPrintable(fromMarkdown ? QString() : fromMarkdown.error().message));
        QCOMPARE(visibleTexts(*fromMarkdown), visibleTexts(article));
    }
};

QTEST_GUILESS_MAIN(TestExportText)
#include "tst_exporttext.moc"
