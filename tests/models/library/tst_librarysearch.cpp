// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// Full-text search through the Library interfaces, on both backends with the same
// expectations: every text part is searchable, all words are required, phrases match as
// phrases, headline hits rank first, snippets mark the match, filters and the trash apply,
// limits hold and hostile text is only text. Word forms and stop words differ by design: a team
// library stems with the configuration of the article's language and leaves out its stop
// words (PostgresSearch), a local library matches words as written (FTS5 unicode61);
// searchWordForms() asserts each. Known bugs of the team library are QEXPECT_FAIL. The
// library has no people; statuses and owners are set with BackendLibrary::force(). The last
// word of the text, still being typed, matches the words it begins (searchAsYouType()).
#include "articlefactory.h"
#include "backendlibrary.h"

#include <QStandardPaths>
#include <QTest>
#include <optional>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

/// A headline and one section.
Article smallArticle(const QString &headline, const QString &body = u"Plain text."_s)
{
    Article article;
    article.headline = headline;
    ArticlePart section = ArticlePart::make(ArticlePart::Kind::Section, u"Section"_s);
    section.body = body;
    article.parts.append(section);
    return article;
}

QStringList headlinesOf(const QList<SearchHit> &hits)
{
    QStringList result;
    for (const SearchHit &hit : hits)
        result.append(hit.summary.headline);
    result.sort(Qt::CaseInsensitive);
    return result;
}

} // namespace

class tst_LibrarySearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void searchEveryTextPart_data();
    void searchEveryTextPart();
    void searchRanksHeadlineFirst();
    void searchWordsAllRequired();
    void searchPhrases();
    void searchWordForms();
    void searchAsYouType_data();
    void searchAsYouType();
    void searchAsYouTypeRanksWholeWordFirst();
    void searchDiacritics();
    void searchSnippet();
    void searchSnippetOfStemmedForms();
    void searchSnippetShowsLinkText();
    void searchSnippetPrefersHeadline();
    void searchSnippetHighlights_data();
    void searchSnippetHighlights();
    void searchFiltersAndTrash();
    void searchLimit();
    void searchHostileText_data();
    void searchHostileText();
    void searchEmptyText_data();
    void searchEmptyText();

private:
    ArticleStore &store() { return *m_library->library()->articles(); }
    /// Creates `article`; 0 (and a warning) on failure.
    qint64 create(const Article &article);
    QList<SearchHit> search(const QString &text, const LibraryQuery &filter = {}, int limit = 50);

    std::optional<BackendLibrary> m_library;
};

void tst_LibrarySearch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (const QString why = BackendLibrary::unavailable(); !why.isEmpty())
        QSKIP(qPrintable(why));
}

void tst_LibrarySearch::init()
{
    m_library.emplace();
    QVERIFY2(m_library->isValid(), qPrintable(m_library->error()));
}

void tst_LibrarySearch::cleanup()
{
    m_library.reset();
}

qint64 tst_LibrarySearch::create(const Article &article)
{
    SaveOptions options;
    options.author = u"jdoe"_s;
    const Result<qint64> id = store().create(article, options);
    if (!id)
        qWarning() << id.error().message;
    return id ? *id : 0;
}

QList<SearchHit> tst_LibrarySearch::search(
    const QString &text, const LibraryQuery &filter, int limit)
{
    SearchQuery query;
    query.text = text;
    query.filter = filter;
    query.limit = limit;
    const Result<QList<SearchHit>> hits = store().search(query);
    if (!hits) {
        qWarning() << text << hits.error().message;
        return {};
    }
    return *hits;
}

void tst_LibrarySearch::searchEveryTextPart_data()
{
    QTest::addColumn<QString>("word");
    for (const char *word : {"zqheadline", "zqdek", "bylinename", "zqbylinerole", "zqdateline",
             "zqtag", "zqcaption", "zqalt", "zqcredit", "zqlede", "zqsectiontitle", "zqsectionbody",
             "zqkeyfact", "zqquotetext", "zqspeaker", "zqspeakerrole", "zqtakeawaytitle",
             "zqtakeaway", "zqquestion", "zqanswer", "zqreftitle", "zqpublisher"}) {
        QTest::newRow(word) << QString::fromLatin1(word);
    }
}

void tst_LibrarySearch::searchEveryTextPart()
{
    QFETCH(QString, word);
    const qint64 id = create(Testing::everyFieldArticle());
    QVERIFY(id > 0);
    QVERIFY(create(Testing::fullArticle()) > 0);
    const QList<SearchHit> hits = search(word);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.at(0).summary.id, id);
    QVERIFY2(hits.at(0).snippet.contains(SnippetOpen + word, Qt::CaseInsensitive),
        qPrintable(hits.at(0).snippet));

    // Ids, kinds and URLs are not text.
    QCOMPARE(search(u"zqurl"_s).size(), 0);
    QCOMPARE(search(u"keyFacts"_s).size(), 0);
}

void tst_LibrarySearch::searchRanksHeadlineFirst()
{
    const qint64 inBody = create(smallArticle(u"Weather report"_s,
        u"Lots of words about many things, and somewhere the lighthouse is mentioned once."_s));
    const qint64 inHeadline = create(smallArticle(u"Lighthouse keeper retires"_s,
        u"Lots of words about many things, none of them that one."_s));
    const QList<SearchHit> hits = search(u"lighthouse"_s);
    QCOMPARE(hits.size(), 2);
    QCOMPARE(hits.at(0).summary.id, inHeadline);
    QCOMPARE(hits.at(1).summary.id, inBody);
    QVERIFY(hits.at(0).rank < hits.at(1).rank); // lower is better on both
}

void tst_LibrarySearch::searchWordsAllRequired()
{
    const qint64 both = create(smallArticle(u"Tram line"_s, u"The tram reaches the harbour."_s));
    const qint64 tram = create(smallArticle(u"Tram fares"_s, u"Fares rise in June."_s));
    QVERIFY(create(smallArticle(u"Harbour dues"_s, u"Ships pay more."_s)) > 0);
    QCOMPARE(headlinesOf(search(u"tram"_s)), (QStringList {u"Tram fares"_s, u"Tram line"_s}));
    const QList<SearchHit> hits = search(u"harbour tram"_s);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.at(0).summary.id, both);
    QCOMPARE(search(u"TRAM June"_s).at(0).summary.id, tram); // case does not matter
    QCOMPARE(search(u"tram harbour ships"_s).size(), 0);
}

void tst_LibrarySearch::searchPhrases()
{
    const qint64 phrase
        = create(smallArticle(u"One"_s, u"The city council approved the budget."_s));
    const qint64 apart = create(smallArticle(u"Two"_s, u"The council of the city met."_s));
    QCOMPARE(search(u"city council"_s).size(), 2);
    const QList<SearchHit> hits = search(u"\"city council\""_s);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.at(0).summary.id, phrase);
    QCOMPARE(search(u"\"council city\""_s).size(), 0);
    const QList<SearchHit> met = search(u"\"council of the\" met"_s);
    QCOMPARE(met.size(), 1);
    QCOMPARE(met.at(0).summary.id, apart);
    QCOMPARE(search(u"council missingword"_s).size(), 0); // every word is required
    QCOMPARE(search(u"\"city council\" missingword"_s).size(), 0);
}

void tst_LibrarySearch::searchWordForms()
{
    Article article
        = smallArticle(u"Lighthouse keeper retires"_s, u"After forty years he leaves."_s);
    article.language = u"en"_s;
    const qint64 id = create(article);
    QVERIFY(id > 0);
    QCOMPARE(search(u"retires"_s).size(), 1);
    // English stemming on a team library: another form of the word finds it, a stop word alone
    // finds nothing (not even the article that has it). SQLite matches words as written.
    QCOMPARE(search(u"retiring"_s).size(), BackendLibrary::isPostgres() ? 1 : 0);
    QCOMPARE(search(u"leave "_s).size(), BackendLibrary::isPostgres() ? 1 : 0);
    QCOMPARE(search(u"leave"_s).size(), 1); // still being typed: it begins "leaves"
    // The word being typed is stemmed there too ("keepers" is the prefix 'keeper'); here it
    // only begins words.
    QCOMPARE(search(u"keepers"_s).size(), BackendLibrary::isPostgres() ? 1 : 0);
    QCOMPARE(search(u"keep"_s).size(), 1);
    QCOMPARE(search(u"he"_s).size(), BackendLibrary::isPostgres() ? 0 : 1);
    // …and a stop word among other words is left out there, required here.
    QCOMPARE(search(u"he keeper"_s).size(), 1);
    QCOMPARE(search(u"the keeper"_s).size(), BackendLibrary::isPostgres() ? 1 : 0);
    if (!BackendLibrary::isPostgres())
        return;
    // The snippet marks the form the article has: the headline's "retires" for "retiring"
    // (stem 'retir'), the dek's "leaves" for "leave " (stem 'leav').
    QCOMPARE(search(u"retiring"_s).at(0).snippet,
        u"Lighthouse keeper "_s + SnippetOpen + u"retires"_s + SnippetClose);
    QCOMPARE(search(u"leave "_s).at(0).snippet,
        u"After forty years he "_s + SnippetOpen + u"leaves"_s + SnippetClose + u'.');
}

void tst_LibrarySearch::searchSnippetOfStemmedForms()
{
    if (!BackendLibrary::isPostgres())
        QSKIP("a local library matches words as written");
    // Only in the text: the stemmer makes 'ferri' of "ferries" and of "ferry"; the snippet marks
    // "ferry", which neither the word typed nor the stem begins.
    Article article = smallArticle(u"Harbour news"_s, u"What changes this winter."_s);
    article.language = u"en"_s;
    article.lede = u"The old ferry to the island stops in March."_s;
    QVERIFY(create(article) > 0);
    const QList<SearchHit> hits = search(u"ferries "_s);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.at(0).snippet,
        u"The old "_s + SnippetOpen + u"ferry"_s + SnippetClose
            + u" to the island stops in March."_s);
    // Irregular forms, whose stem begins no word of the text ('sky' of "skies", 'die' of
    // "dying"): the server's ts_headline marks them.
    Article weather = smallArticle(u"Weather"_s, u"Grey skies over the dying orchards."_s);
    weather.language = u"en"_s;
    QVERIFY(create(weather) > 0);
    const QList<SearchHit> sky = search(u"sky "_s);
    QCOMPARE(sky.size(), 1);
    QVERIFY2(sky.at(0).snippet.contains(SnippetOpen + u"skies"_s + SnippetClose),
        qPrintable(sky.at(0).snippet));
    const QList<SearchHit> die = search(u"die "_s);
    QCOMPARE(die.size(), 1);
    QVERIFY2(die.at(0).snippet.contains(SnippetOpen + u"dying"_s + SnippetClose),
        qPrintable(die.at(0).snippet));
}

void tst_LibrarySearch::searchAsYouType_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("headlines");

    const QStringList all {u"Harbour dues"_s, u"Harbourmaster retires"_s, u"Tram line"_s};
    QTest::newRow("last word begins words") << u"harbo"_s << all;
    QTest::newRow("whole word too") << u"harbour"_s << all;
    QTest::newRow("case") << u"HARBO"_s << all;
    QTest::newRow("longer word") << u"harbourm"_s << QStringList {u"Harbourmaster retires"_s};
    QTest::newRow("finished with a space") << u"harbo "_s << QStringList {};
    QTest::newRow("earlier words are whole") << u"harbo dues"_s << QStringList {};
    QTest::newRow("after a whole word") << u"harbour due"_s << QStringList {u"Harbour dues"_s};
    QTest::newRow("after a phrase") << u"\"the tram\" harb"_s << QStringList {u"Tram line"_s};
    QTest::newRow("closed phrase is whole") << u"\"harbo\""_s << QStringList {};
    QTest::newRow("unclosed phrase is whole") << u"\"harbour due"_s << QStringList {};
    QTest::newRow("too short to begin words") << u"ha"_s << QStringList {};
    QTest::newRow("punctuation around") << u"(harbo*"_s << all;
    QTest::newRow("tsquery syntax") << u"harbo:*"_s << all;
    QTest::newRow("no such beginning") << u"harbx"_s << QStringList {};
}

void tst_LibrarySearch::searchAsYouType()
{
    QFETCH(QString, text);
    QFETCH(QStringList, headlines);
    QVERIFY(create(smallArticle(u"Harbour dues"_s, u"Ships pay more."_s)) > 0);
    QVERIFY(create(smallArticle(u"Harbourmaster retires"_s, u"Forty years at the port."_s)) > 0);
    QVERIFY(create(smallArticle(u"Tram line"_s, u"The tram reaches the harbour."_s)) > 0);
    QCOMPARE(headlinesOf(search(text)), headlines);
}

void tst_LibrarySearch::searchAsYouTypeRanksWholeWordFirst()
{
    // Words most articles lack weigh more (bm25), so the library needs more than these two.
    QList<Article> others;
    for (int i = 0; i < 8; ++i)
        others.append(smallArticle(u"Tram %1"_s.arg(i)));
    QVERIFY(store().importArticles(others, {}));
    const qint64 longer = create(smallArticle(u"Harbourmaster retires"_s));
    const qint64 whole = create(smallArticle(u"Harbour dues"_s));
    const QList<SearchHit> hits = search(u"harbour"_s);
    QCOMPARE(hits.size(), 2);
    QCOMPARE(hits.at(0).summary.id, whole);
    QCOMPARE(hits.at(1).summary.id, longer);
    QVERIFY(hits.at(0).rank < hits.at(1).rank);
    // The snippet marks the whole word a prefix found.
    const QList<SearchHit> typed = search(u"harbourm"_s);
    QCOMPARE(typed.size(), 1);
    QCOMPARE(typed.at(0).snippet, SnippetOpen + u"Harbourmaster"_s + SnippetClose + u" retires"_s);
}

void tst_LibrarySearch::searchDiacritics()
{
    // Both libraries fold diacritics in the index and in the query, as SQLite's unicode61
    // tokenizer does (remove_diacritics 2): the text as written, the text without its marks and
    // a word written with marks that the article has without all find the same articles, and
    // the snippet marks the word as the article spells it.
    const qint64 id = create(smallArticle(u"Café in Zürich"_s, u"Crème brûlée by Anna Müller."_s));
    const qint64 plain = create(smallArticle(u"Cafe owners meet"_s, u"Muller speaks."_s));
    for (const QString &text : {u"café zürich"_s, u"CAFÉ zür"_s, u"crème brûlée"_s,
             u"cafe zurich"_s, u"creme brulee"_s, u"CREME"_s, u"brûl"_s, u"brul"_s}) {
        const QList<SearchHit> hits = search(text);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0).summary.id, id);
    }
    for (const QString &text : {u"café "_s, u"cafe "_s, u"CAFÉ "_s, u"Müller "_s, u"muller "_s,
             u"MULLER "_s, u"müll"_s, u"mull"_s}) {
        const QList<SearchHit> hits = search(text);
        QCOMPARE(hits.size(), 2);
        QVERIFY(hits.at(0).summary.id == id || hits.at(1).summary.id == id);
        QVERIFY(hits.at(0).summary.id == plain || hits.at(1).summary.id == plain);
    }
    const QList<SearchHit> muller = search(u"muller anna"_s);
    QCOMPARE(muller.size(), 1);
    QVERIFY2(muller.at(0).snippet.contains(SnippetOpen + u"Müller"_s + SnippetClose),
        qPrintable(muller.at(0).snippet));
    const QList<SearchHit> cafe = search(u"cafe owners"_s);
    QCOMPARE(cafe.size(), 1);
    QCOMPARE(cafe.at(0).summary.id, plain);
}

void tst_LibrarySearch::searchSnippet()
{
    QVERIFY(create(Testing::fullArticle()) > 0);
    const QList<SearchHit> hits = search(u"assemble"_s);
    QCOMPARE(hits.size(), 1);
    const QString snippet = hits.at(0).snippet;
    QVERIFY2(snippet.contains(SnippetOpen + u"assemble"_s + SnippetClose), qPrintable(snippet));
    QVERIFY2(snippet.contains(SnippetEllipsis), qPrintable(snippet));
    QVERIFY(!snippet.contains(u'\n'));
    QVERIFY2(snippet.size() < 400, qPrintable(snippet));
    QCOMPARE(hits.at(0).summary.headline, Testing::fullArticle().headline);
}

void tst_LibrarySearch::searchSnippetShowsLinkText()
{
    QVERIFY(create(smallArticle(u"Harbour news"_s,
                u"Passengers should read the **new** [ferry timetable](https://harbour.example/"
                "timetable.pdf) before travelling on *Monday*."_s))
        > 0);
    const QList<SearchHit> hits = search(u"timetable"_s);
    QCOMPARE(hits.size(), 1);
    const QString snippet = hits.at(0).snippet;
    QVERIFY2(snippet.contains(u"new ferry "_s + SnippetOpen + u"timetable"_s + SnippetClose
                 + u" before travelling on Monday."_s),
        qPrintable(snippet));
    for (const QString &syntax : {u"]("_s, u"https"_s, u"pdf"_s, u"*"_s, u"["_s})
        QVERIFY2(!snippet.contains(syntax), qPrintable(snippet));
}

void tst_LibrarySearch::searchSnippetPrefersHeadline()
{
    QVERIFY(create(smallArticle(
                u"Lighthouse keeper retires"_s, u"After forty years the lighthouse goes dark."_s))
        > 0);
    const QList<SearchHit> hits = search(u"lighthouse"_s);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(
        hits.at(0).snippet, SnippetOpen + u"Lighthouse"_s + SnippetClose + u" keeper retires"_s);
}

void tst_LibrarySearch::searchSnippetHighlights_data()
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
    QTest::newRow("case") << u"NASA launched it."_s << u"nasa"_s << u"NASA"_s
                          << u"NASA launched it."_s;
    QTest::newRow("diacritics") << u"Coffee at the Café Zentral."_s << u"café"_s << u"Café"_s
                                << u"Coffee at the Café Zentral."_s;
    QTest::newRow("diacritics folded") << u"Coffee at the Café Zentral."_s << u"cafe"_s << u"Café"_s
                                       << u"Coffee at the Café Zentral."_s;
    QTest::newRow("cjk") << u"今日 東京 は 晴れ"_s << u"東京"_s << u"東京"_s
                         << u"今日 東京 は 晴れ"_s;
    // JSON escapes in the stored content; Markdown escapes are then dropped.
    QTest::newRow("escaped json") << u"Line one\n\"Quoted\" tab\there, ferry."_s << u"ferry"_s
                                  << u"ferry"_s << u"Line one \"Quoted\" tab here, ferry."_s;
    QTest::newRow("backslashes before quotes")
        << u"A \\\\\"quoted\\\\\" ferry \\\\ path\\\\"_s << u"ferry"_s << u"ferry"_s
        << u"A \"quoted\" ferry \\ path\\"_s;
}

void tst_LibrarySearch::searchSnippetHighlights()
{
    QFETCH(QString, body);
    QFETCH(QString, text);
    QFETCH(QString, highlighted);
    QFETCH(QString, plain);
    QVERIFY(create(smallArticle(u"Harbour news"_s, body)) > 0);
    const QList<SearchHit> hits = search(text);
    QCOMPARE(hits.size(), 1);
    // A phrase may come marked word by word; a view shows that the same as one mark.
    const QString snippet
        = QString(hits.at(0).snippet).replace(QString(SnippetClose) + u' ' + SnippetOpen, u" "_s);
    QVERIFY2(snippet.contains(SnippetOpen + highlighted + SnippetClose), qPrintable(snippet));
    const QString shown = QString(snippet).remove(SnippetOpen).remove(SnippetClose);
    QVERIFY2(shown.contains(highlighted), qPrintable(shown));
    QCOMPARE(shown, plain);
}

void tst_LibrarySearch::searchFiltersAndTrash()
{
    // Every body says "Plain text."
    const QList<qint64> ids = m_library->addListArticles();
    QVERIFY2(!ids.isEmpty(), qPrintable(m_library->error()));

    QCOMPARE(search(u"plain"_s).size(), 5);
    LibraryQuery filter;
    filter.statuses = {ArticleStatus::Published};
    QCOMPARE(headlinesOf(search(u"plain"_s, filter)),
        (QStringList {u"Apple prices"_s, u"Date palms"_s}));
    filter.category = u"Culture"_s;
    QCOMPARE(headlinesOf(search(u"plain"_s, filter)), QStringList {u"Date palms"_s});
    filter = {};
    filter.author = u"Bea Byline"_s;
    QCOMPARE(headlinesOf(search(u"plain"_s, filter)),
        (QStringList {u"banana harvest"_s, u"Date palms"_s}));
    filter.author = u"bob"_s; // an owner
    QCOMPARE(headlinesOf(search(u"plain"_s, filter)),
        (QStringList {u"Apple prices"_s, u"elderberry wine"_s}));
    filter = {};
    filter.statuses = {ArticleStatus::Spiked};
    QCOMPARE(search(u"plain"_s, filter).size(), 0);
    filter = {};
    filter.ids = QList<qint64> {ids.at(0), ids.at(4)};
    QCOMPARE(headlinesOf(search(u"plain"_s, filter)),
        (QStringList {u"banana harvest"_s, u"elderberry wine"_s}));

    // Trashed articles are found only in the trash, and beyond the limit they do not crowd
    // out live ones.
    for (const qint64 id : ids.mid(0, 3))
        QVERIFY(store().moveToTrash(id));
    const QList<SearchHit> live = search(u"plain"_s, {}, 2);
    QCOMPARE(live.size(), 2);
    for (const SearchHit &hit : live)
        QVERIFY(!hit.summary.trashed);
    QCOMPARE(headlinesOf(live), (QStringList {u"Date palms"_s, u"elderberry wine"_s}));
    filter = {};
    filter.trash = true;
    const QList<SearchHit> trashed = search(u"plain"_s, filter);
    QCOMPARE(headlinesOf(trashed),
        (QStringList {u"Apple prices"_s, u"banana harvest"_s, u"cherry festival"_s}));
    for (const SearchHit &hit : trashed)
        QVERIFY(hit.summary.trashed);
}

void tst_LibrarySearch::searchLimit()
{
    QList<Article> batch;
    for (int i = 0; i < 30; ++i)
        batch.append(smallArticle(u"Tram %1"_s.arg(i)));
    const Result<QList<qint64>> imported = store().importArticles(batch, {});
    QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
    QCOMPARE(search(u"tram"_s, {}, 7).size(), 7);
    QCOMPARE(search(u"tram"_s, {}, -1).size(), 30);
    QCOMPARE(search(u"tram"_s, {}, 50).size(), 30);
    QCOMPARE(search(u"tram"_s, {}, 0).size(), 0);
}

void tst_LibrarySearch::searchHostileText_data()
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
    QTest::newRow("star") << u"bud*"_s << 1; // the word being typed: "bud" begins "budget"
    QTest::newRow("star then space") << u"bud* "_s << 0;
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
    QTest::newRow("tsquery prefix") << u"bud:*"_s << 1;
    QTest::newRow("tsquery operators") << u"city & !budget | (more)"_s << 1;
    QTest::newRow("tsquery quote") << u"council's:* & 'bud"_s << 1;
    QTest::newRow("nul in typed word") << u"city bud\u0000"_s << 0; // "bud" is finished
    QTest::newRow("10 kB word") << QString(10000, u'x') << 0;
    QTest::newRow("10 kB word being typed") << QString(10000, u'b') << 0;
    QTest::newRow("10 kB of words") << u"city "_s.repeated(2000) << 1;
    QTest::newRow("10 kB phrase") << u"\""_s + u"city council "_s.repeated(800) + u"\""_s << 0;
    QTest::newRow("10 kB of punctuation") << u"*:&!()'\\"_s.repeated(1200) + u"budget"_s << 1;
}

void tst_LibrarySearch::searchHostileText()
{
    QFETCH(QString, text);
    QFETCH(int, hits);
    QVERIFY(
        create(smallArticle(u"Budget"_s, u"The city council's (draft) budget: 50% more*"_s)) > 0);
    SearchQuery query;
    query.text = text;
    const Result<QList<SearchHit>> result = store().search(query);
    QVERIFY2(result, result ? "" : qPrintable(result.error().message));
    QCOMPARE(result->size(), hits);
    QCOMPARE(store().count({}).value(), 1);
}

void tst_LibrarySearch::searchEmptyText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << u"   "_s;
    QTest::newRow("tab and newline") << u"\t\n"_s;
}

void tst_LibrarySearch::searchEmptyText()
{
    QFETCH(QString, text);
    QVERIFY(create(smallArticle(u"Budget"_s)) > 0);
    SearchQuery query;
    query.text = text;
    const Result<QList<SearchHit>> result = store().search(query);
    QVERIFY(!result);
    QCOMPARE(result.error().code, Error::Code::InvalidInput);
}

QTEST_GUILESS_MAIN(tst_LibrarySearch)
#include "tst_librarysearch.moc"
