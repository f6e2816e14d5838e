// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// WorkflowStore on a real library file: plain saves without people, workflow saves (kept status
// and owner, the return to review of an approved article) with them, drafts on create and import.
#include "articlefactory.h"
#include "sqlitearticlestore.h"
#include "sqliteworkflow.h"
#include "workflowstore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

SaveOptions by(const QString &author, bool keep = true)
{
    SaveOptions options;
    options.author = author;
    options.keepRevision = keep;
    return options;
}

} // namespace

class tst_WorkflowStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void withoutPeopleSavesLikeThePlainStore();
    void createMakesADraftOfTheSaver_data();
    void createMakesADraftOfTheSaver();
    void saveKeepsStatusAndOwner();
    void editedApprovalReturnsToReview();
    void importKeepsTheWorkflowState();
    void forwardsTheStoresSignals();

private:
    void addPeople();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WorkflowStore> m_store;
};

void tst_WorkflowStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = SqliteArticleStore::open(
        m_dir->filePath(u"library.copydesk"_s), SqliteArticleStore::OpenMode::CreateIfMissing);
    QVERIFY(opened.ok());
    m_store = std::make_unique<WorkflowStore>(std::move(opened).value());
    QVERIFY2(m_store->workflow(), qPrintable(m_store->workflowError()));
}

void tst_WorkflowStore::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void tst_WorkflowStore::addPeople()
{
    SqliteWorkflow *workflow = m_store->workflow();
    QVERIFY(workflow->addPerson({u"Ada"_s, Role::Admin}, u"Ada"_s).ok());
    QVERIFY(workflow->addPerson({u"Rita"_s, Role::Reporter}, u"Ada"_s).ok());
    QVERIFY(workflow->addPerson({u"Ed"_s, Role::Editor}, u"Ada"_s).ok());
    QVERIFY(m_store->hasPeople());
}

void tst_WorkflowStore::withoutPeopleSavesLikeThePlainStore()
{
    QVERIFY(!m_store->hasPeople());
    QSignalSpy returned(m_store.get(), &WorkflowStore::returnedToReview);
    Article article = Testing::fullArticle();
    article.status = ArticleStatus::Approved;
    article.owner = u"someone"_s;
    const auto id = m_store->create(article, by(u"Rita"_s));
    QVERIFY(id.ok());
    QCOMPARE(m_store->load(*id)->article.status, ArticleStatus::Approved);
    QCOMPARE(m_store->load(*id)->article.owner, u"someone"_s);

    // Statuses are free: the save stores whatever the article says, and nothing is audited.
    article.headline = u"Changed after approval"_s;
    article.status = ArticleStatus::Published;
    const auto saved = m_store->save(*id, article, by(u"Rita"_s));
    QVERIFY(saved.ok());
    QCOMPARE(*saved, 2);
    QCOMPARE(m_store->load(*id)->article.status, ArticleStatus::Published);
    QCOMPARE(m_store->load(*id)->article.headline, u"Changed after approval"_s);
    QCOMPARE(m_store->workflow()->audit(*id)->size(), 0);
    QCOMPARE(returned.count(), 0);
}

void tst_WorkflowStore::createMakesADraftOfTheSaver_data()
{
    QTest::addColumn<ArticleStatus>("status");
    QTest::addColumn<QString>("owner");
    QTest::newRow("draft, no owner") << ArticleStatus::Draft << QString();
    QTest::newRow("in review, someone else") << ArticleStatus::InReview << u"Ed"_s;
    QTest::newRow("approved") << ArticleStatus::Approved << u"Rita"_s;
    QTest::newRow("published") << ArticleStatus::Published << u"Ada"_s;
    QTest::newRow("spiked") << ArticleStatus::Spiked << QString();
}

void tst_WorkflowStore::createMakesADraftOfTheSaver()
{
    QFETCH(ArticleStatus, status);
    QFETCH(QString, owner);
    addPeople();
    Article article = Testing::fullArticle();
    article.status = status;
    article.owner = owner;
    const auto id = m_store->create(article, by(u"Rita"_s));
    QVERIFY2(id.ok(), qPrintable(id ? QString() : id.error().message));
    const Article stored = m_store->load(*id)->article;
    QCOMPARE(stored.status, ArticleStatus::Draft);
    QCOMPARE(stored.owner, u"Rita"_s);
    QCOMPARE(stored.headline, article.headline);
}

void tst_WorkflowStore::saveKeepsStatusAndOwner()
{
    addPeople();
    const auto id = m_store->create(Testing::fullArticle(), by(u"Rita"_s));
    QVERIFY(id.ok());
    Article article = Testing::fullArticle();
    article.headline = u"A new headline"_s;
    article.status = ArticleStatus::Published;
    article.owner = u"Ed"_s;
    QVERIFY(m_store->save(*id, article, by(u"Ed"_s, false)).ok());
    const Article stored = m_store->load(*id)->article;
    QCOMPARE(stored.headline, u"A new headline"_s);
    QCOMPARE(stored.status, ArticleStatus::Draft);
    QCOMPARE(stored.owner, u"Rita"_s);
    // The saver is recorded as one of the article's authors.
    QCOMPARE(m_store->workflow()->state(*id)->lastEditor, u"Ed"_s);
    QVERIFY(m_store->workflow()->state(*id)->editorsSinceReview.contains(u"Ed"_s));
}

void tst_WorkflowStore::editedApprovalReturnsToReview()
{
    addPeople();
    SqliteWorkflow *workflow = m_store->workflow();
    const auto id = m_store->create(Testing::fullArticle(), by(u"Rita"_s));
    QVERIFY(id.ok());
    const auto submitted = workflow->apply(*id, WorkflowAction::Submit, u"Rita"_s);
    QVERIFY2(submitted.ok(), qPrintable(submitted ? QString() : submitted.error().message));
    const auto approved = workflow->apply(*id, WorkflowAction::Approve, u"Ed"_s);
    QVERIFY2(approved.ok(), qPrintable(approved ? QString() : approved.error().message));
    QCOMPARE(m_store->load(*id)->article.status, ArticleStatus::Approved);

    QSignalSpy returned(m_store.get(), &WorkflowStore::returnedToReview);
    // Saving the approved text unchanged keeps the approval.
    Article article = m_store->load(*id)->article;
    QVERIFY(m_store->save(*id, article, by(u"Rita"_s)).ok());
    QCOMPARE(returned.count(), 0);
    QCOMPARE(m_store->load(*id)->article.status, ArticleStatus::Approved);

    article.headline += u" (updated)"_s;
    QVERIFY(m_store->save(*id, article, by(u"Rita"_s, false)).ok());
    QCOMPARE(returned.count(), 1);
    QCOMPARE(returned.first().at(0).toLongLong(), *id);
    QVERIFY(!returned.first().at(1).toString().isEmpty());
    QCOMPARE(m_store->load(*id)->article.status, ArticleStatus::InReview);
    QCOMPARE(m_store->load(*id)->article.headline, article.headline);
    const auto audit = workflow->audit(*id);
    QVERIFY(audit.ok());
    QCOMPARE(audit->last().action, u"contentChanged"_s);
    QCOMPARE(audit->last().from, ArticleStatus::Approved);
    QCOMPARE(audit->last().to, ArticleStatus::InReview);
    QCOMPARE(audit->last().actor, u"Rita"_s);
}

void tst_WorkflowStore::importKeepsTheWorkflowState()
{
    addPeople();
    const auto id = m_store->create(Testing::fullArticle(), by(u"Rita"_s));
    QVERIFY(id.ok());
    QVERIFY(m_store->workflow()->apply(*id, WorkflowAction::Submit, u"Rita"_s).ok());

    Article again = m_store->load(*id)->article;
    again.headline = u"Imported over the stored one"_s;
    again.status = ArticleStatus::Published;
    Article fresh = Testing::fullArticle();
    fresh.uuid.clear();
    for (ArticlePart &part : fresh.parts)
        part.id.clear();
    fresh.status = ArticleStatus::Approved;
    fresh.owner = u"Rita"_s;
    const auto ids = m_store->importArticles({again, fresh}, by(u"Ed"_s));
    QVERIFY2(ids.ok(), qPrintable(ids ? QString() : ids.error().message));
    QCOMPARE(ids->first(), *id);
    QCOMPARE(m_store->load(*id)->article.status, ArticleStatus::InReview);
    QCOMPARE(m_store->load(*id)->article.owner, u"Rita"_s);
    QCOMPARE(m_store->load(*id)->article.headline, u"Imported over the stored one"_s);
    QCOMPARE(m_store->load(ids->at(1))->article.status, ArticleStatus::Draft);
    QCOMPARE(m_store->load(ids->at(1))->article.owner, u"Ed"_s);
}

void tst_WorkflowStore::forwardsTheStoresSignals()
{
    QSignalSpy changed(m_store.get(), &ArticleStore::articleChanged);
    QSignalSpy removed(m_store.get(), &ArticleStore::articleRemoved);
    const auto id = m_store->create(Testing::fullArticle(), by(u"Rita"_s));
    QVERIFY(id.ok());
    QVERIFY(changed.count() >= 1);
    QCOMPARE(changed.last().at(0).toLongLong(), *id);
    QVERIFY(m_store->moveToTrash(*id).ok());
    QVERIFY(m_store->purge(*id).ok());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(m_store->location(), m_dir->filePath(u"library.copydesk"_s));
}

QTEST_GUILESS_MAIN(tst_WorkflowStore)

#include "tst_workflowstore.moc"
