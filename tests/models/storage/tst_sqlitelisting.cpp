// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// What only SQLite shows of a listing: every sort key, alone or with a status filtered, is served
// by an index (no temporary B-tree), a page after a row (keyset) is a range of it, and counting
// by status reads the kept counts. Sorting, paging, filters and counts on both backends:
// tests/models/library/tst_librarylisting.
#include "sqlitefilter.h"
#include "temporarylibrary.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <optional>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

class tst_SqliteListing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void sortUsesAnIndex_data();
    void sortUsesAnIndex();
    void countReadsKeptCounts_data();
    void countReadsKeptCounts();

private:
    /// SQLite's plan for `sql` with `values` bound, one line per step.
    QString plan(const QString &sql, const QVariantList &values);

    std::optional<TemporaryLibrary> m_library;
};

void tst_SqliteListing::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_SqliteListing::init()
{
    m_library.emplace();
    QVERIFY2(m_library->isValid(), qPrintable(m_library->error()));
}

void tst_SqliteListing::cleanup()
{
    m_library.reset();
}

QString tst_SqliteListing::plan(const QString &sql, const QVariantList &values)
{
    QStringList steps;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"plan"_s);
        db.setDatabaseName(m_library->path());
        if (!db.open())
            return db.lastError().text();
        QSqlQuery explain(db);
        if (!explain.prepare(u"EXPLAIN QUERY PLAN "_s + sql))
            return explain.lastError().text();
        for (qsizetype i = 0; i < values.size(); ++i)
            explain.bindValue(int(i), values.at(i));
        if (!explain.exec())
            return explain.lastError().text();
        while (explain.next())
            steps.append(explain.value(3).toString());
    }
    QSqlDatabase::removeDatabase(u"plan"_s);
    return steps.join(u'\n');
}

void tst_SqliteListing::sortUsesAnIndex_data()
{
    QTest::addColumn<SortKey>("sort");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QList<ArticleStatus>>("statuses");
    QTest::addColumn<QString>("index");
    // The sort keys of the library view, alone and with one status (the view's status filter).
    const struct
    {
        const char *name;
        SortKey sort;
        const char *index;
        const char *statusIndex;
    } keys[] = {
        {"modified", SortKey::Modified, "articles_live_modified", "articles_live_status_modified"},
        {"headline", SortKey::Headline, "articles_live_headline", "articles_live_status_headline"},
        {"status", SortKey::Status, "articles_live_status_order", "articles_live_status_modified"},
        {"category", SortKey::Category, "articles_live_category", "articles_live_status_category"},
        {"author", SortKey::Author, "articles_live_first_author",
            "articles_live_status_first_author"},
    };
    for (const auto &key : keys) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const char *direction = order == Qt::AscendingOrder ? "asc" : "desc";
            QTest::addRow("%s %s", key.name, direction)
                << key.sort << order << QList<ArticleStatus> {} << QString::fromLatin1(key.index);
            QTest::addRow("published by %s %s", key.name, direction)
                << key.sort << order << QList<ArticleStatus> {ArticleStatus::Published}
                << QString::fromLatin1(key.statusIndex);
        }
    }
}

void tst_SqliteListing::sortUsesAnIndex()
{
    QFETCH(SortKey, sort);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QList<ArticleStatus>, statuses);
    QFETCH(QString, index);
    LibraryQuery query;
    query.sort = sort;
    query.order = order;
    query.statuses = statuses;
    const SqliteFilter filter(query);
    const QString first
        = plan(u"SELECT a.id FROM articles AS a WHERE %1 ORDER BY %2 LIMIT 100"_s.arg(
                   filter.where(), filter.orderBy()),
            filter.values());
    QVERIFY2(first.contains(index), qPrintable(first));
    QVERIFY2(!first.contains(u"TEMP B-TREE"_s), qPrintable(first));

    // A page after a row reads a range of the same index, not the index from its start.
    ArticleSummary row;
    row.id = 7;
    row.headline = u"Harbour"_s;
    row.category = u"News"_s;
    row.authors = {u"Ann"_s};
    row.status = ArticleStatus::Published;
    row.modified = QDateTime::currentDateTimeUtc();
    query.after = row;
    const SqliteFilter after(query);
    const QString next
        = plan(u"SELECT a.id FROM articles AS a WHERE %1 AND %2 ORDER BY %3 LIMIT 100"_s.arg(
                   after.where(), after.after(), after.orderBy()),
            after.values() + after.afterValues());
    QVERIFY2(next.contains(u"SEARCH a USING INDEX %1 ("_s.arg(index)), qPrintable(next));
    QVERIFY2(next.contains(u">?"_s) || next.contains(u"<?"_s), qPrintable(next));
    QVERIFY2(!next.contains(u"TEMP B-TREE"_s), qPrintable(next));
}

void tst_SqliteListing::countReadsKeptCounts_data()
{
    QTest::addColumn<LibraryQuery>("query");
    QTest::addColumn<bool>("kept");
    QTest::newRow("live") << LibraryQuery {} << true;
    LibraryQuery query;
    query.trash = true;
    QTest::newRow("trash") << query << true;
    query.statuses = {ArticleStatus::Draft, ArticleStatus::Spiked};
    QTest::newRow("trash by status") << query << true;
    query = {};
    query.statuses = {ArticleStatus::Published};
    QTest::newRow("one status") << query << true;
    query.category = u"News"_s;
    QTest::newRow("and a category: counts rows") << query << false;
    query = {};
    query.author = u"Ann"_s;
    QTest::newRow("an author: counts rows") << query << false;
    query = {};
    query.ids = QList<qint64> {1, 2};
    QTest::newRow("ids: counts rows") << query << false;
}

void tst_SqliteListing::countReadsKeptCounts()
{
    QFETCH(LibraryQuery, query);
    QFETCH(bool, kept);
    const SqliteFilter filter(query);
    const QString steps = plan(filter.countSql(), filter.values());
    QCOMPARE(steps.contains(u"article_counts"_s), kept);
    QCOMPARE(steps.contains(QRegularExpression(u"\\b(SCAN|SEARCH) a\\b"_s)), !kept);
}

QTEST_GUILESS_MAIN(tst_SqliteListing)
#include "tst_sqlitelisting.moc"
