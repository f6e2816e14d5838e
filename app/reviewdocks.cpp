// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "reviewdocks.h"

#include "articledocument.h"
#include "articleeditor.h"
#include "checklistpanel.h"
#include "focusnavigation.h"
#include "library.h"
#include "librarypanel.h"
#include "reviewpanel.h"
#include "workflowcontroller.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QStatusBar>
#include <QStyle>
#include <QToolButton>

namespace Copydesk {

namespace {

constexpr int StatusMessageMs = 5000;
constexpr int DockWidth = 280;

QDockWidget *makeDock(
    const QString &title, const QString &name, QWidget *panel, QMainWindow *window)
{
    auto *dock = new QDockWidget(title, window);
    dock->setObjectName(name); // QMainWindow::saveState() remembers docks by object name.
    dock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    dock->setWidget(panel);
    window->addDockWidget(Qt::RightDockWidgetArea, dock);
    return dock;
}

} // namespace

ReviewDocks::ReviewDocks(
    QMainWindow *window, WorkflowController *workflow, ArticleEditor *editor, LibraryPanel *library)
    : QObject(window)
    , m_window(window)
    , m_workflow(workflow)
    , m_editor(editor)
    , m_library(library)
    , m_checklist(new ChecklistPanel(window))
    , m_review(new ReviewPanel(window))
    , m_requiredFixes(new QToolButton(window))
{
    m_checklistDock
        = makeDock(tr("Checklist"), QStringLiteral("checklistDock"), m_checklist, window);
    m_reviewDock = makeDock(tr("Review"), QStringLiteral("reviewDock"), m_review, window);
    window->tabifyDockWidget(m_checklistDock, m_reviewDock);
    m_goToChecklist = goToAction(m_checklistDock, tr("Go to Checklist"),
        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_K),
        tr("Bring the checklist forward and move the keyboard focus into it"));
    m_goToReview
        = goToAction(m_reviewDock, tr("Go to Review"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R),
            tr("Bring the review comments forward and move the keyboard focus into them"));
    m_checklistDock->toggleViewAction()->setStatusTip(
        tr("Show or hide what the article still needs before review"));
    m_reviewDock->toggleViewAction()->setStatusTip(
        tr("Show or hide the review comments and the changes since the last review"));
    window->resizeDocks({m_checklistDock}, {DockWidth}, Qt::Horizontal);
    m_checklistDock->raise();

    m_requiredFixes->setAutoRaise(true);
    m_requiredFixes->setIcon(QIcon::fromTheme(QStringLiteral("dialog-error"),
        window->style()->standardIcon(QStyle::SP_MessageBoxCritical)));
    m_requiredFixes->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_requiredFixes->setAccessibleName(tr("Required checklist fixes"));
    m_requiredFixes->hide();
    window->statusBar()->insertPermanentWidget(0, m_requiredFixes);
    connect(m_requiredFixes, &QToolButton::clicked, this, [this] {
        for (const ChecklistFinding &finding : m_checklist->findings()) {
            if (finding.severity == RuleLevel::Required)
                return showFinding(finding.path);
        }
    });

    m_checklist->setContentsMargins(6, 4, 6, 6); // The panel's own layout has none.
    connect(m_checklist, &ChecklistPanel::findingActivated, this, &ReviewDocks::showFinding);
    connect(m_checklist, &ChecklistPanel::findingsChanged, this,
        [this](int required) { updateRequiredFixes(required); });
    connect(workflow, &WorkflowController::checklistBlocked, this, &ReviewDocks::showFinding);

    connect(m_review, &ReviewPanel::anchorActivated, this, &ReviewDocks::showAnchor);
    connect(m_review, &ReviewPanel::errorOccurred, this, [this](const QString &message) {
        m_window->statusBar()->showMessage(message, StatusMessageMs);
    });
    connect(editor, &ArticleEditor::anchorChanged, this,
        [this] { m_review->setCurrentAnchor(m_editor->currentAnchor()); });
    connect(
        workflow->document(), &ArticleDocument::changed, this, &ReviewDocks::articleContentChanged);
    // After article changes, saves (coalesced), transitions and user changes.
    connect(workflow, &WorkflowController::stateChanged, this, &ReviewDocks::followWorkflow);
    connect(workflow, &WorkflowController::reviewRequested, this, [this] {
        m_reviewDock->show();
        m_reviewDock->raise();
        m_review->setFocus();
    });
    connect(workflow, &WorkflowController::transitionApplied, library, &LibraryPanel::refresh);
    connect(workflow, &WorkflowController::transitionApplied, m_review, &ReviewPanel::refresh);
    followWorkflow();
}

ReviewDocks::~ReviewDocks() = default;

QList<QAction *> ReviewDocks::viewActions() const
{
    return {m_checklistDock->toggleViewAction(), m_reviewDock->toggleViewAction(), m_goToChecklist,
        m_goToReview};
}

QAction *ReviewDocks::goToAction(
    QDockWidget *dock, const QString &text, const QKeySequence &keys, const QString &tip)
{
    // The docks are tabbed together: the one behind is shown (not hidden) but out of sight,
    // so its show/hide action would only hide it. This brings it forward instead.
    auto *action = new QAction(text, this);
    action->setShortcut(keys);
    action->setStatusTip(tip);
    connect(action, &QAction::triggered, this, [dock] {
        dock->show();
        dock->raise();
        FocusNavigation::focusFirstIn(dock->widget());
    });
    return action;
}

QList<QDockWidget *> ReviewDocks::docks() const
{
    return {m_checklistDock, m_reviewDock};
}

void ReviewDocks::showFinding(const QString &path)
{
    m_checklistDock->show();
    m_checklistDock->raise();
    m_editor->focusPath(path);
}

void ReviewDocks::showAnchor(const CommentAnchor &anchor)
{
    if (anchor.isWholeArticle())
        return; // Nothing in particular to show.
    if (!m_editor->showAnchor(anchor)) {
        m_window->statusBar()->showMessage(
            tr("The place this comment points to is no longer in the article."), StatusMessageMs);
    }
}

void ReviewDocks::followWorkflow()
{
    Library *library = m_workflow->library();
    Library *withPeople = m_workflow->hasPeople() ? library : nullptr;
    const QString user = m_workflow->currentUser();
    const bool newWorkflow = withPeople != m_shownLibrary || user != m_shownUser;
    if (newWorkflow) {
        m_shownLibrary = withPeople;
        m_shownUser = user;
        m_review->setWorkflow(withPeople ? library->review() : nullptr,
            withPeople ? library->workflow() : nullptr, user);
        m_library->setWorkflow(withPeople ? library->queues() : nullptr, user);
    }
    if (Workflow *workflow = library->workflow()) {
        if (const auto config = workflow->checklistConfig();
            config && *config != m_checklist->config())
            m_checklist->setConfig(*config);
    }
    const qint64 id = m_workflow->articleId();
    const bool sameArticle = id == m_shownArticle;
    m_shownArticle = id;
    m_review->setArticle(id, m_workflow->document()->article());
    m_review->setCurrentAnchor(m_editor->currentAnchor());
    // After a save: the changes since the last review. Not while the writer types a comment or
    // reply there (a save cannot change the comments; the next one updates the changes).
    if (sameArticle && !newWorkflow && !m_review->isAncestorOf(QApplication::focusWidget()))
        m_review->refresh();
}

void ReviewDocks::articleContentChanged()
{
    m_review->setArticle(m_workflow->articleId(), m_workflow->document()->article());
}

void ReviewDocks::updateRequiredFixes(int required)
{
    m_requiredFixes->setVisible(required > 0);
    m_requiredFixes->setText(tr("Checklist: %n required", nullptr, required));
    m_requiredFixes->setToolTip(
        tr("The checklist has findings that block submitting and approving. Click to go to the "
           "first one."));
}

} // namespace Copydesk
