// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "workflowcontroller.h"

#include "articledocument.h"
#include "articlesession.h"
#include "autosavecontroller.h"
#include "checklistrulesdialog.h"
#include "identitydialog.h"
#include "library.h"
#include "noticebanner.h"
#include "peopledialog.h"
#include "settings.h"
#include "transitiondialog.h"
#include "workflowbadge.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QToolBar>
#include <QToolButton>

namespace Copydesk {

namespace {

constexpr int RefreshDelayMs = 300; // Saves come every second while typing; the checklist runs.

constexpr WorkflowAction allActions[]
    = {WorkflowAction::Submit, WorkflowAction::Withdraw, WorkflowAction::Approve,
        WorkflowAction::ApproveOverride, WorkflowAction::RequestChanges, WorkflowAction::Publish,
        WorkflowAction::Spike, WorkflowAction::Restore, WorkflowAction::Reassign};

} // namespace

WorkflowController::WorkflowController(Library *library, ArticleSession *session,
    Settings *settings, const QString &user, QWidget *window)
    : QObject(window)
    , m_library(library)
    , m_session(session)
    , m_settings(settings)
    , m_window(window)
    , m_user(library->sessionUser().isEmpty() ? user : library->sessionUser())
    , m_badge(new WorkflowBadge(window))
    , m_banner(new NoticeBanner(tr("Workflow notice"), window))
    , m_identity(new QToolButton(window))
{
    Q_ASSERT(m_library && m_session && m_settings && m_window);
    m_session->autosave()->setAuthor(m_user);
    createActions();

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(RefreshDelayMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &WorkflowController::refresh);
    connect(m_session, &ArticleSession::articleChanged, this, [this] {
        m_banner->hide();
        m_noteShown = 0;
        refresh();
    });
    connect(m_banner, &NoticeBanner::actionRequested, this, &WorkflowController::reviewRequested);
    connect(m_library->articles(), &ArticleStore::articleChanged, this, [this](qint64 id) {
        if (id == articleId())
            m_refreshTimer.start();
    });
    connect(m_session->autosave(), &AutosaveController::articleCreated, this,
        &WorkflowController::refresh);
    connect(m_library->articles(), &ArticleStore::returnedToReview, this,
        &WorkflowController::showReturnedToReview);
    connect(m_library->articles(), &ArticleStore::approvalKept, this,
        &WorkflowController::showApprovalKept);
    m_identity->setObjectName(QStringLiteral("identity"));
    m_identity->setAutoRaise(true);
    m_identity->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_identity->setIcon(m_switchUserAction->icon());
    connect(m_identity, &QToolButton::clicked, this, &WorkflowController::chooseIdentity);
    refresh();
}

WorkflowController::~WorkflowController() = default;

void WorkflowController::createActions()
{
    const std::tuple<WorkflowAction, QString, QString> texts[] = {
        {WorkflowAction::Submit, tr("&Submit for Review"),
            tr("Send the article to an editor for review")},
        {WorkflowAction::Withdraw, tr("&Withdraw from Review"),
            tr("Take the article back from review to draft")},
        {WorkflowAction::Approve, tr("&Approve…"), tr("Approve the article for publication")},
        {WorkflowAction::ApproveOverride, tr("Approve as A&dmin…"),
            tr("Approve the article as admin without an editor's review, with a note")},
        {WorkflowAction::RequestChanges, tr("Request &Changes…"),
            tr("Send the article back to its owner with a note")},
        {WorkflowAction::Publish, tr("&Publish"), tr("Mark the approved article as published")},
        {WorkflowAction::Spike, tr("Sp&ike…"), tr("Drop the article, with a note")},
        {WorkflowAction::Restore, tr("&Restore from Spike"),
            tr("Return the spiked article to draft")},
        {WorkflowAction::Reassign, tr("Reassi&gn…"), tr("Give the article to another owner")},
    };
    m_menu = new QMenu(tr("&Workflow"), m_window);
    for (const auto &[workflowAction, text, tip] : texts) {
        auto *action = new QAction(text, this);
        action->setStatusTip(tip);
        action->setObjectName(QStringLiteral("workflow-") + actionName(workflowAction));
        connect(
            action, &QAction::triggered, this, [this, workflowAction] { trigger(workflowAction); });
        m_actions.insert(workflowAction, action);
        m_menu->addAction(action);
        if (workflowAction == WorkflowAction::Publish)
            m_menu->addSeparator();
    }
    m_actions.value(WorkflowAction::Submit)->setIcon(QIcon::fromTheme(QStringLiteral("mail-send")));
    m_actions.value(WorkflowAction::Approve)
        ->setIcon(QIcon::fromTheme(QStringLiteral("dialog-ok")));
    m_menu->addSeparator();
    m_peopleAction = m_menu->addAction(QIcon::fromTheme(QStringLiteral("system-users")),
        tr("P&eople…"), this, &WorkflowController::showPeople);
    m_checklistRulesAction
        = m_menu->addAction(tr("C&hecklist Rules…"), this, &WorkflowController::editChecklistRules);
    m_checklistRulesAction->setObjectName(QStringLiteral("workflow-checklist-rules"));
    m_peopleAction->setStatusTip(tr("Add the library's people and set their roles"));
    m_checklistRulesAction->setStatusTip(
        tr("Choose which checklist rules are off, recommended or required"));
    m_switchUserAction = m_menu->addAction(QIcon::fromTheme(QStringLiteral("system-switch-user")),
        tr("S&witch User…"), this, &WorkflowController::chooseIdentity);
    m_switchUserAction->setStatusTip(tr("Change who you are in this window"));
}

void WorkflowController::addToToolBar(QToolBar *toolBar) const
{
    toolBar->addSeparator();
    toolBar->addWidget(m_badge);
    for (WorkflowAction action : {WorkflowAction::Submit, WorkflowAction::Approve,
             WorkflowAction::RequestChanges, WorkflowAction::Publish})
        toolBar->addAction(m_actions.value(action));
}

std::optional<Person> WorkflowController::currentPerson() const
{
    if (!m_library->workflow() || m_user.isEmpty() || !hasPeople())
        return std::nullopt;
    const Result<Person> person = m_library->people()->person(m_user);
    return person ? std::optional<Person>(*person) : std::nullopt;
}

bool WorkflowController::hasPeople() const
{
    return m_library->hasPeople();
}

qint64 WorkflowController::articleId() const
{
    return m_session->articleId();
}

ArticleDocument *WorkflowController::document() const
{
    return m_session->document();
}

void WorkflowController::setCurrentUser(const QString &requested)
{
    // On a team library the server decides who you are: the database login.
    const QString login = m_library->sessionUser();
    const QString name = login.isEmpty() ? requested : login;
    if (name != m_user) {
        m_session->autosave()->saveNow(); // Edits so far were the previous user's.
        m_user = name;
        m_session->autosave()->setAuthor(name);
        Q_EMIT userChanged(name);
    }
    refresh();
}

bool WorkflowController::needsIdentity(bool nameKnown) const
{
    if (!m_library->sessionUser().isEmpty())
        return false;
    if (hasPeople())
        return !currentPerson();
    return !nameKnown || m_user.isEmpty();
}

void WorkflowController::askIdentityIfNeeded(bool nameKnown)
{
    if (needsIdentity(nameKnown))
        chooseIdentity();
}

bool WorkflowController::chooseIdentity()
{
    if (const QString login = m_library->sessionUser(); !login.isEmpty()) {
        QMessageBox::information(m_window, tr("Copydesk"),
            tr("On a team library you are your database login, %1. To work as someone else, "
               "open the library with their login (user= in its address).")
                .arg(login));
        return false;
    }
    QList<Person> people;
    if (m_library->workflow()) {
        if (const auto everyone = m_library->people()->people())
            people = *everyone;
    }
    IdentityDialog dialog(people, m_user, m_window);
    if (m_library->workflow() == nullptr && dialog.workflowChoice()) {
        dialog.workflowChoice()->setEnabled(false);
        dialog.workflowChoice()->setToolTip(m_library->workflowError());
    }
    if (dialog.exec() != QDialog::Accepted || dialog.userName().isEmpty())
        return false;
    const QString name = dialog.userName();
    if (dialog.enableWorkflow()) {
        if (const Status added = m_library->people()->addPerson({name, Role::Admin}, name);
            !added) {
            QMessageBox::warning(m_window, tr("Copydesk"),
                tr("The review workflow could not be turned on.") + QLatin1String("\n\n")
                    + added.error().message);
            return false;
        }
        Q_EMIT message(tr("Review workflow turned on; you are the library's admin."));
    }
    m_settings->setUserName(name);
    setCurrentUser(name);
    if (const auto person = currentPerson())
        m_settings->setUserRole(roleName(person->role));
    return true;
}

void WorkflowController::showPeople()
{
    const auto person = currentPerson();
    if (!person || person->role != Role::Admin)
        return;
    PeopleDialog dialog(m_library->people(), m_user, m_window);
    dialog.exec();
    refresh();
}

void WorkflowController::editChecklistRules()
{
    const auto person = currentPerson();
    if (!person || person->role == Role::Reporter)
        return;
    const Result<ChecklistConfig> stored = m_library->workflow()->checklistConfig();
    if (!stored) {
        QMessageBox::warning(m_window, tr("Checklist Rules"), stored.error().message);
        return;
    }
    std::optional<ChecklistConfig> edited;
    if (m_checklistRulesProvider) {
        edited = m_checklistRulesProvider(*stored);
    } else {
        ChecklistRulesDialog dialog(*stored, m_window);
        if (dialog.exec() == QDialog::Accepted)
            edited = dialog.config();
    }
    if (!edited || *edited == *stored)
        return;
    if (const Status saved = m_library->workflow()->setChecklistConfig(*edited, m_user); !saved) {
        QMessageBox::warning(m_window, tr("Checklist Rules"),
            tr("The checklist rules were not changed.") + QLatin1String("\n\n")
                + saved.error().message);
        refresh(); // The user's role may have changed meanwhile.
        return;
    }
    Q_EMIT message(tr("Checklist rules changed for the whole library."));
    refresh();
}

Result<ArticleStatus> WorkflowController::perform(
    WorkflowAction action, const QString &note, const QString &newOwner)
{
    const qint64 id = articleId();
    if (!m_library->workflow() || id == 0)
        return Error {tr("No stored article is open."), Error::Code::NotFound};
    AutosaveController *autosave = m_session->autosave();
    // The decision is on exactly the text on screen, kept as a revision.
    if (!m_session->isReadOnly()
        && !autosave->keepRevision(tr("Before “%1”").arg(actionLabel(action))))
        return Error {autosave->lastError(), Error::Code::Generic};
    const Result<ArticleStatus> status
        = m_library->workflow()->apply(id, action, m_user, note, newOwner);
    if (!status) {
        const auto person = currentPerson();
        const auto context = m_library->workflow()->reviewContext(id);
        refresh();
        if (!person || !context)
            return status;
        const QList<ChecklistFinding> findings = blockingFindings(action, *person, *context);
        if (findings.isEmpty())
            return status;
        Q_EMIT checklistBlocked(findings.first().path);
        return Error {withFixes(status.error().message, findings), status.error().code};
    }
    // The document takes the stored status and owner; the writer's undo history stays.
    takeStoredState(id);
    refresh();
    Q_EMIT transitionApplied(id, action, *status);
    Q_EMIT message(tr("%1: the article is now %2.").arg(actionLabel(action), statusLabel(*status)));
    return status;
}

void WorkflowController::trigger(WorkflowAction action)
{
    const std::optional<Input> input = askInput(action);
    if (!input)
        return;
    if (const auto done = perform(action, input->note, input->newOwner); !done) {
        QMessageBox::warning(m_window, actionLabel(action),
            tr("The article's status was not changed.") + QLatin1String("\n\n")
                + done.error().message);
    }
}

std::optional<WorkflowController::Input> WorkflowController::askInput(WorkflowAction action)
{
    if (m_inputProvider)
        return m_inputProvider(action);
    if (action == WorkflowAction::Submit)
        return confirmSubmit() ? std::optional<Input>(Input {}) : std::nullopt;
    if (action == WorkflowAction::Publish || action == WorkflowAction::Restore
        || action == WorkflowAction::Withdraw)
        return Input {};
    QList<Person> people;
    if (const auto everyone = m_library->people()->people())
        people = *everyone;
    const auto state = m_library->workflow()->state(articleId());
    TransitionDialog dialog(
        action, document()->article().headline, people, state ? state->owner : QString(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return Input {dialog.note(), dialog.newOwner()};
}

void WorkflowController::showRequestedChanges(qint64 id)
{
    const auto audit = m_library->workflow()->audit(id);
    if (!audit)
        return;
    for (auto entry = audit->crbegin(); entry != audit->crend(); ++entry) {
        if (entry->action != actionName(WorkflowAction::RequestChanges))
            continue;
        if (entry->id == m_noteShown)
            return; // Shown already, or dismissed.
        m_noteShown = entry->id;
        m_bannerStatus = ArticleStatus::ChangesRequested;
        if (entry->note.isEmpty()) {
            m_banner->showNotice(
                tr("%1 asked for changes, without a note.").arg(entry->actor), true);
        } else {
            m_banner->showAction(tr("%1 asked for changes: %2").arg(entry->actor, entry->note),
                tr("Answer in the Review dock"));
        }
        return;
    }
}

bool WorkflowController::confirmSubmit()
{
    // The text on screen, which perform() stores before submitting it.
    const Result<ChecklistConfig> config = m_library->workflow()->checklistConfig();
    const QList<ChecklistFinding> findings
        = config ? Checklist::run(document()->article(), *config) : QList<ChecklistFinding>();
    QStringList recommended;
    for (const ChecklistFinding &finding : findings) {
        if (finding.severity == RuleLevel::Recommended)
            recommended << QStringLiteral("• ") + finding.message;
    }
    if (recommended.isEmpty())
        return true;
    const QString title = tr("Submit for Review");
    const QString text = tr("The checklist has %n recommended finding(s). Submit the article "
                            "for review anyway?",
        nullptr, int(recommended.size()));
    const QString details = recommended.join(QLatin1Char('\n'));
    if (m_confirmation)
        return m_confirmation(title, text, details);
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, m_window);
    box.setInformativeText(details);
    QPushButton *submit = box.addButton(tr("&Submit Anyway"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == submit;
}

void WorkflowController::updateIdentity(const std::optional<Person> &person)
{
    const QString name = person && !person->displayName.isEmpty() ? person->displayName : m_user;
    if (name.isEmpty()) {
        m_identity->setText(tr("Who are you?"));
    } else if (person) {
        m_identity->setText(tr("%1 · %2").arg(name, roleLabel(person->role)));
    } else {
        m_identity->setText(name);
    }
    const QString switching = m_library->sessionUser().isEmpty()
        ? tr("Click to switch user.")
        : tr("On a team library you are your database login.");
    m_identity->setToolTip(
        (person ? tr("You are %1, %2 of this library.").arg(name, roleLabel(person->role).toLower())
                : name.isEmpty() ? tr("You have not said who you are.")
                                 : tr("You are %1, not one of this library's people.").arg(name))
        + QLatin1Char(' ') + switching);
    m_identity->setAccessibleName(tr("Current user: %1").arg(m_identity->text()));
}

void WorkflowController::refresh()
{
    m_refreshTimer.stop();
    const qint64 id = articleId();
    const std::optional<Person> person = currentPerson();
    updateIdentity(person);
    const auto state = m_library->workflow() && id != 0 ? m_library->workflow()->state(id)
                                                        : Result<ArticleWorkflowState>(Error {});
    if (state)
        m_badge->setState(state->status, state->owner);
    else
        m_badge->clearState();
    // The banner says what the status means, never something else: back in review (after the
    // save that did it), or for the owner the changes an editor asked for.
    if (state && person && state->status == ArticleStatus::ChangesRequested
        && state->owner == person->name)
        showRequestedChanges(id);
    else if (!state || state->status != m_bannerStatus)
        m_banner->hide();

    QString why;
    std::optional<ReviewContext> context;
    if (!hasPeople()) {
        why = tr("This library has no review workflow. To turn it on, choose Workflow ▸ Switch "
                 "User… and add yourself as its admin.");
    } else if (!person) {
        why = tr("“%1” is not one of the library's people; choose yourself with Workflow ▸ "
                 "Switch User….")
                  .arg(m_user);
    } else if (id == 0) {
        why = tr("Open a stored article first.");
    } else if (const auto found = m_library->workflow()->reviewContext(id)) {
        context = *found;
    } else {
        why = found.error().message;
    }
    const QList<WorkflowAction> allowed
        = context ? WorkflowRules::allowedActions(*person, *context) : QList<WorkflowAction>();
    for (WorkflowAction workflowAction : allActions) {
        QAction *action = m_actions.value(workflowAction);
        const bool enabled = allowed.contains(workflowAction);
        action->setEnabled(enabled);
        if (enabled || !context)
            action->setToolTip(enabled ? actionLabel(workflowAction) : why);
        else
            action->setToolTip(
                withFixes(WorkflowRules::decide(workflowAction, *person, *context).error().message,
                    blockingFindings(workflowAction, *person, *context)));
    }
    const bool admin = person && person->role == Role::Admin;
    m_peopleAction->setEnabled(admin);
    m_peopleAction->setToolTip(admin ? tr("Add people and set their roles")
                                     : tr("Only an admin of the library manages its people."));
    const bool editsRules = person && person->role != Role::Reporter;
    m_checklistRulesAction->setEnabled(editsRules);
    if (editsRules)
        m_checklistRulesAction->setToolTip(tr("Set how much each checklist rule matters"));
    else if (!hasPeople() || !person)
        m_checklistRulesAction->setToolTip(why);
    else
        m_checklistRulesAction->setToolTip(
            tr("Only editors and admins of the library change its checklist rules."));
    Q_EMIT stateChanged();
}

void WorkflowController::showReturnedToReview(qint64 id, const QString &text)
{
    if (id == articleId())
        followSave(id, text, true);
}

void WorkflowController::showApprovalKept(qint64 id, const QString &text)
{
    if (id == articleId())
        followSave(id, text, false);
}

void WorkflowController::followSave(qint64 id, const QString &text, bool returnedToReview)
{
    if (returnedToReview) {
        m_bannerStatus = ArticleStatus::InReview;
        m_banner->showNotice(text, true);
    } else {
        m_banner->hide();
    }
    Q_EMIT message(text);
    refresh();
    // Emitted in the middle of the save that changed the status: the document changes once that
    // is done, so that autosave does not take the new status for an edit.
    QTimer::singleShot(0, this, [this, id] {
        if (id == articleId())
            takeStoredState(id);
    });
}

void WorkflowController::takeStoredState(qint64 id)
{
    if (!m_library->workflow())
        return;
    if (const auto state = m_library->workflow()->state(id))
        m_session->document()->setWorkflowState(state->status, state->owner);
    else
        Q_EMIT message(state.error().message);
}

QList<ChecklistFinding> WorkflowController::blockingFindings(
    WorkflowAction action, const Person &person, const ReviewContext &context) const
{
    if (context.requiredFindings == 0 || WorkflowRules::decide(action, person, context))
        return {};
    ReviewContext withoutFindings = context;
    withoutFindings.requiredFindings = 0;
    if (!WorkflowRules::decide(action, person, withoutFindings))
        return {};
    const auto findings = m_library->workflow()->check(articleId());
    QList<ChecklistFinding> required;
    for (const ChecklistFinding &finding : findings ? *findings : QList<ChecklistFinding>()) {
        if (finding.severity == RuleLevel::Required)
            required << finding;
    }
    return required;
}

QString WorkflowController::withFixes(
    const QString &refusal, const QList<ChecklistFinding> &findings)
{
    QString text = refusal;
    for (const ChecklistFinding &finding : findings)
        text += QStringLiteral("\n• ") + finding.message;
    return text;
}

} // namespace Copydesk
