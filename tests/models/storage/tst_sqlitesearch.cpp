#include "articlefactory.h"
#include "sqlitesearch.h"
#include "temporarylibrary.h"

#include <QStandardPaths>
#include <QTest>
#include <optional>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

/// One marker word in every text field, for the "everything is searchable" test.
Article everyField()
{
    using Kind = ArticlePart::Kind;
    Article a;
    a.headline = u"zqheadline"_s;
    a.dek = u"zqdek"_s;
    a.bylines = {{u"Zq Bylinename"_s, u"zqbylinerole"_s}};
    a.dateline = u"zqdateline"_s;
    a.tags = {u"zqtag"_s};
    a.hero.data = Testing::tinyPng();
    a.hero.mimeType = u"image/png"_s;
    a.hero.caption = u"zqcaption"_s;
    a.hero.altText = u"zqalt"_s;
    a.hero.credit = u"zqcredit"_s;
    a.lede = u"zqlede"_s;
    ArticlePart section = ArticlePart::make(Kind::Section, u"zqsectiontitle"_s);
    section.body = u"zqsectionbody"_s;
    ArticlePart facts = ArticlePart::make(Kind::KeyFacts);
    facts.items = {u"zqkeyfact"_s};
    ArticlePart quotes = ArticlePart::make(Kind::Quotes);
    quotes.quotes = {{u"zqquotetext"_s, u"Zqspeaker"_s, u"zqspeakerrole"_s}};
    ArticlePart takeaways = ArticlePart::make(Kind::KeyTakeaways, u"zqtakeawaytitle"_s);
    takeaways.items = {u"zqtakeaway"_s};
    ArticlePart faq = ArticlePart::make(Kind::Faq);
    faq.faq = {{u"zqquestion"_s, u"zqanswer"_s}};
    ArticlePart references = ArticlePart::make(Kind::References);
    references.references
        = {{u"zqreftitle"_s, u"https://example.org/zqurl"_s, u"zqpublisher"_s, {}}};
    a.parts = {section, facts, quotes, takeaways, faq, references};
    return a;
}

} // namespace

class tst_SqliteSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void terms_data();
    void terms();
    void matchExpression_data();
    void matchExpression();

    void searchEveryTextPart_data();
    void searchEveryTextPart();
    void searchRanksHeadlineFirst();
    void searchPhrases();
    void searchDiacritics();
    void searchSnippet();
    void searchSnippetShowsLinkText();
    void searchSnippetPrefersHeadline();
    void searchSnippetHighlights_data();
    void searchSnippetHighlights();
    void searchSnippetFallback();
    void searchFiltersAndTrash();
    void searchLimit();
    void searchHostileText_data();
    void searchHostileText();
    void searchEmptyText();

private:
    qint64 create(const Article &article) { return m_library->create(article); }

    std::optional<TemporaryLibrary> m_library;
    SqliteArticleStore *m_store = nullptr;
};

void tst_SqliteSearch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_SqliteSearch::init()
{
    m_library.emplace();
    QVERIFY2(m_library->isValid(), qPrintable(m_library->error()));
    m_store = m_library->store();
}

void tst_SqliteSearch::cleanup()
{
    m_store = nullptr;
    m_library.reset();
}

void tst_SqliteSearch::terms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("terms");

    QTest::newRow("words") << u"city council"_s << QStringList {u"city"_s, u"council"_s};
    QTest::newRow("extra spaces") << u"  city \t council\n"_s
                                  << QStringList {u"city"_s, u"council"_s};
    QTest::newRow("phrase") << u"\"city council\" budget"_s
                            << QStringList {u"city council"_s, u"budget"_s};
    QTest::newRow("phrase spaces collapse")
        << u"\"  city   council \""_s << QStringList {u"city council"_s};
    QTest::newRow("unclosed quote")
        << u"budget \"city council"_s << QStringList {u"budget"_s, u"city council"_s};
    QTest::newRow("quote glued to words")
        << u"a\"b c\"d"_s << QStringList {u"a"_s, u"b c"_s, u"d"_s};
    QTest::newRow("empty phrase") << u"\"\" city"_s << QStringList {u"city"_s};
    QTest::newRow("punctuation only") << u"*** ^ ( ) -"_s << QStringList {};
    QTest::newRow("operators are words")
        << u"tax OR NOT rent"_s << QStringList {u"tax"_s, u"OR"_s, u"NOT"_s, u"rent"_s};
    QTest::newRow("column filter") << u"headline:budget"_s << QStringList {u"headline:budget"_s};
    QTest::newRow("diacritics kept") << u"Café Zürich"_s << QStringList {u"Café"_s, u"Zürich"_s};
    QTest::newRow("cjk") << u"東京 都"_s << QStringList {u"東京"_s, u"都"_s};
    QTest::newRow("control characters")
        << u"city\u0000council\u0007"_s << QStringList {u"city"_s, u"council"_s};
    QTest::newRow("empty") << QString() << QStringList {};
}

void tst_SqliteSearch::terms()
{
    QFETCH(QString, text);
    QFETCH(QStringList, terms);
    QCOMPARE(SqliteSearch::terms(text), terms);
}

void tst_SqliteSearch::matchExpression_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expression");

    QTest::newRow("words") << u"city council"_s << u"\"city\" \"council\""_s;
    QTest::newRow("phrase") << u"\"city council\" tax"_s << u"\"city council\" \"tax\""_s;
    QTest::newRow("near") << u"NEAR(a b, 3)"_s << u"\"NEAR(a\" \"b,\" \"3)\""_s;
    QTest::newRow("prefix and caret") << u"^budg*"_s << u"\"^budg*\""_s;
    QTest::newRow("nothing") << u"\"\" *"_s << QString();
}

void tst_SqliteSearch::matchExpression()
{
    QFETCH(QString, text);
    QFETCH(QString, expression);
    QCOMPARE(SqliteSearch::matchExpression(text), expression);
}

void tst_SqliteSearch::searchEveryTextPart_data()
{
    QTest::addColumn<QString>("word");
    for (const char *word : {"zqheadline", "zqdek", "bylinename", "zqbylinerole", "zqdateline",
             "zqtag", "zqcaption", "zqalt", "zqcredit", "zqlede", "zqsectiontitle", "zqsectionbody",
             "zqkeyfact", "zqquotetext", "zqspeaker", "zqspeakerrole", "zqtakeawaytitle",
             "zqtakeaway", "zqquestion", "zqanswer", "zqreftitle", "zqpublisher"}) {
        QTest::newRow(word) << QString::fromLatin1(word);
    }
}

void tst_SqliteSearch::searchEveryTextPart()
{
    QFETCH(QString, word);
    const qint64 id = create(everyField());
    QVERIFY(create(Testing::fullArticle()) > 0);
    SearchQuery query;
    query.text = word;
    const Result<QList<SearchHit>> hits = m_store->search(query);
    QVERIFY2(hits, hits ? "" : qPrintable(hits.error().message));
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->at(0).summary.id, id);
    QVERIFY2(hits->at(0).snippet.contains(SnippetOpen + word, Qt::CaseInsensitive),
        qPrintable(hits->at(0).snippet));

    // Ids, kinds and URLs are not text.
    query.text = u"zqurl"_s;
    QCOMPARE(m_store->search(query)->size(), 0);
    query.text = u"keyFacts"_s;
    QCOMPARE(m_store->search(query)->size(), 0);
}

void tst_SqliteSearch::searchRanksHeadlineFirst()
{
    const qint64 inBody = create(smallArticle(u"Weather report"_s,
        u"Lots of words about many things, and somewhere the lighthouse is mentioned once."_s));
    const qint64 inHeadline = create(smallArticle(u"Lighthouse keeper retires"_s,
        u"Lots of words about many things, none of them that one."_s));
    SearchQuery query;
    query.text = u"lighthouse"_s;
    const QList<SearchHit> hits = m_store->search(query).value();
    QCOMPARE(hits.size(), 2);
    QCOMPARE(hits.at(0).summary.id, inHeadline);
    QCOMPARE(hits.at(1).summary.id, inBody);
    QVERIFY(hits.at(0).rank < hits.at(1).rank);
}

void tst_SqliteSearch::searchPhrases()
{
    const qint64 phrase
        = create(smallArticle(u"One"_s, u"The city council approved the budget."_s));
    const qint64 apart = create(smallArticle(u"Two"_s, u"The council of the city met."_s));
    SearchQuery query;
    query.text = u"city council"_s;
    QCOMPARE(m_store->search(query)->size(), 2);
    query.text = u"\"city council\""_s;
    const QList<SearchHit> hits = m_store->search(query).value();
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.at(0).summary.id, phrase);
    query.text = u"\"council city\""_s;
    QCOMPARE(m_store->search(query)->size(), 0);
    query.text = u"\"council of the\" met"_s;
    QCOMPARE(m_store->search(query)->at(0).summary.id, apart);
    query.text = u"council missingword"_s; // every word is required
    QCOMPARE(m_store->search(query)->size(), 0);
}

void tst_SqliteSearch::searchDiacritics()
{
    const qint64 id = create(smallArticle(u"Café in Zürich"_s, u"Crème brûlée."_s));
    SearchQuery query;
    for (const QString &text : {u"cafe zurich"_s, u"CAFÉ"_s, u"creme brulee"_s}) {
        query.text = text;
        const QList<SearchHit> hits = m_store->search(query).value();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0).summary.id, id);
    }
}

void tst_SqliteSearch::searchSnippet()
{
    create(Testing::fullArticle());
    SearchQuery query;
    query.text = u"assemble"_s;
    const QList<SearchHit> hits = m_store->search(query).value();
    QCOMPARE(hits.size(), 1);
    const QString snippet = hits.at(0).snippet;
    QVERIFY2(snippet.contains(SnippetOpen + u"assemble"_s + SnippetClose), qPrintable(snippet));
    QVERIFY(snippet.contains(SnippetEllipsis));
    QVERIFY(!snippet.contains(u'\n'));
    QCOMPARE(hits.at(0).summary.headline, Testing::fullArticle().headline);
}

void tst_SqliteSearch::searchSnippetShowsLinkText()
{
    create(smallArticle(u"Harbour news"_s,
        u"Passengers should read the **new** [ferry timetable](https://harbour.example/"
        "timetable.pdf) before travelling on *Monday*."_s));
    SearchQuery query;
    query.text = u"timetable"_s;
    const QList<SearchHit> hits = m_store->search(query).value();
    QCOMPARE(hits.size(), 1);
    const QString snippet = hits.at(0).snippet;
    QVERIFY2(snippet.contains(u"new ferry "_s + SnippetOpen + u"timetable"_s + SnippetClose
                 + u" before travelling on Monday."_s),
        qPrintable(snippet));
    for (const QString &syntax : {u"]("_s, u"https"_s, u"pdf"_s, u"*"_s, u"["_s})
        QVERIFY2(!snippet.contains(syntax), qPrintable(snippet));
}

void tst_SqliteSearch::searchSnippetPrefersHeadline()
{
    create(smallArticle(
        u"Lighthouse keeper retires"_s, u"After forty years the lighthouse goes dark."_s));
    SearchQuery query;
    query.text = u"lighthouse"_s;
    const QList<SearchHit> hits = m_store->search(query).value();
    QCOMPARE(hits.size(), 1);
    QCOMPARE(
        hits.at(0).snippet, SnippetOpen + u"Lighthouse"_s + SnippetClose + u" keeper retires"_s);
}

void tst_SqliteSearch::searchSnippetHighlights_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("highlighted");
    QTest::addColumn<QString>("plain"); // the snippet without its markers

    QTest::newRow("body word") << u"The ferry leaves at noon."_s << u"ferry"_s << u"ferry"_s
                               << u"The ferry leaves at noon."_s;
    QTest::newRow("phrase") << u"The council of the city met the city council."_s
                            << u"\"city council\""_s << u"city council"_s
                            << u"The council of the city met the city council."_s;
    QTest::newRow("diacritics") << u"Coffee at the Café Zentral."_s << u"cafe"_s << u"Café"_s
                                << u"Coffee at the Café Zentral."_s;
    QTest::newRow("diacritics in the term") << u"Creme brulee in Zurich."_s << u"ZÜRICH crème"_s
                                            << u"Creme"_s << u"Creme brulee in Zurich."_s;
    QTest::newRow("case") << u"NASA launched it."_s << u"nasa"_s << u"NASA"_s
                          << u"NASA launched it."_s;
    QTest::newRow("cjk") << u"今日 東京 は 晴れ"_s << u"東京"_s << u"東京"_s
                         << u"今日 東京 は 晴れ"_s;
    // JSON escapes in the stored content; Markdown escapes are then dropped by readable().
    QTest::newRow("escaped json") << u"Line one\n\"Quoted\" tab\there, ferry."_s << u"ferry"_s
                                  << u"ferry"_s << u"Line one \"Quoted\" tab here, ferry."_s;
    QTest::newRow("backslashes before quotes")
        << u"A \\\\\"quoted\\\\\" ferry \\\\ path\\\\"_s << u"ferry"_s << u"ferry"_s
        << u"A \"quoted\" ferry \\ path\\"_s;
}

void tst_SqliteSearch::searchSnippetHighlights()
{
    QFETCH(QString, body);
    QFETCH(QString, text);
    QFETCH(QString, highlighted);
    QFETCH(QString, plain);
    create(smallArticle(u"Harbour news"_s, body));
    SearchQuery query;
    query.text = text;
    const QList<SearchHit> hits = m_store->search(query).value();
    QCOMPARE(hits.size(), 1);
    const QString snippet = hits.at(0).snippet;
    QVERIFY2(snippet.contains(SnippetOpen + highlighted + SnippetClose), qPrintable(snippet));
    QCOMPARE(QString(snippet).remove(SnippetOpen).remove(SnippetClose), plain);
}

void tst_SqliteSearch::searchSnippetFallback()
{
    // The index holds a byline's name and role as one text, so a phrase across them matches;
    // the stored content keeps them apart, and only FTS5's own snippet finds it.
    create(everyField());
    SearchQuery query;
    query.text = u"\"bylinename zqbylinerole\""_s;
    const QList<SearchHit> hits = m_store->search(query).value();
    QCOMPARE(hits.size(), 1);
    const QString snippet = hits.at(0).snippet;
    QVERIFY2(snippet.contains(SnippetOpen + u"Bylinename"_s), qPrintable(snippet));
    QVERIFY2(snippet.contains(u"zqbylinerole"_s + SnippetClose), qPrintable(snippet));
}

void tst_SqliteSearch::searchFiltersAndTrash()
{
    QVERIFY(m_library->addListArticles());
    SearchQuery query;
    query.text = u"plain"_s;
    QCOMPARE(m_store->search(query)->size(), 5);
    query.filter.statuses = {ArticleStatus::Published};
    QCOMPARE(m_store->search(query)->size(), 2);
    query.filter.category = u"Culture"_s;
    const QList<SearchHit> hits = m_store->search(query).value();
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.at(0).summary.headline, u"Date palms"_s);
    query.filter = {};
    query.filter.author = u"Bea Byline"_s;
    QCOMPARE(m_store->search(query)->size(), 2);

    // Trashed articles beyond the limit do not crowd out live ones.
    query.filter = {};
    query.limit = 2;
    for (const ArticleSummary &row : m_store->list({}).value().mid(0, 3))
        QVERIFY(m_store->moveToTrash(row.id));
    const QList<SearchHit> live = m_store->search(query).value();
    QCOMPARE(live.size(), 2);
    for (const SearchHit &hit : live)
        QVERIFY(!hit.summary.trashed);
}

void tst_SqliteSearch::searchLimit()
{
    QList<Article> batch;
    for (int i = 0; i < 30; ++i)
        batch.append(smallArticle(u"Tram %1"_s.arg(i)));
    QVERIFY(m_store->importArticles(batch, withRevision()));
    SearchQuery query;
    query.text = u"tram"_s;
    query.limit = 7;
    QCOMPARE(m_store->search(query)->size(), 7);
    query.limit = -1;
    QCOMPARE(m_store->search(query)->size(), 30);
}

void tst_SqliteSearch::searchHostileText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("hits"); // against "The city council's (draft) budget: 50% more*"

    QTest::newRow("lone quote") << u"\""_s << 0;
    QTest::newRow("three quotes") << u"\"city\" council\""_s << 1;
    QTest::newRow("apostrophe") << u"council's"_s << 1;
    QTest::newRow("NEAR") << u"NEAR(city budget)"_s << 0; // the phrase "near city"
    QTest::newRow("near as a word") << u"NEAR city"_s << 0;
    QTest::newRow("NEAR with distance") << u"NEAR(city budget, 2)"_s << 0;
    QTest::newRow("AND OR NOT") << u"city AND budget OR NOT"_s << 0;
    QTest::newRow("star") << u"bud*"_s << 0;
    QTest::newRow("star alone") << u"*"_s << 0;
    QTest::newRow("caret") << u"^city"_s << 1;
    QTest::newRow("plus") << u"city + budget"_s << 1;
    QTest::newRow("parentheses") << u"(city) ((budget"_s << 1;
    QTest::newRow("column filter") << u"headline:city"_s << 0;
    QTest::newRow("column set") << u"{headline dek}: city"_s << 0;
    QTest::newRow("minus") << u"-city"_s << 1;
    QTest::newRow("colon") << u"budget:"_s << 1;
    QTest::newRow("percent") << u"50%"_s << 1;
    QTest::newRow("sql") << u"'); DROP TABLE articles; --"_s << 0;
    QTest::newRow("backslash") << u"\\ city \\"_s << 1;
    QTest::newRow("only punctuation") << u"()*^:\"-+"_s << 0;
    QTest::newRow("nul") << u"city\u0000budget"_s << 1;
}

void tst_SqliteSearch::searchHostileText()
{
    QFETCH(QString, text);
    QFETCH(int, hits);
    create(smallArticle(u"Budget"_s, u"The city council's (draft) budget: 50% more*"_s));
    SearchQuery query;
    query.text = text;
    const Result<QList<SearchHit>> result = m_store->search(query);
    QVERIFY2(result, result ? "" : qPrintable(result.error().message));
    QCOMPARE(result->size(), hits);
    QCOMPARE(m_store->count({}).value(), 1);
}

void tst_SqliteSearch::searchEmptyText()
{
    SearchQuery query;
    query.text = u"   "_s;
    const Result<QList<SearchHit>> result = m_store->search(query);
    QVERIFY(!result);
    QCOMPARE(result.error().code, Error::Code::InvalidInput);
}

QTEST_GUILESS_MAIN(tst_SqliteSearch)
#include "tst_sqlitesearch.moc"
