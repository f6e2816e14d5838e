// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// The editorial workflow in the real window on a real library file: first-run identity, people,
// the actions each person may take, and a reporter and an editor taking an article through
// review, with an approved text that goes back to review when it is edited; and the ways out a
// newsroom with one editor needs: an undo that brings the approval back (and takes the banner
// away), an admin's override with its note, withdrawing a submission, and who you are in sight.
#include "articledocument.h"
#include "articleeditor.h"
#include "articlefactory.h"
#include "articlesession.h"
#include "autosavecontroller.h"
#include "checklistpanel.h"
#include "commentthreadwidget.h"
#include "entrylisteditor.h"
#include "identitydialog.h"
#include "library.h"
#include "librarymodel.h"
#include "librarypanel.h"
#include "linefieldeditor.h"
#include "mainwindow.h"
#include "markdowneditor.h"
#include "noticebanner.h"
#include "paragraphlineedit.h"
#include "partframe.h"
#include "peopledialog.h"
#include "publishededitor.h"
#include "reviewdocks.h"
#include "reviewpanel.h"
#include "settings.h"
#include "sqlitearticlestore.h"
#include "transitiondialog.h"
#include "windowtesting.h"
#include "workflowbadge.h"
#include "workflowcontroller.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

using A = WorkflowAction;

} // namespace

class TestWorkflowWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void firstRunTurnsTheWorkflowOn();
    void firstRunWithoutWorkflow();
    void knownUserWithoutPeopleIsNotAsked();
    void strangerPicksThemselves();
    void actionsExplainAMissingWorkflow();
    void enabledExactlyAsTheRulesAllow_data();
    void enabledExactlyAsTheRulesAllow();
    void reviewRoundTrip();
    void reassignAndSpike();
    void soleEditorUndoBringsTheApprovalBack();
    void smallEditKeepsTheApproval();
    void adminOverrideNeedsANote();
    void submitConfirmsRecommendedFindingsAndCanBeWithdrawn();
    void requestedChangesReachTheOwner();

private:
    std::unique_ptr<MainWindow> openWindow(const QString &user);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
};

void TestWorkflowWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestWorkflowWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(u"copydeskrc"_s), nullptr);
}

void TestWorkflowWindow::cleanup()
{
    m_settings.reset();
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestWorkflowWindow::openWindow(const QString &user)
{
    return startedWindow(m_dir->filePath(u"library.copydesk"_s), m_settings.get(), user);
}

void TestWorkflowWindow::firstRunTurnsTheWorkflowOn()
{
    auto window = openWindow(u"login"_s);
    WorkflowController *workflow = window->workflow();
    QVERIFY(!workflow->hasPeople());
    QVERIFY(workflow->needsIdentity(false));
    bool seen = false;
    driveNextDialog<IdentityDialog>(
        [](IdentityDialog *dialog) {
            QVERIFY(!dialog->peopleList());
            QCOMPARE(dialog->nameEdit()->text(), u"login"_s);
            dialog->nameEdit()->setText(u"Ada Admin"_s);
            dialog->workflowChoice()->setChecked(true);
            dialog->accept();
        },
        &seen);
    workflow->askIdentityIfNeeded(false);
    QVERIFY(seen);
    QCOMPARE(workflow->currentUser(), u"Ada Admin"_s);
    const auto people = workflow->library()->people()->people();
    QVERIFY(people.ok());
    QCOMPARE(*people, (QList<Person> {{u"Ada Admin"_s, Role::Admin}}));
    QCOMPARE(m_settings->userName(), u"Ada Admin"_s);
    QCOMPARE(m_settings->userRole(), u"admin"_s);
    QVERIFY(workflow->peopleAction()->isEnabled());

    // New articles now start as drafts owned by her.
    window->libraryPanel()->articleActions().at(0)->trigger();
    QTest::keyClicks(headlineEdit(window.get()), u"First story"_s);
    QTRY_VERIFY_WITH_TIMEOUT(window->shownArticle() > 0, 3000);
    const Article stored = window->store()->load(window->shownArticle())->article;
    QCOMPARE(stored.owner, u"Ada Admin"_s);
    QCOMPARE(stored.status, ArticleStatus::Draft);
    QTRY_VERIFY(workflow->badge()->hasState());
    QVERIFY(workflow->badge()->text().contains(u"Ada Admin"_s));
}

void TestWorkflowWindow::firstRunWithoutWorkflow()
{
    auto window = openWindow(QString());
    WorkflowController *workflow = window->workflow();
    bool seen = false;
    driveNextDialog<IdentityDialog>(
        [](IdentityDialog *dialog) {
            dialog->nameEdit()->setText(u"  Sam Solo "_s);
            QVERIFY(dialog->plainChoice()->isChecked());
            dialog->accept();
        },
        &seen);
    QVERIFY(workflow->chooseIdentity());
    QVERIFY(seen);
    QCOMPARE(workflow->currentUser(), u"Sam Solo"_s);
    QVERIFY(!workflow->hasPeople());
    QCOMPARE(m_settings->userName(), u"Sam Solo"_s);
    QVERIFY(!workflow->needsIdentity(true));

    // Saves record the chosen name.
    const auto id = window->store()->create(Testing::readyArticle(), {u"Sam Solo"_s, {}, true});
    QVERIFY(window->libraryPanel()->selectArticle(*id));
    ParagraphLineEdit *headline = headlineEdit(window.get());
    headline->selectAll();
    QTest::keyClicks(headline, u"Edited alone"_s);
    QVERIFY(window->workflow()->perform(A::Submit).error().message.size() > 0);
    window->session()->close();
    QCOMPARE(window->store()->revisions(*id)->first().author, u"Sam Solo"_s);
}

void TestWorkflowWindow::knownUserWithoutPeopleIsNotAsked()
{
    auto window = openWindow(u"Kim"_s);
    QVERIFY(!window->workflow()->needsIdentity(true));
    window->workflow()->askIdentityIfNeeded(true); // would block on a dialog if it asked
    QCOMPARE(window->workflow()->currentUser(), u"Kim"_s);
}

void TestWorkflowWindow::strangerPicksThemselves()
{
    auto window = openWindow(u"Ada"_s);
    addPeopleThroughTheWindow(window.get());
    window->workflow()->setCurrentUser(u"stranger"_s);
    QVERIFY(!window->workflow()->currentPerson());
    QVERIFY(window->workflow()->needsIdentity(true));
    QVERIFY(!window->workflow()->peopleAction()->isEnabled());
    bool seen = false;
    driveNextDialog<IdentityDialog>(
        [](IdentityDialog *dialog) {
            QVERIFY(!dialog->nameEdit());
            QListWidget *list = dialog->peopleList();
            QCOMPARE(list->count(), 3);
            const auto matches = list->findItems(u"Ed"_s, Qt::MatchStartsWith);
            QCOMPARE(matches.size(), 1);
            QVERIFY(matches.first()->text().contains(u"Editor"_s));
            list->setCurrentItem(matches.first());
            dialog->accept();
        },
        &seen);
    window->workflow()->askIdentityIfNeeded(true);
    QVERIFY(seen);
    QCOMPARE(window->workflow()->currentUser(), u"Ed"_s);
    QCOMPARE(window->workflow()->currentPerson()->role, Role::Editor);
    QCOMPARE(m_settings->userRole(), u"editor"_s);
}

void TestWorkflowWindow::actionsExplainAMissingWorkflow()
{
    auto window = openWindow(u"Kim"_s);
    const auto id = window->store()->create(Testing::readyArticle(), {u"Kim"_s, {}, true});
    QVERIFY(window->libraryPanel()->selectArticle(*id));
    WorkflowController *workflow = window->workflow();
    for (A action :
        {A::Submit, A::Approve, A::RequestChanges, A::Publish, A::Spike, A::Restore, A::Reassign}) {
        QVERIFY(!workflow->action(action)->isEnabled());
        QVERIFY2(workflow->action(action)->toolTip().contains(u"no review workflow"_s),
            qPrintable(workflow->action(action)->toolTip()));
    }
    QVERIFY(!workflow->peopleAction()->isEnabled());
    QVERIFY(workflow->switchUserAction()->isEnabled());
    QStringList menus;
    for (QAction *action : window->menuBar()->actions())
        menus << action->text().remove(QLatin1Char('&'));
    QVERIFY(menus.contains(u"Workflow"_s));
}

void TestWorkflowWindow::enabledExactlyAsTheRulesAllow_data()
{
    QTest::addColumn<QString>("user");
    QTest::newRow("admin") << u"Ada"_s;
    QTest::newRow("reporter who owns it") << u"Rita"_s;
    QTest::newRow("editor") << u"Ed"_s;
}

void TestWorkflowWindow::enabledExactlyAsTheRulesAllow()
{
    QFETCH(QString, user);
    auto window = openWindow(u"Ada"_s);
    addPeopleThroughTheWindow(window.get());
    WorkflowController *workflow = window->workflow();
    Library *library = workflow->library();
    const auto id = window->store()->create(Testing::readyArticle(), {u"Rita"_s, {}, true});
    QVERIFY(window->libraryPanel()->selectArticle(*id));
    workflow->setCurrentUser(user);
    const Person person = *workflow->currentPerson();
    int enabledSomewhere = 0;
    const auto check = [&] {
        workflow->refresh();
        const auto context = library->workflow()->reviewContext(*id);
        QVERIFY(context.ok());
        QCOMPARE(workflow->badge()->status(), context->status);
        const QList<A> allowed = WorkflowRules::allowedActions(person, *context);
        for (A action : {A::Submit, A::Approve, A::RequestChanges, A::Publish, A::Spike, A::Restore,
                 A::Reassign}) {
            QCOMPARE(workflow->action(action)->isEnabled(), allowed.contains(action));
            if (!allowed.contains(action))
                QVERIFY(!workflow->action(action)->toolTip().isEmpty());
        }
        enabledSomewhere += allowed.size();
    };
    check();
    const std::pair<A, QString> steps[] = {
        {A::Submit, u"Rita"_s}, {A::Approve, u"Ed"_s}, {A::Publish, u"Ed"_s}, {A::Spike, u"Ada"_s}};
    for (const auto &[action, actor] : steps) {
        const auto applied = library->workflow()->apply(*id, action, actor);
        QVERIFY2(applied.ok(), qPrintable(applied ? QString() : applied.error().message));
        check();
    }
    QVERIFY(enabledSomewhere > 0);
}

void TestWorkflowWindow::reviewRoundTrip()
{
    auto window = openWindow(u"Ada"_s);
    addPeopleThroughTheWindow(window.get());
    WorkflowController *workflow = window->workflow();
    Library *library = workflow->library();

    // Rita opens her draft and submits it.
    workflow->setCurrentUser(u"Rita"_s);
    const auto id = window->store()->create(Testing::readyArticle(), {u"Rita"_s, {}, true});
    QVERIFY(id.ok());
    QVERIFY(window->libraryPanel()->selectArticle(*id));
    QCOMPARE(workflow->articleId(), *id);
    QCOMPARE(workflow->badge()->status(), ArticleStatus::Draft);
    QVERIFY(workflow->badge()->text().contains(u"Rita"_s));
    QVERIFY(workflow->action(A::Submit)->isEnabled());
    QVERIFY(!workflow->action(A::Approve)->isEnabled());
    QVERIFY(!workflow->action(A::Approve)->toolTip().isEmpty());
    QSignalSpy transitions(workflow, &WorkflowController::transitionApplied);
    workflow->action(A::Submit)->trigger();
    QCOMPARE(transitions.count(), 1);
    QCOMPARE(statusOf(window.get()), ArticleStatus::InReview);
    QCOMPARE(workflow->badge()->status(), ArticleStatus::InReview);
    QCOMPARE(window->session()->document()->article().status, ArticleStatus::InReview);
    QCOMPARE(library->workflow()->audit(*id)->last().action, u"submit"_s);
    QCOMPARE(library->workflow()->audit(*id)->last().actor, u"Rita"_s);
    QVERIFY(!workflow->action(A::Submit)->isEnabled());
    QVERIFY(!workflow->action(A::Approve)->isEnabled());

    // Ed reviews: he may approve or send it back, not submit.
    workflow->setCurrentUser(u"Ed"_s);
    QVERIFY(workflow->action(A::Approve)->isEnabled());
    QVERIFY(workflow->action(A::RequestChanges)->isEnabled());
    QVERIFY(!workflow->action(A::Submit)->isEnabled());
    QVERIFY(!workflow->action(A::Reassign)->isEnabled());
    bool seen = false;
    driveNextDialog<TransitionDialog>(
        [](TransitionDialog *dialog) {
            QCOMPARE(dialog->action(), A::RequestChanges);
            QVERIFY(!dialog->ownerChoice());
            dialog->noteEdit()->setPlainText(u"Name the source of the figures."_s);
            dialog->accept();
        },
        &seen);
    workflow->action(A::RequestChanges)->trigger();
    QVERIFY(seen);
    QCOMPARE(statusOf(window.get()), ArticleStatus::ChangesRequested);
    QCOMPARE(library->workflow()->audit(*id)->last().note, u"Name the source of the figures."_s);
    QCOMPARE(library->workflow()->audit(*id)->last().actor, u"Ed"_s);

    // Rita edits and resubmits; the edit is kept as the revision the review sees.
    workflow->setCurrentUser(u"Rita"_s);
    ParagraphLineEdit *headline = headlineEdit(window.get());
    headline->setFocus();
    headline->moveCursor(QTextCursor::End);
    QTest::keyClicks(headline, u", sources named"_s);
    QVERIFY(workflow->action(A::Submit)->isEnabled());
    workflow->action(A::Submit)->trigger();
    QCOMPARE(statusOf(window.get()), ArticleStatus::InReview);
    const QString resubmitted = Testing::readyArticle().headline + u", sources named"_s;
    QCOMPARE(window->store()->load(*id)->article.headline, resubmitted);
    QCOMPARE(window->store()->revisions(*id)->first().author, u"Rita"_s);

    // Ed approves without a note (the dialog is cancelled once first: nothing happens).
    workflow->setCurrentUser(u"Ed"_s);
    seen = false;
    driveNextDialog<TransitionDialog>([](TransitionDialog *dialog) { dialog->reject(); }, &seen);
    workflow->action(A::Approve)->trigger();
    QVERIFY(seen);
    QCOMPARE(statusOf(window.get()), ArticleStatus::InReview);
    seen = false;
    driveNextDialog<TransitionDialog>([](TransitionDialog *dialog) { dialog->accept(); }, &seen);
    workflow->action(A::Approve)->trigger();
    QVERIFY(seen);
    QCOMPARE(statusOf(window.get()), ArticleStatus::Approved);
    QCOMPARE(workflow->badge()->status(), ArticleStatus::Approved);
    QTRY_COMPARE(
        window->libraryPanel()->libraryModel()->summary(0).status, ArticleStatus::Approved);
    // The document shows the new status and the transitions kept Rita's undo history.
    ArticleDocument *document = window->session()->document();
    QCOMPARE(document->article().status, ArticleStatus::Approved);
    QVERIFY(!document->isModified());
    QUndoStack *undo = document->undoStack();
    QVERIFY(undo->canUndo());
    QVERIFY2(
        undo->undoText().contains(ArticleDocument::fieldLabel(ArticleDocument::Field::Headline)),
        qPrintable(undo->undoText()));
    undo->undo();
    QCOMPARE(document->article().headline, Testing::readyArticle().headline);
    undo->redo();
    QCOMPARE(document->article().headline, resubmitted);
    QVERIFY(!document->isModified());
    QVERIFY(workflow->action(A::Publish)->isEnabled());

    // Rita changes the approved headline: it goes back to review and she is told.
    workflow->setCurrentUser(u"Rita"_s);
    NoticeBanner *banner = workflow->banner();
    QVERIFY(!banner->isVisible());
    headline = headlineEdit(window.get());
    headline->setFocus();
    headline->moveCursor(QTextCursor::End);
    QTest::keyClicks(headline, u"!"_s);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(window.get()), ArticleStatus::InReview, 5000);
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"back in review"_s), qPrintable(banner->text()));
    QVERIFY(window->statusBar()->currentMessage().contains(u"back in review"_s));
    QTRY_COMPARE(workflow->badge()->status(), ArticleStatus::InReview);
    QCOMPARE(library->workflow()->audit(*id)->last().action, u"contentChanged"_s);
    QTRY_COMPARE(document->article().status, ArticleStatus::InReview);
    QCOMPARE(document->article().headline, resubmitted + u"!"_s);
    QVERIFY(!document->isModified());
    undo->undo(); // the "!" and the earlier edits are still there to undo
    QCOMPARE(document->article().headline, resubmitted);
    QCOMPARE(document->article().status, ArticleStatus::InReview);
    undo->redo();
    QVERIFY(!document->isModified());

    // Rita cannot approve her own article, even by asking the library directly.
    QVERIFY(!workflow->action(A::Approve)->isEnabled());
    const auto forced = workflow->perform(A::Approve);
    QVERIFY(!forced.ok());
    QVERIFY(forced.error().message.contains(u"Rita"_s));
    QVERIFY(!library->workflow()->apply(*id, A::Approve, u"Rita"_s).ok());
    QCOMPARE(statusOf(window.get()), ArticleStatus::InReview);
}

void TestWorkflowWindow::reassignAndSpike()
{
    auto window = openWindow(u"Ada"_s);
    addPeopleThroughTheWindow(window.get());
    WorkflowController *workflow = window->workflow();
    const auto id = window->store()->create(Testing::readyArticle(), {u"Rita"_s, {}, true});
    QVERIFY(window->libraryPanel()->selectArticle(*id));
    QVERIFY(workflow->action(A::Reassign)->isEnabled());
    bool seen = false;
    driveNextDialog<TransitionDialog>(
        [](TransitionDialog *dialog) {
            QVERIFY(dialog->ownerChoice());
            QCOMPARE(dialog->newOwner(), u"Rita"_s);
            dialog->ownerChoice()->setCurrentIndex(dialog->ownerChoice()->findData(u"Ed"_s));
            dialog->accept();
        },
        &seen);
    workflow->action(A::Reassign)->trigger();
    QVERIFY(seen);
    QCOMPARE(window->store()->load(*id)->article.owner, u"Ed"_s);
    QVERIFY(workflow->badge()->text().contains(u"Ed"_s));

    workflow->setInputProvider([](A action) -> std::optional<WorkflowController::Input> {
        return WorkflowController::Input {u"note for "_s + actionName(action), {}};
    });
    workflow->action(A::Spike)->trigger();
    QCOMPARE(statusOf(window.get()), ArticleStatus::Spiked);
    QCOMPARE(
        window->workflow()->library()->workflow()->audit(*id)->last().note, u"note for spike"_s);
    QVERIFY(workflow->action(A::Restore)->isEnabled());
    workflow->action(A::Restore)->trigger();
    QCOMPARE(statusOf(window.get()), ArticleStatus::Draft);
}

void TestWorkflowWindow::soleEditorUndoBringsTheApprovalBack()
{
    auto window = openWindow(u"Ada"_s);
    addPeopleThroughTheWindow(window.get());
    WorkflowController *workflow = window->workflow();
    Library *library = workflow->library();
    const qint64 id = submittedByRita(window.get(), Testing::readyArticle());
    QVERIFY(library->workflow()->apply(id, A::Approve, u"Ed"_s));
    workflow->setCurrentUser(u"Ed"_s);
    QVERIFY(window->libraryPanel()->selectArticle(id));
    QToolButton *identity = workflow->identityButton();
    QVERIFY(identity->isVisible());
    QCOMPARE(identity->text(), u"Ed · Editor"_s);
    QVERIFY(identity->toolTip().contains(u"switch user"_s));

    // Ed, the only editor, fixes a "typo": back in review, and he may not approve it now.
    NoticeBanner *banner = workflow->banner();
    ParagraphLineEdit *headline = headlineEdit(window.get());
    headline->setFocus();
    headline->moveCursor(QTextCursor::End);
    QTest::keyClicks(headline, u"!"_s);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(window.get()), ArticleStatus::InReview, 5000);
    QTRY_VERIFY(banner->isVisible());
    QTRY_VERIFY(!workflow->action(A::Approve)->isEnabled());

    // Ctrl+Z: the approved text again. The approval comes back and the banner goes.
    QTest::keyClick(headline, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(headline->text(), Testing::readyArticle().headline);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(window.get()), ArticleStatus::Approved, 5000);
    QTRY_VERIFY(!banner->isVisible());
    QTRY_COMPARE(workflow->badge()->status(), ArticleStatus::Approved);
    QVERIFY2(window->statusBar()->currentMessage().contains(u"approval is back"_s),
        qPrintable(window->statusBar()->currentMessage()));
    QCOMPARE(library->workflow()->audit(id)->last().action, u"approvalRestored"_s);
    QCOMPARE(library->workflow()->audit(id)->last().actor, u"Ed"_s);
    QTRY_COMPARE(window->session()->document()->article().status, ArticleStatus::Approved);
    QVERIFY(workflow->action(A::Publish)->isEnabled());
}

void TestWorkflowWindow::smallEditKeepsTheApproval()
{
    auto window = openWindow(u"Ada"_s);
    addPeopleThroughTheWindow(window.get());
    WorkflowController *workflow = window->workflow();
    Library *library = workflow->library();
    Result<PublicationProfile> profile = window->store()->publicationProfile();
    QVERIFY(profile);
    profile->editorSmallEditWords = 3;
    QVERIFY(window->store()->setPublicationProfile(*profile));
    const qint64 id = submittedByRita(window.get(), Testing::readyArticle());
    QVERIFY(library->workflow()->apply(id, A::Approve, u"Ed"_s));
    workflow->setCurrentUser(u"Ed"_s);
    QVERIFY(window->libraryPanel()->selectArticle(id));

    // Ed adds one word to the approved headline: it stays approved, and he is told why.
    NoticeBanner *banner = workflow->banner();
    ParagraphLineEdit *headline = headlineEdit(window.get());
    headline->setFocus();
    headline->moveCursor(QTextCursor::End);
    QTest::keyClicks(headline, u" today"_s);
    QTRY_COMPARE_WITH_TIMEOUT(library->workflow()->audit(id)->last().action, u"smallEdit"_s, 5000);
    QTRY_VERIFY(window->statusBar()->currentMessage().contains(u"stays approved"_s));
    QCOMPARE(statusOf(window.get()), ArticleStatus::Approved);
    QVERIFY(!banner->isVisible());
    QTRY_COMPARE(workflow->badge()->status(), ArticleStatus::Approved);
    QVERIFY(workflow->action(A::Publish)->isEnabled());

    // More than three words since the review: back in review, and the banner says so.
    QTest::keyClicks(headline, u" and all week long"_s);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(window.get()), ArticleStatus::InReview, 5000);
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"back in review"_s), qPrintable(banner->text()));
    QCOMPARE(library->workflow()->audit(id)->last().action, u"contentChanged"_s);
    QTRY_COMPARE(workflow->badge()->status(), ArticleStatus::InReview);
    QVERIFY(!workflow->action(A::Publish)->isEnabled());
}

void TestWorkflowWindow::adminOverrideNeedsANote()
{
    auto window = openWindow(u"Ada"_s);
    addPeopleThroughTheWindow(window.get());
    WorkflowController *workflow = window->workflow();
    const qint64 id = submittedByRita(window.get(), Testing::readyArticle());
    Article edited = window->store()->load(id)->article;
    edited.dek += u" Updated."_s;
    QVERIFY(window->store()->save(id, edited, {u"Ed"_s, {}, false}));
    workflow->setCurrentUser(u"Ed"_s);
    QVERIFY(window->libraryPanel()->selectArticle(id));
    QVERIFY(!workflow->action(A::Approve)->isEnabled()); // Ed edited it
    QVERIFY(!workflow->action(A::ApproveOverride)->isEnabled());

    workflow->setCurrentUser(u"Ada"_s);
    QCOMPARE(workflow->identityButton()->text(), u"Ada · Admin"_s);
    QVERIFY(!workflow->action(A::Approve)->isEnabled());
    QVERIFY2(workflow->action(A::Approve)->toolTip().contains(u"override"_s),
        qPrintable(workflow->action(A::Approve)->toolTip()));
    QVERIFY(workflow->action(A::ApproveOverride)->isEnabled());
    bool seen = false;
    driveNextDialog<TransitionDialog>(
        [](TransitionDialog *dialog) {
            QCOMPARE(dialog->action(), A::ApproveOverride);
            QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled());
            dialog->noteEdit()->setPlainText(u"   "_s);
            QVERIFY(!ok->isEnabled());
            dialog->noteEdit()->setPlainText(u"Ed is our only editor and fixed a typo."_s);
            QVERIFY(ok->isEnabled());
            ok->click();
        },
        &seen);
    workflow->action(A::ApproveOverride)->trigger();
    QVERIFY(seen);
    QCOMPARE(statusOf(window.get()), ArticleStatus::Approved);
    const AuditEntry last = workflow->library()->workflow()->audit(id)->last();
    QCOMPARE(last.action, u"approveOverride"_s);
    QCOMPARE(last.actor, u"Ada"_s);
    QCOMPARE(last.note, u"Ed is our only editor and fixed a typo."_s);
}

void TestWorkflowWindow::submitConfirmsRecommendedFindingsAndCanBeWithdrawn()
{
    auto window = openWindow(u"Ada"_s);
    addPeopleThroughTheWindow(window.get());
    WorkflowController *workflow = window->workflow();
    Article article = Testing::readyArticle();
    article.dek.clear(); // "dek.present" is a recommended rule
    const auto id = window->store()->create(article, {u"Rita"_s, {}, true});
    QVERIFY(id);
    workflow->setCurrentUser(u"Rita"_s);
    QVERIFY(window->libraryPanel()->selectArticle(*id));
    QCOMPARE(workflow->identityButton()->text(), u"Rita · Reporter"_s);
    QVERIFY(!workflow->action(A::Withdraw)->isEnabled());

    QStringList asked;
    bool answer = false;
    workflow->setConfirmation(
        [&](const QString &title, const QString &text, const QString &details) {
            asked << title + u'|' + text + u'|' + details;
            return answer;
        });
    workflow->action(A::Submit)->trigger();
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.first().contains(u"1 recommended finding"_s), qPrintable(asked.first()));
    QCOMPARE(statusOf(window.get()), ArticleStatus::Draft); // cancelled
    answer = true;
    workflow->action(A::Submit)->trigger();
    QCOMPARE(asked.size(), 2);
    QCOMPARE(statusOf(window.get()), ArticleStatus::InReview);

    // Until an editor decides, Rita can take it back.
    QVERIFY(workflow->action(A::Withdraw)->isEnabled());
    workflow->action(A::Withdraw)->trigger();
    QCOMPARE(statusOf(window.get()), ArticleStatus::Draft);
    QCOMPARE(workflow->badge()->status(), ArticleStatus::Draft);
    const AuditEntry last = workflow->library()->workflow()->audit(*id)->last();
    QCOMPARE(last.action, u"withdraw"_s);
    QCOMPARE(last.actor, u"Rita"_s);

    // Without findings nothing is asked.
    QVERIFY(window->session()->document()->setText(ArticleDocument::Field::Dek, u"A dek."_s));
    workflow->action(A::Submit)->trigger(); // stores the edit first
    QCOMPARE(asked.size(), 2);
    QCOMPARE(statusOf(window.get()), ArticleStatus::InReview);
}

void TestWorkflowWindow::requestedChangesReachTheOwner()
{
    auto window = openWindow(u"Ada"_s);
    addPeopleThroughTheWindow(window.get());
    WorkflowController *workflow = window->workflow();
    const qint64 id = submittedByRita(window.get(), Testing::readyArticle());
    workflow->setCurrentUser(u"Ed"_s);
    QVERIFY(window->libraryPanel()->selectArticle(id));
    QVERIFY(workflow->perform(A::RequestChanges, u"Name the source of the figures."_s));
    NoticeBanner *banner = workflow->banner();
    QVERIFY(!banner->isVisible()); // Ed is not the owner

    // Rita sees the note on her article, in the Review dock as a thread, and in her queue.
    workflow->setCurrentUser(u"Rita"_s);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"Ed asked for changes: Name the source of the figures."_s),
        qPrintable(banner->text()));
    QDockWidget *reviewDock = window->reviewDocks()->reviewDock();
    reviewDock->hide();
    Q_EMIT banner->linkActivated(u"#action"_s);
    QVERIFY(!banner->isVisible());
    QVERIFY(reviewDock->isVisible());
    const QList<CommentThreadWidget *> threads = reviewDock->findChildren<CommentThreadWidget *>();
    QCOMPARE(threads.size(), 1);
    QCOMPARE(threads.first()->anchor(), CommentAnchor::wholeArticle());
    window->libraryPanel()->setWorkflowView(Queues::View::ChangesRequested);
    QTRY_COMPARE(window->libraryPanel()->libraryModel()->rowCount(), 1);
    QCOMPARE(window->libraryPanel()->libraryModel()->summary(0).id, id);

    // She answers there.
    QLineEdit *reply = threads.first()->findChild<QLineEdit *>();
    QVERIFY(reply);
    reply->setFocus();
    QTest::keyClicks(reply, u"Added the statistics office."_s);
    QTest::keyClick(reply, Qt::Key_Return);
    QTRY_COMPARE(workflow->library()->review()->comments(id)->size(), 2);
    QCOMPARE(workflow->library()->review()->comments(id)->last().author, u"Rita"_s);

    // Dismissed, the note stays away while she works; resubmitted, it goes for good.
    workflow->refresh();
    QVERIFY(!banner->isVisible());
    workflow->action(A::Submit)->trigger();
    QCOMPARE(statusOf(window.get()), ArticleStatus::InReview);
    QVERIFY(!banner->isVisible());
}

int main(int argc, char *argv[])
{
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestWorkflowWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_workflowwindow.moc"
