// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// Presence on a local library: two windows of one process (two LocalPresence objects) on a
// SQLite file, over the lock files of ArticleLock.
#include "articlefactory.h"
#include "localpresence.h"
#include "sqlitearticlestore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;
using namespace Qt::StringLiterals;

class tst_LocalPresence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void secondWindowSeesTheFirstUntilItReleases()
    {
        QTemporaryDir dir;
        auto store = SqliteArticleStore::open(
            dir.filePath(u"lib.copydesk"_s), SqliteArticleStore::OpenMode::CreateIfMissing);
        QVERIFY(store);
        const Result<qint64> id = (*store)->create(Testing::generatedArticle(1, 50), {});
        QVERIFY(id);
        const QString locks = dir.filePath(u"locks"_s);
        LocalPresence first(store->get(), locks);
        LocalPresence second(store->get(), locks);
        QSignalSpy told(&second, &Presence::presenceChanged);

        const Result<ArticleHolder> mine = first.claim(*id);
        QVERIFY(mine && mine->here);
        QVERIFY(first.claim(*id)->here); // a heartbeat
        QCOMPARE(told.count(), 1);
        const Result<ArticleHolder> theirs = second.claim(*id);
        QVERIFY(theirs && !theirs->here);
        QCOMPARE(Presence::describe(*theirs), u"The article is open in another window."_s);
        QCOMPARE(second.holders({*id})->value(*id).name, u"another window"_s);
        QVERIFY(first.holders({*id})->isEmpty());

        QVERIFY(!second.canTakeOver());
        QVERIFY(!second.takeOver(*id, u"mine"_s));

        QVERIFY(first.release(*id));
        QCOMPARE(told.count(), 2);
        QVERIFY(second.claim(*id)->here);
        QVERIFY(!first.claim(*id)->here);

        // A missing article is NotFound.
        const Result<ArticleHolder> missing = first.claim(*id + 100);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(tst_LocalPresence)
#include "tst_localpresence.moc"
