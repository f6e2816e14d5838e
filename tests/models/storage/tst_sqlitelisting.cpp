// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// What only SQLite shows of a listing: every sort key is served by an index (no temporary
// B-tree). Sorting, paging and filters on both backends: tests/models/library/tst_librarylisting.
#include "sqlitefilter.h"
#include "temporarylibrary.h"

#include <QSqlError>
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

private:
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

void tst_SqliteListing::sortUsesAnIndex_data()
{
    QTest::addColumn<SortKey>("sort");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("index");
    QTest::newRow("status") << SortKey::Status << Qt::AscendingOrder
                            << u"articles_live_status_order"_s;
    QTest::newRow("status desc") << SortKey::Status << Qt::DescendingOrder
                                 << u"articles_live_status_order"_s;
    QTest::newRow("category") << SortKey::Category << Qt::AscendingOrder
                              << u"articles_live_category"_s;
    QTest::newRow("author") << SortKey::Author << Qt::DescendingOrder
                            << u"articles_live_first_author"_s;
}

void tst_SqliteListing::sortUsesAnIndex()
{
    QFETCH(SortKey, sort);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, index);
    LibraryQuery query;
    query.sort = sort;
    query.order = order;
    const SqliteFilter filter(query);
    QStringList plan;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"plan"_s);
        db.setDatabaseName(m_library->path());
        QVERIFY(db.open());
        QSqlQuery explain(db);
        QVERIFY(explain.prepare(u"EXPLAIN QUERY PLAN SELECT a.id FROM articles AS a WHERE %1 "
                                "ORDER BY %2 LIMIT 100"_s.arg(filter.where(), filter.orderBy())));
        QVERIFY2(explain.exec(), qPrintable(explain.lastError().text()));
        while (explain.next())
            plan.append(explain.value(3).toString());
    }
    QSqlDatabase::removeDatabase(u"plan"_s);
    const QString text = plan.join(u'\n');
    QVERIFY2(text.contains(index), qPrintable(text));
    QVERIFY2(!text.contains(u"TEMP B-TREE"_s), qPrintable(text));
}

QTEST_GUILESS_MAIN(tst_SqliteListing)
#include "tst_sqlitelisting.moc"
