// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articledocument.h"
#include "articlefactory.h"
#include "autosavecontroller.h"
#include "sqlitearticlestore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Copydesk;

class TestAutosaveController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void savesSoonAfterTheLastKeystroke();
    void savesWhileTypingSteadily();
    void createsAnArticleNeverStored();
    void keepsRevisionsAtSensiblePoints();
    void saveNowAndUndoToStored();
    void readOnlyNeverWrites();
    void reportsFailures();

private:
    std::unique_ptr<SqliteArticleStore> reopen() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteArticleStore> m_store;
    std::unique_ptr<ArticleDocument> m_document;
    std::unique_ptr<AutosaveController> m_autosave;
    qint64 m_id = 0;
};

std::unique_ptr<SqliteArticleStore> TestAutosaveController::reopen() const
{
    auto store = SqliteArticleStore::open(m_dir->filePath(QStringLiteral("lib.copydesk")),
        SqliteArticleStore::OpenMode::OpenExisting);
    return store ? std::move(store).value() : nullptr;
}

void TestAutosaveController::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = SqliteArticleStore::open(m_dir->filePath(QStringLiteral("lib.copydesk")),
        SqliteArticleStore::OpenMode::CreateIfMissing);
    QVERIFY(store);
    m_store = std::move(store).value();
    const auto id = m_store->create(Testing::fullArticle(), {QStringLiteral("ann"), {}, true});
    QVERIFY(id);
    m_id = *id;
    m_document = std::make_unique<ArticleDocument>();
    m_document->reset(m_store->load(m_id)->article);
    m_autosave = std::make_unique<AutosaveController>(m_store.get(), m_document.get());
    m_autosave->setAuthor(QStringLiteral("ann"));
    m_autosave->open(m_id);
}

void TestAutosaveController::cleanup()
{
    m_autosave.reset();
    m_document.reset();
    m_store.reset();
    m_dir.reset();
}

void TestAutosaveController::savesSoonAfterTheLastKeystroke()
{
    QCOMPARE(m_autosave->state(), AutosaveController::State::Saved);
    QSignalSpy states(m_autosave.get(), &AutosaveController::stateChanged);
    m_document->setText(ArticleDocument::Field::Headline, QStringLiteral("Typed headline"));
    QCOMPARE(m_autosave->state(), AutosaveController::State::Pending);
    QElapsedTimer clock;
    clock.start();
    QTRY_COMPARE_WITH_TIMEOUT(m_autosave->state(), AutosaveController::State::Saved, 2000);
    QVERIFY(clock.elapsed() < 2000);
    QVERIFY(!m_document->isModified());
    QCOMPARE(states.size(), 2);
    auto other = reopen();
    QCOMPARE(other->load(m_id)->article.headline, QStringLiteral("Typed headline"));
    QCOMPARE(other->revisions(m_id)->size(), 1); // Autosave alone keeps no revision.
}

void TestAutosaveController::savesWhileTypingSteadily()
{
    // A keystroke every 100 ms for 3 s never leaves a quiet second; saves still happen.
    const QString body = m_document->article().parts.first().body;
    const QString partId = m_document->article().parts.first().id;
    QString typed;
    QElapsedTimer clock;
    clock.start();
    qint64 lastStoredAt = -1;
    while (clock.elapsed() < 3000) {
        typed += QLatin1Char('a' + typed.size() % 26);
        m_document->setPartBody(partId, body + typed);
        QTest::qWait(100);
        if (m_store->load(m_id)->article.parts.first().body.size() > body.size())
            lastStoredAt = lastStoredAt < 0 ? clock.elapsed() : lastStoredAt;
    }
    QVERIFY2(lastStoredAt > 0 && lastStoredAt <= 2000, qPrintable(QString::number(lastStoredAt)));
    QTRY_COMPARE_WITH_TIMEOUT(reopen()->load(m_id)->article.parts.first().body, body + typed, 2000);
}

void TestAutosaveController::createsAnArticleNeverStored()
{
    Article fresh;
    fresh.headline = QStringLiteral("Never stored");
    m_document->reset(fresh);
    m_autosave->open(0);
    QSignalSpy created(m_autosave.get(), &AutosaveController::articleCreated);
    m_document->setText(ArticleDocument::Field::Dek, QStringLiteral("A dek typed at once"));
    QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 2000);
    const qint64 id = created.first().first().toLongLong();
    QCOMPARE(m_autosave->articleId(), id);
    QCOMPARE(reopen()->load(id)->article.dek, QStringLiteral("A dek typed at once"));
    QCOMPARE(reopen()->load(id)->article.uuid, m_document->article().uuid);
    // Later edits update the same article.
    m_document->setText(ArticleDocument::Field::Dek, QStringLiteral("Second thoughts"));
    QVERIFY(m_autosave->saveNow());
    QCOMPARE(reopen()->load(id)->article.dek, QStringLiteral("Second thoughts"));
    QCOMPARE(*reopen()->count({}), 2);
}

void TestAutosaveController::keepsRevisionsAtSensiblePoints()
{
    m_autosave->setTimings(50, 100, 400, 60'000);
    QSignalSpy kept(m_autosave.get(), &AutosaveController::revisionKept);
    for (int i = 0; i < 5; ++i) {
        m_document->setText(ArticleDocument::Field::Headline, QStringLiteral("Step %1").arg(i));
        QTest::qWait(120); // Each step is autosaved…
    }
    QCOMPARE(m_store->revisions(m_id)->size(), 1); // …without a revision per keystroke.
    QTRY_COMPARE_WITH_TIMEOUT(kept.size(), 1, 2000); // The pause keeps one.
    const auto revisions = m_store->revisions(m_id);
    QCOMPARE(revisions->size(), 2);
    QCOMPARE(revisions->first().author, QStringLiteral("ann"));
    QCOMPARE(m_store->revision(m_id, 2)->headline, QStringLiteral("Step 4"));

    // Closing keeps one only when something changed since.
    QVERIFY(m_autosave->keepRevision(QStringLiteral("Closed")));
    QCOMPARE(m_store->revisions(m_id)->size(), 2);
    m_document->setText(ArticleDocument::Field::Headline, QStringLiteral("Final"));
    QVERIFY(m_autosave->saveNow());
    QVERIFY(m_autosave->keepRevision(QStringLiteral("Closed")));
    QCOMPARE(m_store->revisions(m_id)->first().note, QStringLiteral("Closed"));
    QCOMPARE(m_store->revisions(m_id)->size(), 3);

    // A long editing session keeps one even without pauses.
    m_autosave->setTimings(50, 100, 60'000, 300);
    for (int i = 0; i < 8; ++i) {
        m_document->setText(ArticleDocument::Field::Dek, QStringLiteral("Dek %1").arg(i));
        QTest::qWait(80);
    }
    QTRY_VERIFY_WITH_TIMEOUT(m_store->revisions(m_id)->size() >= 4, 2000);
}

void TestAutosaveController::saveNowAndUndoToStored()
{
    m_document->setText(ArticleDocument::Field::Headline, QStringLiteral("Focus left"));
    QVERIFY(m_autosave->saveNow());
    QCOMPARE(m_store->load(m_id)->article.headline, QStringLiteral("Focus left"));
    QCOMPARE(m_autosave->state(), AutosaveController::State::Saved);
    QVERIFY(m_autosave->lastSaved().isValid());
    m_document->setText(ArticleDocument::Field::Dek, QStringLiteral("x"));
    QCOMPARE(m_autosave->state(), AutosaveController::State::Pending);
    m_document->undoStack()->undo();
    QCOMPARE(m_autosave->state(), AutosaveController::State::Saved);
}

void TestAutosaveController::readOnlyNeverWrites()
{
    const Article before = m_store->load(m_id)->article;
    m_autosave->setReadOnly(true);
    QCOMPARE(m_autosave->state(), AutosaveController::State::ReadOnly);
    m_document->setText(ArticleDocument::Field::Headline, QStringLiteral("Must not be stored"));
    QVERIFY(!m_autosave->saveNow());
    QVERIFY(!m_autosave->keepRevision(QStringLiteral("Closed")));
    QTest::qWait(1500);
    QCOMPARE(m_store->load(m_id)->article, before);
}

void TestAutosaveController::reportsFailures()
{
    m_autosave->open(987654); // No such article.
    QSignalSpy failed(m_autosave.get(), &AutosaveController::saveFailed);
    m_document->setText(ArticleDocument::Field::Headline, QStringLiteral("Lost?"));
    QVERIFY(!m_autosave->saveNow());
    QCOMPARE(failed.size(), 1);
    QCOMPARE(m_autosave->state(), AutosaveController::State::Failed);
    QVERIFY(!m_autosave->lastError().isEmpty());
    QVERIFY(m_document->isModified()); // Nothing is marked saved that was not.
}

QTEST_GUILESS_MAIN(TestAutosaveController)
#include "tst_autosavecontroller.moc"
