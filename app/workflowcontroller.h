// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "checklist.h"
#include "checklistconfig.h"
#include "role.h"
#include "workflowrules.h"

#include <QMap>
#include <QObject>
#include <QTimer>
#include <functional>
#include <optional>

class QAction;
class QMenu;
class QToolBar;
class QToolButton;
class QWidget;

namespace Copydesk {

class ArticleDocument;
class ArticleSession;
class NoticeBanner;
class Settings;
class Library;
class WorkflowBadge;

/// The editorial workflow in the window: who the current user is (always in sight on the
/// identity button, which switches user), the Workflow menu (Submit for Review, Withdraw from
/// Review, Approve, Approve as Admin, Request Changes, Publish, Spike, Restore, Reassign…,
/// People…, Checklist Rules…, Switch User…), the status badge of the open article and the banner
/// that says when an approved text went back to review (shown only while it is in review) or,
/// to the owner, what changes an editor asked for (with a link to answer in the Review dock).
///
/// Actions are enabled exactly when WorkflowRules::allowedActions() allows them for the
/// current person on the open article; a disabled action's tooltip says why. The state is
/// refreshed when the article changes, after saves (coalesced), after transitions and when
/// the user changes. In a library without people every workflow action is disabled.
///
/// Panels that follow the workflow (checklist, review comments) take currentUser(),
/// library(), articleId() and document() from here and refresh on stateChanged().
class WorkflowController : public QObject
{
    Q_OBJECT
public:
    /// What an action needs beyond the click: an audit note, and the new owner for Reassign.
    struct Input
    {
        QString note;
        QString newOwner;
    };
    /// Asks the user for an action's Input; nullopt when they cancel. The default shows a
    /// TransitionDialog for Approve, Approve as admin (a note required), Request changes, Spike
    /// and Reassign, asks Submit to be confirmed when the checklist has recommended findings
    /// (Confirmation), and asks nothing for the others.
    using InputProvider = std::function<std::optional<Input>(WorkflowAction action)>;
    /// Asks a yes/no question (title, text, details); true for yes. The default is a message
    /// box.
    using Confirmation
        = std::function<bool(const QString &title, const QString &text, const QString &details)>;
    /// Asks for the library's new checklist levels, given the stored config; nullopt when the
    /// user cancels. The default shows a ChecklistRulesDialog.
    using ChecklistRulesProvider
        = std::function<std::optional<ChecklistConfig>(const ChecklistConfig &current)>;

    /// Nothing is owned except the actions, menu, badge and banner it makes (children of
    /// `window`); the others must outlive the controller. `user` is the initial current user.
    WorkflowController(Library *library, ArticleSession *session, Settings *settings,
        const QString &user, QWidget *window);
    ~WorkflowController() override;

    /// The name recorded on saves, revisions and transitions; may be empty.
    QString currentUser() const { return m_user; }
    /// The current user as one of the library's people; nullopt when the library has no people
    /// or the user is not one of them.
    std::optional<Person> currentPerson() const;
    /// The open library, with its workflow parts (nullptr when they could not be opened).
    Library *library() const { return m_library; }
    /// Whether the library has people, and so a workflow.
    bool hasPeople() const;
    /// The open stored article; 0 when none (or a new one not stored yet).
    qint64 articleId() const;
    ArticleDocument *document() const;

    /// Makes `name` the current user: pending edits are stored under the previous name first,
    /// later saves record `name`. Does not touch Settings.
    void setCurrentUser(const QString &name);

    /// Whether to ask who the user is: the library has people and the user is not one of them,
    /// or it has none and `nameKnown` is false (no name in Settings or on the command line).
    bool needsIdentity(bool nameKnown) const;
    /// Shows the identity dialog when needsIdentity(nameKnown).
    void askIdentityIfNeeded(bool nameKnown);
    /// Shows the identity dialog (Switch User…). On OK the choice becomes the current user and
    /// Settings' user name (and role); choosing to turn the workflow on adds the user as the
    /// library's admin. False when cancelled or refused.
    bool chooseIdentity();
    /// Workflow ▸ People…: for admins.
    void showPeople();
    /// Workflow ▸ Checklist Rules…: for editors and admins. Asks for the levels
    /// (ChecklistRulesProvider), stores them with Workflow::setChecklistConfig() as the
    /// current user, shows a refusal in a message box, and refreshes so that the panels take
    /// the new config.
    void editChecklistRules();
    void setChecklistRulesProvider(ChecklistRulesProvider provider)
    {
        m_checklistRulesProvider = std::move(provider);
    }

    /// Applies `action` to the open article as the current user: stores pending edits and keeps
    /// a revision first, then Workflow::apply(); on success the document takes the new
    /// status and owner (ArticleDocument::setWorkflowState(), the undo history stays) and the
    /// state is refreshed. Returns the new status or the refusal (nothing is shown to the user).
    Result<ArticleStatus> perform(
        WorkflowAction action, const QString &note = {}, const QString &newOwner = {});
    /// What the menu does: asks for input (InputProvider), perform(), shows a refusal.
    void trigger(WorkflowAction action);
    void setInputProvider(InputProvider provider) { m_inputProvider = std::move(provider); }
    void setConfirmation(Confirmation confirmation) { m_confirmation = std::move(confirmation); }

    QAction *action(WorkflowAction action) const { return m_actions.value(action); }
    QAction *peopleAction() const { return m_peopleAction; }
    QAction *switchUserAction() const { return m_switchUserAction; }
    QAction *checklistRulesAction() const { return m_checklistRulesAction; }
    /// The Workflow menu; owned by the window.
    QMenu *menu() const { return m_menu; }
    /// Adds the badge and the main workflow actions to `toolBar`.
    void addToToolBar(QToolBar *toolBar) const;
    WorkflowBadge *badge() const { return m_badge; }
    /// The non-modal notice shown when an approved text went back to review; hidden again as
    /// soon as the article is no longer in review. The window places it.
    NoticeBanner *banner() const { return m_banner; }
    /// Who the current user is, with their role ("eve · Editor"); clicking it switches user.
    /// The window places it (the status bar).
    QToolButton *identityButton() const { return m_identity; }

    /// Re-reads the open article's workflow state now and updates the badge and actions.
    void refresh();

Q_SIGNALS:
    void userChanged(const QString &name);
    /// After refresh(): the article, its status, its owner or the user may have changed.
    void stateChanged();
    /// A transition was applied to article `id`, now in `status`.
    void transitionApplied(
        qint64 id, Copydesk::WorkflowAction action, Copydesk::ArticleStatus status);
    /// A short sentence for the status bar.
    void message(const QString &text);
    /// perform() was refused only because of required checklist findings; `path` is where the
    /// first one is to be fixed (CommentAnchor syntax), for ArticleEditor::focusPath().
    void checklistBlocked(const QString &path);
    /// The user asked to see the review comments (the banner's link to answer an editor's note).
    void reviewRequested();

private:
    void createActions();
    std::optional<Input> askInput(WorkflowAction action);
    void showReturnedToReview(qint64 id, const QString &text);
    void showApprovalKept(qint64 id, const QString &text);
    /// After a save of the open article `id` changed its workflow: the banner (shown when it
    /// went back to review), the status bar message, the new state.
    void followSave(qint64 id, const QString &text, bool returnedToReview);
    /// Submit: true when the checklist has no recommended finding or the user confirms.
    bool confirmSubmit();
    void updateIdentity(const std::optional<Person> &person);
    /// For the owner of an article with changes requested: the editor's note in the banner,
    /// once per request (a dismissed note stays away until the article is opened again).
    void showRequestedChanges(qint64 id);
    /// Gives the open document article `id`'s stored status and owner, keeping its undo history.
    void takeStoredState(qint64 id);
    /// The required checklist findings on the stored content of the open article when they
    /// alone keep `person` from `action`; empty otherwise.
    QList<ChecklistFinding> blockingFindings(
        WorkflowAction action, const Person &person, const ReviewContext &context) const;
    /// WorkflowRules' refusal followed by what to fix, one finding a line.
    static QString withFixes(const QString &refusal, const QList<ChecklistFinding> &findings);

    Library *m_library;
    ArticleSession *m_session;
    Settings *m_settings;
    QWidget *m_window;
    QString m_user;
    QMap<WorkflowAction, QAction *> m_actions;
    QAction *m_peopleAction = nullptr;
    QAction *m_switchUserAction = nullptr;
    QAction *m_checklistRulesAction = nullptr;
    QMenu *m_menu = nullptr;
    WorkflowBadge *m_badge;
    NoticeBanner *m_banner;
    QToolButton *m_identity;
    qint64 m_noteShown = 0; ///< The audit entry of the note last shown in the banner.
    /// The status the banner's message is about; it hides when the article has another.
    ArticleStatus m_bannerStatus = ArticleStatus::InReview;
    QTimer m_refreshTimer;
    InputProvider m_inputProvider;
    ChecklistRulesProvider m_checklistRulesProvider;
    Confirmation m_confirmation;
};

} // namespace Copydesk
