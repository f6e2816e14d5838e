// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articlefactory.h"
#include "revisionhistorydialog.h"
#include "sqlitearticlestore.h"
#include "sqliteworkflow.h"

#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Copydesk;
using namespace Qt::StringLiterals;

/// The revision history of an article in a real SQLite library: three revisions by two
/// authors, their differences, restoring one, and the workflow's audit log.
class TestRevisionHistoryDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void listsRevisionsWithAuthorAndTime();
    void comparesTwoRevisions();
    void restoresTheSelectedRevision();
    void noWorkflowNoLogTab();
    void showsTheWorkflowLog();

private:
    QTreeWidget *revisionList(const RevisionHistoryDialog &dialog)
    {
        return dialog.findChild<QTreeWidget *>(u"revisions"_s);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteArticleStore> m_store;
    qint64 m_id = 0;
};

void TestRevisionHistoryDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = SqliteArticleStore::open(
        m_dir->filePath(u"history.copydesk"_s), SqliteArticleStore::OpenMode::CreateIfMissing);
    QVERIFY(opened);
    m_store = std::move(opened).value();

    Article article = Testing::fullArticle();
    article.status = ArticleStatus::Draft;
    article.owner = u"ann"_s;
    article.headline = u"Barriers hold on the Spree"_s;
    const auto id = m_store->create(article, {u"ann"_s, u"First draft"_s, true});
    QVERIFY(id);
    m_id = *id;
    article.headline = u"Flood barriers hold on the Spree"_s;
    QCOMPARE(*m_store->save(m_id, article, {u"dan"_s, {}, true}), 2);
    article.dek = u"Engineers say the walls passed their first real test."_s;
    QCOMPARE(*m_store->save(m_id, article, {u"ann"_s, u"Dek rewritten"_s, true}), 3);
}

void TestRevisionHistoryDialog::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestRevisionHistoryDialog::listsRevisionsWithAuthorAndTime()
{
    RevisionHistoryDialog dialog(m_store.get(), m_id, u"ann"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTreeWidget *list = revisionList(dialog);
    QVERIFY(list);
    QCOMPARE(list->topLevelItemCount(), 3);
    const QStringList authors {u"ann"_s, u"dan"_s, u"ann"_s};
    const QStringList notes {u"Dek rewritten"_s, QString(), u"First draft"_s};
    for (int row = 0; row < 3; ++row) {
        const QTreeWidgetItem *item = list->topLevelItem(row);
        QCOMPARE(item->text(0), QString::number(3 - row)); // Newest first.
        QVERIFY(!item->text(1).isEmpty());
        QCOMPARE(item->text(2), authors.at(row));
        QCOMPARE(item->text(3), notes.at(row));
    }
    // The newest is selected and compared with the one before it.
    QCOMPARE(list->currentItem(), list->topLevelItem(0));
    QVERIFY(dialog.differencesText().contains(u"Engineers say the walls"_s));
    QVERIFY(!dialog.differencesText().contains(u"Flood barriers"_s));

    // Selecting revision 2 by keyboard compares it with revision 1.
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down);
    QVERIFY(dialog.differencesText().contains(u"Flood"_s));
    QVERIFY(!dialog.differencesText().contains(u"Engineers say the walls"_s));
}

void TestRevisionHistoryDialog::comparesTwoRevisions()
{
    RevisionHistoryDialog dialog(m_store.get(), m_id, u"ann"_s);
    dialog.compare(1, 3);
    const QString text = dialog.differencesText();
    QVERIFY2(text.contains(u"Headline"_s), qPrintable(text));
    QVERIFY(text.contains(u"Flood"_s));
    // Word-level marks interleave the old and new dek: both are there, word by word.
    QVERIFY(text.contains(u"Dek"_s));
    QVERIFY(text.contains(u"walls"_s));
    QVERIFY(text.contains(u"passed"_s));
    QVERIFY(text.contains(u"mobile"_s)); // From the old dek.

    dialog.compare(3, 3);
    QCOMPARE(dialog.differencesText().trimmed(), u"No differences."_s);
}

void TestRevisionHistoryDialog::restoresTheSelectedRevision()
{
    RevisionHistoryDialog dialog(m_store.get(), m_id, u"ed"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTreeWidget *list = revisionList(dialog);
    list->setCurrentItem(list->topLevelItem(2)); // Revision 1.

    bool confirmed = false;
    QTimer::singleShot(0, this, [&confirmed] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        confirmed = box->text().contains(u"revision 1"_s);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    });
    QPushButton *restore = nullptr;
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->text() == u"&Restore Selected"_s)
            restore = button;
    }
    QVERIFY(restore);
    QTest::mouseClick(restore, Qt::LeftButton);
    QVERIFY(confirmed);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.restoredRevision(), 4);

    const auto record = m_store->load(m_id);
    QVERIFY(record);
    QCOMPARE(record->revision, 4);
    QCOMPARE(record->article.headline, u"Barriers hold on the Spree"_s);
    QCOMPARE(record->article.dek, Testing::fullArticle().dek);
    const auto revisions = m_store->revisions(m_id);
    QVERIFY(revisions);
    QCOMPARE(revisions->first().number, 4);
    QCOMPARE(revisions->first().author, u"ed"_s);
    // Nothing was lost: revision 3 still holds the rewritten dek.
    QCOMPARE(m_store->revision(m_id, 3)->dek,
        u"Engineers say the walls passed their first real test."_s);
}

void TestRevisionHistoryDialog::noWorkflowNoLogTab()
{
    RevisionHistoryDialog dialog(m_store.get(), m_id, u"ann"_s);
    auto *tabs = dialog.findChild<QTabWidget *>();
    QVERIFY(tabs);
    QVERIFY(!tabs->isTabVisible(1));
    dialog.setWorkflow(nullptr);
    QVERIFY(!tabs->isTabVisible(1));
}

void TestRevisionHistoryDialog::showsTheWorkflowLog()
{
    auto opened = SqliteWorkflow::open(*m_store);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    SqliteWorkflow *workflow = opened->get();
    QVERIFY(workflow->addPerson({u"cleo"_s, Role::Admin}, u"cleo"_s));
    QVERIFY(workflow->addPerson({u"ann"_s, Role::Reporter}, u"cleo"_s));
    QVERIFY(workflow->addPerson({u"bob"_s, Role::Editor}, u"cleo"_s));
    const auto submitted
        = workflow->apply(m_id, WorkflowAction::Submit, u"ann"_s, u"Ready for the desk"_s);
    QVERIFY2(submitted, qPrintable(submitted ? QString() : submitted.error().message));
    const auto approved = workflow->apply(m_id, WorkflowAction::Approve, u"bob"_s, u"Clean copy"_s);
    QVERIFY2(approved, qPrintable(approved ? QString() : approved.error().message));

    RevisionHistoryDialog dialog(m_store.get(), m_id, u"ann"_s);
    dialog.setWorkflow(workflow);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *tabs = dialog.findChild<QTabWidget *>();
    QVERIFY(tabs->isTabVisible(1));
    QCOMPARE(tabs->tabText(1), u"&Workflow log"_s);
    tabs->setCurrentIndex(1);
    auto *log = dialog.findChild<QTreeWidget *>(u"auditLog"_s);
    QVERIFY(log);
    QVERIFY(log->isVisible());
    QCOMPARE(log->topLevelItemCount(), 2);

    const QTreeWidgetItem *submit = log->topLevelItem(0); // Oldest first.
    QVERIFY(!submit->text(0).isEmpty());
    QCOMPARE(submit->text(1), u"ann"_s);
    QCOMPARE(submit->text(2), actionLabel(WorkflowAction::Submit));
    QCOMPARE(submit->text(3),
        statusLabel(ArticleStatus::Draft) + u" → "_s + statusLabel(ArticleStatus::InReview));
    QCOMPARE(submit->text(4), u"Ready for the desk"_s);
    QCOMPARE(submit->text(5), u"3"_s);

    const QTreeWidgetItem *approve = log->topLevelItem(1);
    QCOMPARE(approve->text(1), u"bob"_s);
    QCOMPARE(approve->text(2), actionLabel(WorkflowAction::Approve));
    QCOMPARE(approve->text(3),
        statusLabel(ArticleStatus::InReview) + u" → "_s + statusLabel(ArticleStatus::Approved));
    QCOMPARE(approve->text(4), u"Clean copy"_s);

    // Read-only: nothing in the log can be edited.
    QCOMPARE(log->editTriggers(), QAbstractItemView::NoEditTriggers);
}

QTEST_MAIN(TestRevisionHistoryDialog)
#include "tst_revisionhistorydialog.moc"
