// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articlefactory.h"
#include "articlelock.h"
#include "autosavesession.h"
#include "sqlitearticlestore.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;

class TestArticleLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void secondOpenerIsRefused();
    void locksAreKeyedByLibraryAndArticle();
    void takesOverALockLeftByADeadProcess();
    void takesOverALockLeftByAnEarlierProcessWithOurId();
    void sessionFindsWhatAnUncleanEndLeft();
};

void TestArticleLock::secondOpenerIsRefused()
{
    QTemporaryDir dir;
    const QString library = dir.filePath(QStringLiteral("a.copydesk"));
    const QString uuid = QStringLiteral("0b3f6a62-95f5-4a6e-9d4e-3d5c2a0e7f11");
    {
        ArticleLock first(library, uuid, dir.path());
        QVERIFY(first.isLocked());
        QVERIFY(first.reason().isEmpty());
        ArticleLock second(library, uuid, dir.path());
        QVERIFY(!second.isLocked());
        QCOMPARE(second.reason(), QStringLiteral("The article is open in another window."));
    }
    ArticleLock afterwards(library, uuid, dir.path());
    QVERIFY(afterwards.isLocked());
}

void TestArticleLock::locksAreKeyedByLibraryAndArticle()
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.copydesk"));
    const QString b = dir.filePath(QStringLiteral("b.copydesk"));
    const QString uuid = QStringLiteral("0b3f6a62-95f5-4a6e-9d4e-3d5c2a0e7f11");
    ArticleLock first(a, uuid, dir.path());
    ArticleLock otherLibrary(b, uuid, dir.path());
    ArticleLock otherArticle(a, QStringLiteral("5d1c3b0a-1111-4a6e-9d4e-3d5c2a0e7f11"), dir.path());
    QVERIFY(first.isLocked() && otherLibrary.isLocked() && otherArticle.isLocked());
    QVERIFY(ArticleLock::lockFileName(a, uuid).startsWith(ArticleLock::lockDirectory()));
}

void TestArticleLock::takesOverALockLeftByADeadProcess()
{
    QTemporaryDir dir;
    const QString library = dir.filePath(QStringLiteral("a.copydesk"));
    const QString uuid = QStringLiteral("0b3f6a62-95f5-4a6e-9d4e-3d5c2a0e7f11");
    QFile stale(ArticleLock::lockFileName(library, uuid, dir.path()));
    QVERIFY(stale.open(QIODevice::WriteOnly));
    // QLockFile's format: pid, application name, host name. No process has pid 4194303 here
    // (it exceeds the kernel's default pid_max).
    stale.write("4194303\ncopydesk\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    stale.close();
    ArticleLock lock(library, uuid, dir.path());
    QVERIFY2(lock.isLocked(), qPrintable(lock.reason()));
}

void TestArticleLock::takesOverALockLeftByAnEarlierProcessWithOurId()
{
    // In a container every run may get the same process id; a crashed run's lock then names us.
    QTemporaryDir dir;
    const QString library = dir.filePath(QStringLiteral("a.copydesk"));
    const QString uuid = QStringLiteral("0b3f6a62-95f5-4a6e-9d4e-3d5c2a0e7f11");
    QFile stale(ArticleLock::lockFileName(library, uuid, dir.path()));
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.write(QByteArray::number(QCoreApplication::applicationPid()) + "\n"
        + QCoreApplication::applicationName().toUtf8() + "\n" + QSysInfo::machineHostName().toUtf8()
        + "\n");
    stale.close();
    ArticleLock lock(library, uuid, dir.path());
    QVERIFY2(lock.isLocked(), qPrintable(lock.reason()));
    ArticleLock second(library, uuid, dir.path());
    QVERIFY(!second.isLocked()); // A lock this process holds is still respected.
}

void TestArticleLock::sessionFindsWhatAnUncleanEndLeft()
{
    QTemporaryDir dir;
    auto store = SqliteArticleStore::open(dir.filePath(QStringLiteral("lib.copydesk")),
        SqliteArticleStore::OpenMode::CreateIfMissing);
    QVERIFY(store);
    const auto untouched = (*store)->create(Testing::generatedArticle(1, 200), {});
    const auto edited = (*store)->create(Testing::generatedArticle(2, 200), {});
    const auto keptAtClose = (*store)->create(Testing::generatedArticle(3, 200), {});
    QVERIFY(untouched && edited && keptAtClose);
    const QString sessions = dir.filePath(QStringLiteral("sessions"));
    {
        AutosaveSession clean(store->get(), sessions);
        QVERIFY(clean.isPrimary());
        QVERIFY(!clean.previousEndedUncleanly());
        QVERIFY(clean.report().isEmpty());
    }
    auto crashed = std::make_unique<AutosaveSession>(store->get(), sessions);
    QVERIFY(!crashed->previousEndedUncleanly());
    AutosaveSession concurrent(store->get(), sessions);
    QVERIFY(!concurrent.isPrimary()); // Another live session holds the library.
    QTest::qWait(20);
    Article article = *(*store)->revision(*edited, 1);
    article.headline = QStringLiteral("Autosaved, never kept");
    QVERIFY((*store)->save(*edited, article, {QString(), QString(), false}));
    article = *(*store)->revision(*keptAtClose, 1);
    article.dek = QStringLiteral("Kept on close");
    QVERIFY((*store)->save(*keptAtClose, article, {QString(), QString(), true}));
    // Simulate the crash: the marker stays, the lock goes with the process.
    const QStringList markers = QDir(sessions).entryList({QStringLiteral("*.session")});
    QCOMPARE(markers.size(), 1);
    QFile marker(sessions + QLatin1Char('/') + markers.first());
    QVERIFY(marker.open(QIODevice::ReadOnly));
    const QByteArray started = marker.readAll();
    marker.close();
    crashed.reset();
    QVERIFY(!marker.exists());
    QVERIFY(marker.open(QIODevice::WriteOnly));
    marker.write(started);
    marker.close();

    AutosaveSession next(store->get(), sessions);
    QVERIFY(next.previousEndedUncleanly());
    QCOMPARE(next.recovered().size(), 1);
    QCOMPARE(next.recovered().first().id, *edited);
    QVERIFY(next.report().contains(QStringLiteral("Autosaved, never kept")));
    QVERIFY(next.keepRecoveredRevisions(QStringLiteral("ann")));
    QCOMPARE((*store)->revisions(*edited)->first().note,
        QStringLiteral("Recovered after an unclean shutdown"));
}

QTEST_GUILESS_MAIN(TestArticleLock)
#include "tst_articlelock.moc"
