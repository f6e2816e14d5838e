// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articlefactory.h"
#include "sqlitearticlestore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

const QString CrashWriter = QStringLiteral(COPYDESK_CRASHWRITER);

/// Waits until the process has printed `count` lines; returns all output read so far.
QStringList waitForLines(QProcess &process, int count, int timeoutMs = 30000)
{
    QStringList lines;
    QElapsedTimer timer;
    timer.start();
    while (lines.size() < count && timer.elapsed() < timeoutMs) {
        if (!process.canReadLine() && !process.waitForReadyRead(200)) {
            if (process.state() == QProcess::NotRunning)
                break;
            continue;
        }
        while (process.canReadLine())
            lines.append(QString::fromUtf8(process.readLine()).trimmed());
    }
    return lines;
}

} // namespace

class tst_LibraryCrash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void killedWriterLeavesLastCommit();
    void busyWhileAnotherProcessWrites();
    void waitsForAnotherProcessToFinish();

private:
    QString path() const { return m_dir->filePath(u"library.copydesk"_s); }
    std::optional<QTemporaryDir> m_dir;
    qint64 m_id = 0;
};

void tst_LibraryCrash::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(CrashWriter), qPrintable(CrashWriter));
}

void tst_LibraryCrash::init()
{
    m_dir.emplace();
    auto store = SqliteArticleStore::open(path(), SqliteArticleStore::OpenMode::CreateIfMissing);
    QVERIFY(store);
    Article article = Testing::generatedArticle(1);
    article.headline = u"Version 0"_s;
    const Result<qint64> id = store.value()->create(article, {});
    QVERIFY(id);
    m_id = *id;
}

void tst_LibraryCrash::cleanup()
{
    m_dir.reset();
}

void tst_LibraryCrash::killedWriterLeavesLastCommit()
{
    for (int round = 0; round < 6; ++round) {
        QProcess writer;
        writer.start(CrashWriter, {u"save"_s, path(), QString::number(m_id)});
        QVERIFY(writer.waitForStarted());
        QStringList lines = waitForLines(writer, 3);
        QVERIFY2(lines.size() >= 3, qPrintable(QString::fromUtf8(writer.readAllStandardError())));
        // Kill at a different point of the save cycle each round.
        QThread::usleep(QRandomGenerator::global()->bounded(20000));
        writer.kill(); // SIGKILL: no chance to finish the transaction or close the file
        QVERIFY(writer.waitForFinished());
        while (writer.canReadLine())
            lines.append(QString::fromUtf8(writer.readLine()).trimmed());
        const int lastReported = lines.constLast().section(u' ', 1).toInt();
        QVERIFY(lastReported > 0);

        auto store = SqliteArticleStore::open(path(), SqliteArticleStore::OpenMode::OpenExisting);
        QVERIFY2(store, store ? "" : qPrintable(store.error().message));
        const Result<ArticleRecord> record = store.value()->load(m_id);
        QVERIFY(record);
        // The save that was committed but not yet reported is allowed, nothing else.
        const int found = record->article.headline.section(u' ', 1).toInt();
        QVERIFY2(found == lastReported || found == lastReported + 1,
            qPrintable(u"reported %1, found %2"_s.arg(lastReported).arg(found)));
        const auto revisions = store.value()->revisions(m_id).value();
        QCOMPARE(revisions.at(0).number, record->revision);
        QCOMPARE(revisions.size(), record->revision);
        const Result<QStringList> problems = store.value()->checkIntegrity();
        QVERIFY(problems);
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u'\n')));
    }
}

void tst_LibraryCrash::busyWhileAnotherProcessWrites()
{
    auto opened = SqliteArticleStore::open(path(), SqliteArticleStore::OpenMode::OpenExisting);
    QVERIFY(opened);
    SqliteArticleStore &store = *opened.value();
    store.setBusyTimeout(300);
    Article article = store.load(m_id)->article;

    QProcess holder;
    holder.start(CrashWriter, {u"hold"_s, path(), u"4000"_s});
    QVERIFY(holder.waitForStarted());
    QCOMPARE(waitForLines(holder, 1), QStringList {u"locked"_s});

    article.headline = u"Written while busy"_s;
    QElapsedTimer timer;
    timer.start();
    const Result<int> saved = store.save(m_id, article, {});
    QVERIFY(!saved);
    QVERIFY(timer.elapsed() >= 250); // it waited for the lock first
    QCOMPARE(saved.error().code, Error::Code::Busy);
    QVERIFY2(saved.error().message.contains(u"“"_s + path() + u"”"_s),
        qPrintable(saved.error().message));
    QVERIFY(saved.error().message.contains(u"busy"_s));
    QCOMPARE(store.create(Testing::generatedArticle(9, 300), {}).error().code, Error::Code::Busy);

    // Reading does not wait for writers.
    QCOMPARE(store.load(m_id)->article.headline, u"Version 0"_s);
    QCOMPARE(store.count({}).value(), 1);

    QVERIFY(holder.waitForFinished(15000));
    QCOMPARE(holder.exitCode(), 0);
    QVERIFY(QString::fromUtf8(holder.readAll()).contains(u"released"_s));
    QCOMPARE(store.save(m_id, article, {}).value(), 2);
    QCOMPARE(store.load(m_id)->article.headline, u"Written while busy"_s);
    QVERIFY(store.checkIntegrity()->isEmpty());
}

void tst_LibraryCrash::waitsForAnotherProcessToFinish()
{
    auto opened = SqliteArticleStore::open(path(), SqliteArticleStore::OpenMode::OpenExisting);
    QVERIFY(opened);
    SqliteArticleStore &store = *opened.value();
    Article article = store.load(m_id)->article;

    QProcess holder;
    holder.start(CrashWriter, {u"hold"_s, path(), u"800"_s});
    QVERIFY(holder.waitForStarted());
    QCOMPARE(waitForLines(holder, 1), QStringList {u"locked"_s});

    article.headline = u"Written after waiting"_s;
    QElapsedTimer timer;
    timer.start();
    const Result<int> saved = store.save(m_id, article, {}); // default timeout: 5 s
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
    QVERIFY(timer.elapsed() >= 300);
    QVERIFY(holder.waitForFinished(15000));
    QCOMPARE(holder.exitCode(), 0);
    QCOMPARE(store.load(m_id)->article.headline, u"Written after waiting"_s);
    QVERIFY(store.checkIntegrity()->isEmpty());
}

QTEST_GUILESS_MAIN(tst_LibraryCrash)
#include "tst_librarycrash.moc"
