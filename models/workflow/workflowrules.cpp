// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "workflowrules.h"

namespace Copydesk {

namespace {

struct ActionEntry
{
    WorkflowAction action;
    const char *name;
    const char *label;
};

constexpr ActionEntry actions[] = {
    {WorkflowAction::Submit, "submit", QT_TRANSLATE_NOOP("Copydesk::WorkflowRules", "Submit")},
    {WorkflowAction::Approve, "approve", QT_TRANSLATE_NOOP("Copydesk::WorkflowRules", "Approve")},
    {WorkflowAction::RequestChanges, "requestChanges",
        QT_TRANSLATE_NOOP("Copydesk::WorkflowRules", "Request changes")},
    {WorkflowAction::Publish, "publish", QT_TRANSLATE_NOOP("Copydesk::WorkflowRules", "Publish")},
    {WorkflowAction::Spike, "spike", QT_TRANSLATE_NOOP("Copydesk::WorkflowRules", "Spike")},
    {WorkflowAction::Restore, "restore", QT_TRANSLATE_NOOP("Copydesk::WorkflowRules", "Restore")},
    {WorkflowAction::Reassign, "reassign",
        QT_TRANSLATE_NOOP("Copydesk::WorkflowRules", "Reassign")},
    {WorkflowAction::Withdraw, "withdraw",
        QT_TRANSLATE_NOOP("Copydesk::WorkflowRules", "Withdraw from review")},
    {WorkflowAction::ApproveOverride, "approveOverride",
        QT_TRANSLATE_NOOP("Copydesk::WorkflowRules", "Approve as admin (override)")},
};

Error refused(const QString &message)
{
    return Error {message, Error::Code::InvalidInput};
}

bool canManage(const Person &actor)
{
    return actor.role == Role::Editor || actor.role == Role::Admin;
}

} // namespace

QString actionName(WorkflowAction action)
{
    return QString::fromLatin1(actions[int(action)].name);
}

WorkflowAction actionFromName(const QString &name, bool *ok)
{
    for (const ActionEntry &entry : actions) {
        if (name == QLatin1String(entry.name)) {
            *ok = true;
            return entry.action;
        }
    }
    *ok = false;
    return WorkflowAction::Submit;
}

QString actionLabel(WorkflowAction action)
{
    return WorkflowRules::tr(actions[int(action)].label);
}

bool WorkflowRules::isAuthor(const QString &name, const ReviewContext &context)
{
    return name == context.owner || name == context.lastEditor
        || context.editorsSinceReview.contains(name);
}

Result<ArticleStatus> WorkflowRules::decide(
    WorkflowAction action, const Person &actor, const ReviewContext &context)
{
    const ArticleStatus status = context.status;
    const QString state = statusLabel(status);
    switch (action) {
    case WorkflowAction::Submit:
        if (status != ArticleStatus::Draft && status != ArticleStatus::ChangesRequested) {
            return refused(tr("Only a draft or an article with changes requested can be "
                              "submitted; this one is %1.")
                    .arg(state));
        }
        if (!context.owner.isEmpty() && context.owner != actor.name) {
            return refused(tr("Only the article's owner, %1, can submit it; an admin can "
                              "reassign it.")
                    .arg(context.owner));
        }
        if (context.requiredFindings > 0) {
            return refused(tr("The checklist has %n required finding(s); fix them before "
                              "submitting.",
                nullptr, context.requiredFindings));
        }
        return ArticleStatus::InReview;
    case WorkflowAction::Approve:
    case WorkflowAction::RequestChanges:
        if (status != ArticleStatus::InReview) {
            return refused(tr("Only an article in review can be approved or sent back; this "
                              "one is %1.")
                    .arg(state));
        }
        if (actor.role == Role::Admin && action == WorkflowAction::Approve) {
            return refused(tr("Only editors review articles; %1 is an admin and may approve "
                              "with an override and a note instead.")
                    .arg(actor.name));
        }
        if (actor.role != Role::Editor) {
            return refused(tr("Only editors review articles; %1 is a %2.")
                    .arg(actor.name, roleLabel(actor.role).toLower()));
        }
        if (isAuthor(actor.name, context)) {
            return refused(tr("%1 wrote or changed this article and cannot review it; another "
                              "editor must.")
                    .arg(actor.name));
        }
        if (action == WorkflowAction::RequestChanges)
            return ArticleStatus::ChangesRequested;
        if (context.requiredFindings > 0) {
            return refused(tr("The checklist has %n required finding(s); they must be fixed "
                              "before approval.",
                nullptr, context.requiredFindings));
        }
        return ArticleStatus::Approved;
    case WorkflowAction::Publish:
        if (status != ArticleStatus::Approved)
            return refused(
                tr("Only an approved article can be published; this one is %1.").arg(state));
        if (!canManage(actor)) {
            return refused(tr("Only editors and admins publish articles; %1 is a %2.")
                    .arg(actor.name, roleLabel(actor.role).toLower()));
        }
        if (!context.contentApproved)
            return refused(tr("The text changed after approval; it must be approved again."));
        return ArticleStatus::Published;
    case WorkflowAction::Spike:
        if (status == ArticleStatus::Spiked)
            return refused(tr("The article is already spiked."));
        if (!canManage(actor)) {
            return refused(tr("Only editors and admins spike articles; %1 is a %2.")
                    .arg(actor.name, roleLabel(actor.role).toLower()));
        }
        return ArticleStatus::Spiked;
    case WorkflowAction::Restore:
        if (status != ArticleStatus::Spiked)
            return refused(tr("Only a spiked article can be restored; this one is %1.").arg(state));
        if (!canManage(actor)) {
            return refused(tr("Only editors and admins restore spiked articles; %1 is a %2.")
                    .arg(actor.name, roleLabel(actor.role).toLower()));
        }
        return ArticleStatus::Draft;
    case WorkflowAction::Reassign:
        if (actor.role != Role::Admin) {
            return refused(tr("Only admins reassign articles; %1 is a %2.")
                    .arg(actor.name, roleLabel(actor.role).toLower()));
        }
        return status;
    case WorkflowAction::Withdraw:
        if (status != ArticleStatus::InReview) {
            return refused(
                tr("Only an article in review can be withdrawn; this one is %1.").arg(state));
        }
        if (context.owner != actor.name) {
            return refused(tr("Only the article's owner, %1, can withdraw it from review.")
                    .arg(context.owner));
        }
        if (!context.submitted) {
            return refused(tr("This article is in review because its approved text changed, "
                              "not because it was submitted; it cannot be withdrawn."));
        }
        return ArticleStatus::Draft;
    case WorkflowAction::ApproveOverride:
        if (status != ArticleStatus::InReview) {
            return refused(
                tr("Only an article in review can be approved; this one is %1.").arg(state));
        }
        if (actor.role != Role::Admin) {
            return refused(tr("Only admins approve with an override; %1 is a %2.")
                    .arg(actor.name, roleLabel(actor.role).toLower()));
        }
        if (context.requiredFindings > 0) {
            return refused(tr("The checklist has %n required finding(s); they must be fixed "
                              "before approval.",
                nullptr, context.requiredFindings));
        }
        return ArticleStatus::Approved;
    }
    Q_UNREACHABLE_RETURN(refused({}));
}

bool WorkflowRules::needsNote(WorkflowAction action)
{
    return action == WorkflowAction::ApproveOverride;
}

Error WorkflowRules::noteMissing(WorkflowAction action)
{
    return refused(tr("“%1” needs a note for the audit log saying why.").arg(actionLabel(action)));
}

TextChangeEffect WorkflowRules::textChange(const TextChange &change)
{
    switch (change.status) {
    case ArticleStatus::Approved:
    case ArticleStatus::Published:
        if (change.saverRole && *change.saverRole != Role::Reporter && change.smallEditWords > 0
            && change.changedWords <= change.smallEditWords)
            return TextChangeEffect::KeepApproval;
        return TextChangeEffect::ReturnToReview;
    case ArticleStatus::InReview:
        return change.backToApprovedText ? TextChangeEffect::RestoreApproval
                                         : TextChangeEffect::None;
    case ArticleStatus::Draft:
    case ArticleStatus::ChangesRequested:
    case ArticleStatus::Spiked:
        break;
    }
    return TextChangeEffect::None;
}

QString WorkflowRules::textChangeMessage(TextChangeEffect effect)
{
    switch (effect) {
    case TextChangeEffect::None:
        break;
    case TextChangeEffect::ReturnToReview:
        return tr("You changed the text of an approved article: it is back in review and needs "
                  "a new approval.");
    case TextChangeEffect::KeepApproval:
        return tr("Your edit is within what the publication profile allows editors after "
                  "approval: the article stays approved.");
    case TextChangeEffect::RestoreApproval:
        return tr("The text is exactly the approved text again: its approval is back.");
    }
    return {};
}

QString WorkflowRules::textChangeAction(TextChangeEffect effect)
{
    switch (effect) {
    case TextChangeEffect::None:
        break;
    case TextChangeEffect::ReturnToReview:
        return QStringLiteral("contentChanged");
    case TextChangeEffect::KeepApproval:
        return QStringLiteral("smallEdit");
    case TextChangeEffect::RestoreApproval:
        return QStringLiteral("approvalRestored");
    }
    return {};
}

QList<WorkflowAction> WorkflowRules::allowedActions(
    const Person &actor, const ReviewContext &context)
{
    QList<WorkflowAction> allowed;
    for (const ActionEntry &entry : actions) {
        if (decide(entry.action, actor, context))
            allowed.append(entry.action);
    }
    return allowed;
}

QList<std::pair<ArticleStatus, ArticleStatus>> WorkflowRules::transitions()
{
    using S = ArticleStatus;
    QList<std::pair<S, S>> list = {
        {S::Draft, S::InReview},
        {S::ChangesRequested, S::InReview},
        {S::InReview, S::ChangesRequested},
        {S::InReview, S::Approved},
        {S::Approved, S::Published},
        {S::Approved, S::InReview}, // content changed after approval
        {S::Published, S::InReview}, // content changed after publication
        {S::InReview, S::Published}, // the published text came back (undo)
        {S::InReview, S::Draft}, // withdrawn by its owner
        {S::Spiked, S::Draft},
    };
    for (S from : {S::Draft, S::InReview, S::ChangesRequested, S::Approved, S::Published})
        list.append({from, S::Spiked});
    return list;
}

} // namespace Copydesk
