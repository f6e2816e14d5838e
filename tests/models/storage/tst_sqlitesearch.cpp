// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// What only SQLite's search does: how typed text becomes an FTS5 MATCH expression, diacritics
// folded in the term, and FTS5's own snippet where the stored text has none. Everything search
// does on both backends: tests/models/library/tst_librarysearch.
#include "articlefactory.h"
#include "sqlitesearch.h"
#include "temporarylibrary.h"

#include <QStandardPaths>
#include <QTest>
#include <optional>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

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
    void typedTerms_data();
    void typedTerms();

    void searchSnippetHighlights_data();
    void searchSnippetHighlights();
    void searchSnippetFallback();
    void saveKeepsTheIndexAndBylines_data();
    void saveKeepsTheIndexAndBylines();

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

    QTest::newRow("words") << u"city council "_s << u"\"city\" AND \"council\""_s;
    QTest::newRow("word being typed")
        << u"city coun"_s << u"\"city\" AND (\"coun\" OR \"coun\"*)"_s;
    QTest::newRow("phrase") << u"\"city council\" tax"_s
                            << u"\"city council\" AND (\"tax\" OR \"tax\"*)"_s;
    QTest::newRow("near") << u"NEAR(a b, 3)"_s << u"\"NEAR(a\" AND \"b,\" AND \"3)\""_s;
    QTest::newRow("prefix and caret") << u"^budg*"_s << u"(\"^budg*\" OR \"^budg*\"*)"_s;
    QTest::newRow("prefix and caret, finished") << u"^budg* "_s << u"\"^budg*\""_s;
    QTest::newRow("nothing") << u"\"\" *"_s << QString();
}

void tst_SqliteSearch::matchExpression()
{
    QFETCH(QString, text);
    QFETCH(QString, expression);
    QCOMPARE(SqliteSearch::matchExpression(text), expression);
}

void tst_SqliteSearch::typedTerms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("terms");
    QTest::addColumn<bool>("lastIsPrefix");

    QTest::newRow("typing") << u"city coun"_s << QStringList {u"city"_s, u"coun"_s} << true;
    QTest::newRow("space after") << u"city coun "_s << QStringList {u"city"_s, u"coun"_s} << false;
    QTest::newRow("short") << u"city co"_s << QStringList {u"city"_s, u"co"_s} << false;
    QTest::newRow("three letters") << u"cou"_s << QStringList {u"cou"_s} << true;
    QTest::newRow("letters counted, not punctuation")
        << u"(co)"_s << QStringList {u"(co)"_s} << false;
    QTest::newRow("closed phrase") << u"\"city coun\""_s << QStringList {u"city coun"_s} << false;
    QTest::newRow("unclosed phrase") << u"\"city coun"_s << QStringList {u"city coun"_s} << false;
    QTest::newRow("after a phrase")
        << u"\"city hall\" coun"_s << QStringList {u"city hall"_s, u"coun"_s} << true;
    QTest::newRow("punctuation last") << u"city ***"_s << QStringList {u"city"_s} << false;
    QTest::newRow("control character after") << u"city\u0000"_s << QStringList {u"city"_s} << false;
    QTest::newRow("empty") << QString() << QStringList {} << false;
}

void tst_SqliteSearch::typedTerms()
{
    QFETCH(QString, text);
    QFETCH(QStringList, terms);
    QFETCH(bool, lastIsPrefix);
    const SearchText::TypedTerms typed = SearchText::typedTerms(text);
    QCOMPARE(typed.terms, terms);
    QCOMPARE(typed.lastIsPrefix, lastIsPrefix);
}

void tst_SqliteSearch::searchSnippetHighlights_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("highlighted");
    QTest::addColumn<QString>("plain"); // the snippet without its markers

    // FTS5 folds diacritics (remove_diacritics 2) in the text and in the term alike; the
    // snippet marks the word as written. Other highlights, on both backends:
    // tst_librarysearch.
    QTest::newRow("diacritics in the term") << u"Creme brulee in Zurich."_s << u"ZÜRICH crème"_s
                                            << u"Creme"_s << u"Creme brulee in Zurich."_s;
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
    create(Testing::everyFieldArticle());
    SearchQuery query;
    query.text = u"\"bylinename zqbylinerole\""_s;
    const QList<SearchHit> hits = m_store->search(query).value();
    QCOMPARE(hits.size(), 1);
    const QString snippet = hits.at(0).snippet;
    QVERIFY2(snippet.contains(SnippetOpen + u"Bylinename"_s), qPrintable(snippet));
    QVERIFY2(snippet.contains(u"zqbylinerole"_s + SnippetClose), qPrintable(snippet));
}

void tst_SqliteSearch::saveKeepsTheIndexAndBylines_data()
{
    // A save skips the text index when only the status or owner changed, and the byline rows
    // when the bylines did not: what search and the author filter see must follow every save.
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("found"); ///< A word only the saved text has; empty: none.
    QTest::newRow("status only") << u"status"_s << QString();
    QTest::newRow("owner only") << u"owner"_s << QString();
    QTest::newRow("status and text") << u"status+text"_s << u"zqnewword"_s;
    QTest::newRow("text only") << u"text"_s << u"zqnewword"_s;
    QTest::newRow("bylines") << u"bylines"_s << u"zqnewauthor"_s;
}

void tst_SqliteSearch::saveKeepsTheIndexAndBylines()
{
    QFETCH(QString, change);
    QFETCH(QString, found);
    Article article = Testing::fullArticle();
    article.lede += u" zqoldword"_s;
    const qint64 id = create(article);
    Article saved = m_store->load(id)->article;
    if (change.startsWith(u"status"_s))
        saved.status = ArticleStatus::InReview;
    if (change == u"owner"_s)
        saved.owner = u"someone else"_s;
    if (change.endsWith(u"text"_s))
        saved.lede.replace(u"zqoldword"_s, u"zqnewword"_s);
    if (change == u"bylines"_s)
        saved.bylines.append(Byline {u"Zqnewauthor"_s, u"Staff"_s});
    QVERIFY(m_store->save(id, saved, SaveOptions {u"ann"_s, {}, false}));

    QCOMPARE(m_store->load(id)->article, saved);
    const auto search = [&](const QString &text) {
        SearchQuery query;
        query.text = text;
        return m_store->search(query).value().size();
    };
    QCOMPARE(search(u"zqoldword"_s), change.endsWith(u"text"_s) ? 0 : 1);
    if (!found.isEmpty())
        QCOMPARE(search(found), 1);
    QCOMPARE(m_store->authors()->contains(u"Zqnewauthor"_s), change == u"bylines"_s);
    LibraryQuery byAuthor;
    byAuthor.author = u"Zqnewauthor"_s;
    QCOMPARE(*m_store->count(byAuthor), change == u"bylines"_s ? 1 : 0);
    // FTS5's own check and the content hashes agree with what is stored.
    QCOMPARE(m_store->checkIntegrity(true).value(), QStringList());
}

QTEST_GUILESS_MAIN(tst_SqliteSearch)
#include "tst_sqlitesearch.moc"
