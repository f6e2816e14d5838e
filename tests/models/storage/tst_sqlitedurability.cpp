// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// Saves do not wait for the disk, yet reach it: SqliteDurability's passive checkpoint, which
// syncs the WAL and copies it into the library file, runs within a second of a burst of saves,
// once per burst, and when the last connection closes. Checked on real files: the library file
// alone, copied without its -wal, holds what was saved only after a checkpoint.
#include "articlefactory.h"
#include "sqlitearticlestore.h"
#include "sqlitedurability.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;
using namespace Qt::StringLiterals;

class TestSqliteDurability : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<SqliteArticleStore> open(const QString &path)
    {
        auto store = SqliteArticleStore::open(path, SqliteArticleStore::OpenMode::CreateIfMissing);
        if (!store)
            qWarning("%s", qPrintable(store.error().message));
        return store ? std::move(store).value() : nullptr;
    }

    /// How many articles the library file alone holds: a copy without its -wal and -shm.
    qint64 articlesInTheFileAlone(const QString &path, const QString &copyName)
    {
        const QString copy = m_dir.filePath(copyName);
        QFile::remove(copy);
        if (!QFile::copy(path, copy))
            return -1;
        auto store = SqliteArticleStore::open(copy, SqliteArticleStore::OpenMode::OpenExisting);
        if (!store)
            return -1;
        const Result<qint64> count = (*store)->count({});
        return count ? *count : -1;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void savesReachTheFileWithinASecond()
    {
        const QString path = m_dir.filePath(u"burst.copydesk"_s);
        auto store = open(path);
        QVERIFY(store);
        QTRY_VERIFY(SqliteDurability::checkpoints(path) >= 0);
        const int before = SqliteDurability::checkpoints(path);
        // A burst of saves, as typing with autosave makes them.
        QElapsedTimer clock;
        clock.start();
        const qint64 id = store->create(Testing::generatedArticle(1, 300), {}).value();
        Article article = store->load(id)->article;
        for (int i = 0; i < 20; ++i) {
            article.dek = u"Version %1"_s.arg(i);
            QVERIFY(store->save(id, article, SaveOptions({}, {}, false)));
        }
        // On a loaded machine the burst may outlast the delay; then the timer has run already.
        const bool quick = clock.elapsed() < SqliteDurability::syncDelay.count() / 2;
        if (quick) // Not yet in the file: the saves are in the WAL only.
            QCOMPARE(articlesInTheFileAlone(path, u"early.copydesk"_s), qint64(0));
        QTRY_VERIFY_WITH_TIMEOUT(SqliteDurability::checkpoints(path) > before, 5000);
        QCOMPARE(articlesInTheFileAlone(path, u"late.copydesk"_s), qint64(1));
        QTest::qWait(1500);
        if (quick) // One checkpoint for the whole burst.
            QCOMPARE(SqliteDurability::checkpoints(path), before + 1);
    }

    void closingPutsTheLastSavesOnDisk()
    {
        const QString path = m_dir.filePath(u"closing.copydesk"_s);
        auto store = open(path);
        QVERIFY(store);
        QVERIFY(store->create(Testing::generatedArticle(2, 100), {}));
        QVERIFY(store->create(Testing::generatedArticle(3, 100), {}));
        store.reset(); // At once, before the timer: the last connection checkpoints.
        QCOMPARE(SqliteDurability::checkpoints(path), -1);
        QCOMPARE(articlesInTheFileAlone(path, u"closed.copydesk"_s), qint64(2));
    }

    void flushWaitsForTheDisk()
    {
        const QString path = m_dir.filePath(u"flush.copydesk"_s);
        auto store = open(path);
        QVERIFY(store);
        QVERIFY(store->create(Testing::generatedArticle(4, 100), {}));
        QVERIFY(SqliteDurability::flush(path));
        QCOMPARE(articlesInTheFileAlone(path, u"flushed.copydesk"_s), qint64(1));
        QVERIFY(!SqliteDurability::flush(m_dir.filePath(u"nothing.copydesk"_s)));
    }
};

QTEST_GUILESS_MAIN(TestSqliteDurability)
#include "tst_sqlitedurability.moc"
