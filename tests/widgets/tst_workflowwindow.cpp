// The editorial workflow in the real window on a real library file: first-run identity, people,
// a reporter and an editor taking an article through review, an approved text that goes back
// to review when it is edited, and the Checklist and Review docks and library views beside it.
#include "articledocument.h"
#include "articleeditor.h"
#include "articlefactory.h"
#include "articlesession.h"
#include "autosavecontroller.h"
#include "checklistpanel.h"
#include "commentthreadwidget.h"
#include "entrylisteditor.h"
#include "identitydialog.h"
#include "librarymodel.h"
#include "librarypanel.h"
#include "linefieldeditor.h"
#include "mainwindow.h"
#include "markdowneditor.h"
#include "noticebanner.h"
#include "partframe.h"
#include "peopledialog.h"
#include "publishededitor.h"
#include "reviewdocks.h"
#include "reviewpanel.h"
#include "settings.h"
#include "sqlitearticlestore.h"
#include "sqliteworkflow.h"
#include "transitiondialog.h"
#include "workflowbadge.h"
#include "workflowcontroller.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
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
using namespace Qt::StringLiterals;

namespace {

using A = WorkflowAction;

/// Runs `drive` on the modal dialog of type T once it is shown (the caller then opens it).
template<typename T> void driveNextDialog(std::function<void(T *)> drive, bool *seen)
{
    QTimer::singleShot(0, qApp, [drive, seen] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        *seen = true;
        drive(dialog);
    });
}

QLineEdit *headlineEdit(MainWindow *window)
{
    return window->editor()->lineField(ArticleDocument::Field::Headline)->lineEdit();
}

/// Whether the window's keyboard focus is in `widget` or one of its children.
bool focusIsIn(MainWindow *window, const QWidget *widget)
{
    const QWidget *focus = window->focusWidget();
    return widget && focus && (focus == widget || widget->isAncestorOf(focus));
}

/// The Key Facts part of `article`; a fatal error when there is none.
ArticlePart &keyFacts(Article &article)
{
    for (ArticlePart &part : article.parts) {
        if (part.kind == ArticlePart::Kind::KeyFacts)
            return part;
    }
    qFatal("the article has no Key Facts");
}

/// The row of the finding list whose finding has `ruleId`; -1 when none.
int findingRow(ChecklistPanel *panel, const QString &ruleId)
{
    const QList<ChecklistFinding> findings = panel->findings();
    for (int row = 0; row < findings.size(); ++row) {
        if (findings.at(row).ruleId == ruleId)
            return row;
    }
    return -1;
}

void clickFinding(ChecklistPanel *panel, int row)
{
    QListWidget *list = panel->findingList();
    QVERIFY(row >= 0 && row < list->count());
    const QRect rect = list->visualItemRect(list->item(row));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
}

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
    void docksAreRememberedAndToggled();
    void comment();
    void checklist();
    void lengthLimitFromProfile();
    void awaitingMyReviewView();

private:
    std::unique_ptr<MainWindow> openWindow(const QString &user);
    /// Ada (admin) adds Rita (reporter) and Ed (editor) through the People dialog.
    void addPeople(MainWindow *window);
    ArticleStatus statusOf(MainWindow *window) const;
    /// Rita's article with `article`'s content, submitted for review by her.
    qint64 submittedByRita(MainWindow *window, const Article &article);

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
    auto store = SqliteArticleStore::open(
        m_dir->filePath(u"library.copydesk"_s), SqliteArticleStore::OpenMode::CreateIfMissing);
    if (!store)
        qFatal("cannot open the test library: %s", qPrintable(store.error().message));
    auto window = std::make_unique<MainWindow>(std::move(store).value(), m_settings.get(), user);
    window->show();
    if (!QTest::qWaitFor([&] { return window->isStarted(); }))
        qFatal("the window did not start");
    return window;
}

void TestWorkflowWindow::addPeople(MainWindow *window)
{
    WorkflowController *workflow = window->workflow();
    QVERIFY(workflow->workflow()->addPerson({u"Ada"_s, Role::Admin}, u"Ada"_s).ok());
    workflow->setCurrentUser(u"Ada"_s);
    QVERIFY(workflow->peopleAction()->isEnabled());
    bool seen = false;
    driveNextDialog<PeopleDialog>(
        [](PeopleDialog *dialog) {
            QVERIFY(dialog->addPerson(u"Rita"_s, u"reporter"_s));
            QVERIFY(dialog->addPerson(u"Ed"_s, u"editor"_s));
            QVERIFY(!dialog->addPerson(u"Zed"_s, u"chief"_s));
            QVERIFY(!dialog->lastError().isEmpty());
            QCOMPARE(dialog->peopleList()->topLevelItemCount(), 3);
            dialog->accept();
        },
        &seen);
    workflow->peopleAction()->trigger();
    QVERIFY(seen);
    const auto people = workflow->workflow()->people();
    QVERIFY(people.ok());
    QCOMPARE(people->size(), 3);
}

ArticleStatus TestWorkflowWindow::statusOf(MainWindow *window) const
{
    const auto state = window->workflow()->workflow()->state(window->shownArticle());
    return state ? state->status : ArticleStatus::Spiked;
}

qint64 TestWorkflowWindow::submittedByRita(MainWindow *window, const Article &article)
{
    const auto id = window->store()->create(article, {u"Rita"_s, {}, true});
    if (!id)
        qFatal("cannot store the article: %s", qPrintable(id.error().message));
    const auto submitted = window->workflow()->workflow()->apply(*id, A::Submit, u"Rita"_s);
    if (!submitted)
        qFatal("cannot submit the article: %s", qPrintable(submitted.error().message));
    return *id;
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
    const auto people = workflow->workflow()->people();
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
    const auto id = window->store()->create(Testing::fullArticle(), {u"Sam Solo"_s, {}, true});
    QVERIFY(window->libraryPanel()->selectArticle(*id));
    QLineEdit *headline = headlineEdit(window.get());
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
    addPeople(window.get());
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
    const auto id = window->store()->create(Testing::fullArticle(), {u"Kim"_s, {}, true});
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
    addPeople(window.get());
    WorkflowController *workflow = window->workflow();
    SqliteWorkflow *library = workflow->workflow();
    const auto id = window->store()->create(Testing::fullArticle(), {u"Rita"_s, {}, true});
    QVERIFY(window->libraryPanel()->selectArticle(*id));
    workflow->setCurrentUser(user);
    const Person person = *workflow->currentPerson();
    int enabledSomewhere = 0;
    const auto check = [&] {
        workflow->refresh();
        const auto context = library->reviewContext(*id);
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
        const auto applied = library->apply(*id, action, actor);
        QVERIFY2(applied.ok(), qPrintable(applied ? QString() : applied.error().message));
        check();
    }
    QVERIFY(enabledSomewhere > 0);
}

void TestWorkflowWindow::reviewRoundTrip()
{
    auto window = openWindow(u"Ada"_s);
    addPeople(window.get());
    WorkflowController *workflow = window->workflow();
    SqliteWorkflow *library = workflow->workflow();

    // Rita opens her draft and submits it.
    workflow->setCurrentUser(u"Rita"_s);
    const auto id = window->store()->create(Testing::fullArticle(), {u"Rita"_s, {}, true});
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
    QCOMPARE(library->audit(*id)->last().action, u"submit"_s);
    QCOMPARE(library->audit(*id)->last().actor, u"Rita"_s);
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
    QCOMPARE(library->audit(*id)->last().note, u"Name the source of the figures."_s);
    QCOMPARE(library->audit(*id)->last().actor, u"Ed"_s);

    // Rita edits and resubmits; the edit is kept as the revision the review sees.
    workflow->setCurrentUser(u"Rita"_s);
    QLineEdit *headline = headlineEdit(window.get());
    headline->setFocus();
    headline->end(false);
    QTest::keyClicks(headline, u", sources named"_s);
    QVERIFY(workflow->action(A::Submit)->isEnabled());
    workflow->action(A::Submit)->trigger();
    QCOMPARE(statusOf(window.get()), ArticleStatus::InReview);
    const QString resubmitted = Testing::fullArticle().headline + u", sources named"_s;
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
    QCOMPARE(document->article().headline, Testing::fullArticle().headline);
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
    headline->end(false);
    QTest::keyClicks(headline, u"!"_s);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(window.get()), ArticleStatus::InReview, 5000);
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"back in review"_s), qPrintable(banner->text()));
    QVERIFY(window->statusBar()->currentMessage().contains(u"back in review"_s));
    QTRY_COMPARE(workflow->badge()->status(), ArticleStatus::InReview);
    QCOMPARE(library->audit(*id)->last().action, u"contentChanged"_s);
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
    QVERIFY(!library->apply(*id, A::Approve, u"Rita"_s).ok());
    QCOMPARE(statusOf(window.get()), ArticleStatus::InReview);
}

void TestWorkflowWindow::reassignAndSpike()
{
    auto window = openWindow(u"Ada"_s);
    addPeople(window.get());
    WorkflowController *workflow = window->workflow();
    const auto id = window->store()->create(Testing::fullArticle(), {u"Rita"_s, {}, true});
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
    QCOMPARE(window->workflow()->workflow()->audit(*id)->last().note, u"note for spike"_s);
    QVERIFY(workflow->action(A::Restore)->isEnabled());
    workflow->action(A::Restore)->trigger();
    QCOMPARE(statusOf(window.get()), ArticleStatus::Draft);
}

void TestWorkflowWindow::docksAreRememberedAndToggled()
{
    QByteArray state;
    {
        auto window = openWindow(u"Kim"_s);
        ReviewDocks *docks = window->reviewDocks();
        QCOMPARE(docks->checklistDock()->objectName(), u"checklistDock"_s);
        QCOMPARE(docks->reviewDock()->objectName(), u"reviewDock"_s);
        QCOMPARE(window->dockWidgetArea(docks->checklistDock()), Qt::RightDockWidgetArea);
        QCOMPARE(window->tabifiedDockWidgets(docks->checklistDock()),
            QList<QDockWidget *> {docks->reviewDock()});
        // Library, editor and preview keep a usable width beside the docks.
        const QList<int> sizes = qobject_cast<QSplitter *>(window->centralWidget())->sizes();
        QCOMPARE(sizes.size(), 3);
        for (int size : sizes)
            QVERIFY2(size >= 250, qPrintable(QString::number(size)));
        QVERIFY2(sizes.at(1) >= 500, qPrintable(QString::number(sizes.at(1))));

        QStringList viewMenu;
        for (QAction *menu : window->menuBar()->actions()) {
            if (menu->text().remove(QLatin1Char('&')) == u"View"_s) {
                for (QAction *action : menu->menu()->actions())
                    viewMenu << action->text();
            }
        }
        QVERIFY2(viewMenu.contains(u"Checklist"_s) && viewMenu.contains(u"Review"_s),
            qPrintable(viewMenu.join(u", "_s)));
        docks->reviewDock()->toggleViewAction()->trigger();
        QVERIFY(docks->reviewDock()->isHidden());
        window->close();
        state = m_settings->windowState();
    }
    auto window = openWindow(u"Kim"_s);
    QVERIFY(!state.isEmpty());
    QVERIFY(window->reviewDocks()->reviewDock()->isHidden());
    QVERIFY(!window->reviewDocks()->checklistDock()->isHidden());
    window->reviewDocks()->reviewDock()->toggleViewAction()->trigger();
    QVERIFY(!window->reviewDocks()->reviewDock()->isHidden());
}

void TestWorkflowWindow::comment()
{
    auto window = openWindow(u"Ada"_s);
    addPeople(window.get());
    WorkflowController *workflow = window->workflow();
    SqliteWorkflow *library = workflow->workflow();
    const qint64 id = submittedByRita(window.get(), Testing::fullArticle());

    // Ed opens Rita's submitted article and comments on the headline.
    workflow->setCurrentUser(u"Ed"_s);
    QVERIFY(window->libraryPanel()->selectArticle(id));
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    ReviewPanel *review = window->reviewDocks()->review();
    auto *box = review->findChild<QPlainTextEdit *>(u"commentBox"_s);
    auto *button = review->findChild<QPushButton *>(u"commentButton"_s);
    auto *anchorLabel = review->findChild<QLabel *>(u"anchorLabel"_s);
    QVERIFY(box && button && anchorLabel);
    QVERIFY(!box->isEnabled());
    headlineEdit(window.get())->setFocus();
    QTRY_VERIFY(box->isEnabled());
    QVERIFY2(anchorLabel->text().contains(u"Headline"_s), qPrintable(anchorLabel->text()));
    box->setFocus();
    QTest::keyClicks(box, u"Too long for the front page."_s);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    auto comments = library->comments(id);
    QVERIFY(comments.ok());
    QCOMPARE(comments->size(), 1);
    QCOMPARE(comments->first().anchor, CommentAnchor {u"headline"_s});
    QCOMPARE(comments->first().author, u"Ed"_s);
    QCOMPARE(comments->first().text, u"Too long for the front page."_s);

    // A comment on a selection in the lede keeps the range.
    MarkdownEditor *lede = window->editor()->ledeEditor();
    lede->setFocus();
    QTextCursor cursor = lede->textCursor();
    cursor.setPosition(4);
    cursor.setPosition(15, QTextCursor::KeepAnchor);
    lede->setTextCursor(cursor);
    QTRY_VERIFY2(anchorLabel->text().contains(u"“"_s), qPrintable(anchorLabel->text()));
    box->setFocus();
    QTest::keyClicks(box, u"Source?"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    comments = library->comments(id);
    QCOMPARE(comments->size(), 2);
    QCOMPARE(comments->last().anchor, (CommentAnchor {u"lede"_s, 4, 15}));

    // Rita sees both threads; clicking one shows where it points.
    workflow->setCurrentUser(u"Rita"_s);
    QList<CommentThreadWidget *> threads = review->findChildren<CommentThreadWidget *>();
    QCOMPARE(threads.size(), 2);
    bool shown = false;
    for (const QLabel *label : threads.first()->findChildren<QLabel *>())
        shown = shown || label->text() == u"Too long for the front page."_s;
    QVERIFY(shown);
    window->libraryPanel()->setFocus();
    QVERIFY(!focusIsIn(window.get(), headlineEdit(window.get())));
    QTest::mouseClick(threads.first(), Qt::LeftButton, {}, QPoint(2, 2));
    QTRY_VERIFY(focusIsIn(window.get(), headlineEdit(window.get())));
    QTest::mouseClick(threads.last(), Qt::LeftButton, {}, QPoint(2, 2));
    QTRY_VERIFY(focusIsIn(window.get(), lede));
    QCOMPARE(lede->textCursor().selectionStart(), 4);
    QCOMPARE(lede->textCursor().selectionEnd(), 15);

    // Rita's saves leave a reply she is typing alone; they do update the threads otherwise.
    QPointer<QLineEdit> reply = threads.first()->findChild<QLineEdit *>();
    QVERIFY(reply);
    reply->setFocus();
    QTest::keyClicks(reply, u"Shortened"_s);
    QSignalSpy refreshed(workflow, &WorkflowController::stateChanged);
    window->session()->document()->setText(ArticleDocument::Field::Dek, u"A shorter dek."_s);
    window->session()->autosave()->saveNow();
    QTRY_VERIFY(refreshed.count() > 0);
    QVERIFY(reply);
    QCOMPARE(reply->text(), u"Shortened"_s);
    QCOMPARE(window->store()->load(id)->article.dek, u"A shorter dek."_s);
}

void TestWorkflowWindow::checklist()
{
    auto window = openWindow(u"Ada"_s);
    addPeople(window.get());
    WorkflowController *workflow = window->workflow();
    SqliteWorkflow *library = workflow->workflow();
    ReviewDocks *docks = window->reviewDocks();
    ChecklistPanel *checklist = docks->checklist();

    // Ed's article: submitted while empty Key Facts were only recommended.
    Article emptyFacts = Testing::fullArticle();
    keyFacts(emptyFacts).items = {QString()};
    const qint64 submitted = submittedByRita(window.get(), emptyFacts);
    ChecklistConfig config = *library->checklistConfig();
    QCOMPARE(config.level(u"published.set"_s), RuleLevel::Required);
    QVERIFY(config.setLevel(u"keyFacts.nonEmpty"_s, RuleLevel::Required));
    QVERIFY(library->setChecklistConfig(config, u"Ada"_s).ok());

    // Rita's draft has empty Key Facts and no publication date.
    Article draft = emptyFacts;
    draft.uuid.clear();
    draft.published = {};
    const auto id = window->store()->create(draft, {u"Rita"_s, {}, true});
    QVERIFY(id.ok());
    workflow->setCurrentUser(u"Rita"_s);
    QVERIFY(window->libraryPanel()->selectArticle(*id));
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QCOMPARE(checklist->config(), config);
    QTRY_COMPARE(checklist->requiredCount(), 2);
    const int factsRow = findingRow(checklist, u"keyFacts.nonEmpty"_s);
    QVERIFY(factsRow >= 0);
    QVERIFY(findingRow(checklist, u"published.set"_s) >= 0);
    const QString factsMessage = checklist->findings().at(factsRow).message;
    QToolButton *fixes = docks->requiredFixesButton();
    QVERIFY(fixes->isVisible());
    QVERIFY2(fixes->text().contains(u"2"_s), qPrintable(fixes->text()));

    // Submit says why it is disabled and, forced, refuses with what to fix and shows the place.
    QAction *submit = workflow->action(A::Submit);
    QVERIFY(!submit->isEnabled());
    QVERIFY2(submit->toolTip().contains(u"Set the publication date."_s)
            && submit->toolTip().contains(factsMessage),
        qPrintable(submit->toolTip()));
    docks->reviewDock()->raise();
    const auto refused = workflow->perform(A::Submit);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(u"required finding"_s)
            && refused.error().message.contains(u"Set the publication date."_s),
        qPrintable(refused.error().message));
    QTRY_VERIFY(focusIsIn(window.get(), window->editor()->publishedEditor()));
    QTRY_VERIFY(!docks->checklistDock()->visibleRegion().isEmpty());
    QCOMPARE(statusOf(window.get()), ArticleStatus::Draft);

    // Activating the Key Facts finding goes to the Key Facts editor; typing there fixes it live.
    const QString factsId = keyFacts(draft).id;
    EntryListEditor *facts = window->editor()->partFrame(factsId)->entryEditor();
    clickFinding(checklist, factsRow);
    QTRY_VERIFY(focusIsIn(window.get(), facts));
    QTest::keyClicks(window->focusWidget(), u"Rainfall: 71 mm"_s);
    QTRY_COMPARE(checklist->requiredCount(), 1);
    QCOMPARE(findingRow(checklist, u"keyFacts.nonEmpty"_s), -1);
    QVERIFY2(fixes->text().contains(u"1"_s), qPrintable(fixes->text()));

    // The status bar button goes to the date; clicking the finding does too.
    headlineEdit(window.get())->setFocus();
    QTest::mouseClick(fixes, Qt::LeftButton);
    QTRY_VERIFY(focusIsIn(window.get(), window->editor()->publishedEditor()));
    headlineEdit(window.get())->setFocus();
    clickFinding(checklist, findingRow(checklist, u"published.set"_s));
    QTRY_VERIFY(focusIsIn(window.get(), window->editor()->publishedEditor()));
    window->session()->document()->setPublished(
        QDateTime(QDate(2026, 3, 14), QTime(9, 0), QTimeZone::UTC));
    QTRY_COMPARE(checklist->requiredCount(), 0);
    QVERIFY(fixes->isHidden());
    QVERIFY(workflow->perform(A::Submit).ok());
    QCOMPARE(statusOf(window.get()), ArticleStatus::InReview);

    // Ed cannot approve the article whose Key Facts became required after submission.
    workflow->setCurrentUser(u"Ed"_s);
    QVERIFY(window->libraryPanel()->selectArticle(submitted));
    QTRY_COMPARE(checklist->requiredCount(), 1);
    QAction *approve = workflow->action(A::Approve);
    QVERIFY(!approve->isEnabled());
    QVERIFY2(approve->toolTip().contains(factsMessage), qPrintable(approve->toolTip()));
    QVERIFY(workflow->action(A::RequestChanges)->isEnabled());
    headlineEdit(window.get())->setFocus();
    const auto notApproved = workflow->perform(A::Approve);
    QVERIFY(!notApproved.ok());
    QVERIFY2(notApproved.error().message.contains(factsMessage),
        qPrintable(notApproved.error().message));
    QTRY_VERIFY(focusIsIn(window.get(), window->editor()->partFrame(factsId)->entryEditor()));
    QCOMPARE(statusOf(window.get()), ArticleStatus::InReview);
}

void TestWorkflowWindow::lengthLimitFromProfile()
{
    auto window = openWindow(u"Ada"_s);
    addPeople(window.get());
    ChecklistPanel *checklist = window->reviewDocks()->checklist();
    LineFieldEditor *headline = window->editor()->lineField(ArticleDocument::Field::Headline);
    QCOMPARE(checklist->config().headlineMaxLength, 110);
    QCOMPARE(headline->lengthLimit(), 110);

    PublicationProfile profile = *window->store()->publicationProfile();
    profile.headlineMaxLength = 72;
    QVERIFY(window->store()->setPublicationProfile(profile).ok());
    Article article = Testing::fullArticle();
    article.headline = QString(73, u'h');
    const auto id = window->store()->create(article, {u"Ada"_s, {}, true});
    QVERIFY(id.ok());
    QVERIFY(window->libraryPanel()->selectArticle(*id));
    QTRY_COMPARE(window->shownArticle(), *id);
    QCOMPARE(headline->counter()->text(), u"73 / 72"_s);
    QCOMPARE(checklist->config().headlineMaxLength, 72);
    QTRY_VERIFY(findingRow(checklist, u"headline.length"_s) >= 0);
    const ChecklistFinding finding
        = checklist->findings().at(findingRow(checklist, u"headline.length"_s));
    QVERIFY2(finding.message.contains(u"73"_s) && finding.message.contains(u"72"_s),
        qPrintable(finding.message));

    // No limit: the counter counts, the checklist finds nothing about the length.
    profile.headlineMaxLength = 0;
    QVERIFY(window->store()->setPublicationProfile(profile).ok());
    QCOMPARE(headline->counter()->text(), u"73"_s);
    QCOMPARE(checklist->config().headlineMaxLength, 0);
    QTRY_COMPARE(findingRow(checklist, u"headline.length"_s), -1);
}

void TestWorkflowWindow::awaitingMyReviewView()
{
    auto window = openWindow(u"Ada"_s);
    addPeople(window.get());
    WorkflowController *workflow = window->workflow();
    const qint64 submitted = submittedByRita(window.get(), Testing::fullArticle());
    Article draft = Testing::fullArticle();
    draft.uuid.clear();
    draft.headline = u"Still a draft"_s;
    QVERIFY(window->store()->create(draft, {u"Rita"_s, {}, true}).ok());
    workflow->setCurrentUser(u"Ed"_s);

    LibraryPanel *panel = window->libraryPanel();
    QComboBox *views = nullptr;
    for (QComboBox *combo : panel->findChildren<QComboBox *>()) {
        if (combo->findText(u"Awaiting my review"_s) >= 0)
            views = combo;
    }
    QVERIFY(views);
    QVERIFY(views->isVisible());
    QTRY_COMPARE(panel->libraryModel()->rowCount(), 2);
    views->setCurrentIndex(views->findText(u"Awaiting my review"_s));
    QCOMPARE(panel->workflowView(), SqliteWorkflow::View::AwaitingMyReview);
    QTRY_COMPARE(panel->libraryModel()->rowCount(), 1);
    QCOMPARE(panel->libraryModel()->summary(0).id, submitted);

    // Rita is no reviewer: the view is empty for her; Ed's list follows his approval.
    workflow->setCurrentUser(u"Rita"_s);
    panel->setWorkflowView(SqliteWorkflow::View::AwaitingMyReview);
    QTRY_COMPARE(panel->libraryModel()->rowCount(), 0);
    workflow->setCurrentUser(u"Ed"_s);
    panel->setWorkflowView(SqliteWorkflow::View::AwaitingMyReview);
    QTRY_COMPARE(panel->libraryModel()->rowCount(), 1);
    QVERIFY(panel->selectArticle(submitted));
    QVERIFY(workflow->perform(A::Approve).ok());
    QTRY_COMPARE(panel->libraryModel()->rowCount(), 0);
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
