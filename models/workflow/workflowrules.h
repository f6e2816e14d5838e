// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "article.h"
#include "result.h"
#include "role.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>
#include <utility>

namespace Copydesk {

/// Something a person does to an article in the workflow.
enum class WorkflowAction
{
    Submit, ///< Draft or Changes requested → In review.
    Approve, ///< In review → Approved.
    RequestChanges, ///< In review → Changes requested.
    Publish, ///< Approved → Published.
    Spike, ///< Any state but Spiked → Spiked.
    Restore, ///< Spiked → Draft.
    Reassign, ///< Gives the article another owner; the status stays.
    Withdraw, ///< In review → Draft, by the owner before anyone reviewed the submission.
    ApproveOverride, ///< In review → Approved by an admin, with a note; audited as an override.
};

/// "submit", "approve", "requestChanges", "publish", "spike", "restore", "reassign",
/// "withdraw", "approveOverride".
QString actionName(WorkflowAction action);
/// Parses actionName() output; sets *ok to false (and returns Submit) for unknown names.
WorkflowAction actionFromName(const QString &name, bool *ok);
/// Translated label ("Request changes").
QString actionLabel(WorkflowAction action);

/// What the rules need to know about an article to decide on an action.
struct ReviewContext
{
    ArticleStatus status = ArticleStatus::Draft;
    QString owner; ///< Empty when the article has no owner yet.
    /// People who saved a change to the text since the last review decision (approve or
    /// request changes), in no particular order.
    QStringList editorsSinceReview;
    /// The person whose save last changed the text; empty when unknown.
    QString lastEditor;
    /// Required checklist findings on the current content; they block Submit and Approve.
    int requiredFindings = 0;
    /// Whether the current content is the approved revision (ArticleJson::contentHash equal).
    bool contentApproved = false;
    /// Whether the article is In review because its owner submitted it and nobody has decided
    /// on it since (rather than because its approved text changed). Withdraw needs it.
    bool submitted = false;
};

/// What the rules need to know about a save that changes an article's text.
struct TextChange
{
    ArticleStatus status = ArticleStatus::Draft; ///< The stored status before the save.
    std::optional<Role> saverRole; ///< nullopt when the saver is not one of the library's people.
    /// EditSize::changedWords() from the text the last review decision saw to the new text.
    int changedWords = 0;
    /// PublicationProfile::editorSmallEditWords.
    int smallEditWords = 0;
    /// The article is In review only because its approved text changed (the last status change
    /// was "contentChanged") and the new text is exactly the approved text again (equal content
    /// hash).
    bool backToApprovedText = false;
};

/// What a text change does to the workflow (WorkflowRules::textChange()).
enum class TextChangeEffect
{
    None, ///< The status stays; the saver becomes an author.
    /// An approved or published article goes back to In review ("contentChanged").
    ReturnToReview,
    /// An editor's or admin's small edit: the status stays and the approval moves to the new
    /// text ("smallEdit").
    KeepApproval,
    /// The text is the approved text again: the status before "contentChanged" comes back
    /// with its approval ("approvalRestored").
    RestoreApproval,
};

/// The workflow's rules, as pure functions; the library applies them and the database enforces
/// the legal status transitions again (see SqliteWorkflow).
///
/// Who is an author: the article's owner, everyone who saved a change to its text since the
/// last review decision, and the last person who changed the text. Bylines are not consulted:
/// they are free text that may credit people outside the library ("Reuters").
///
/// - Submit: the owner, from Draft or Changes requested, with no required checklist finding.
///   An article without an owner is claimed by the person who submits it.
/// - Approve, Request changes: an editor who is not an author, from In review. Approve also
///   needs no required checklist finding.
/// - Publish: an editor or admin, from Approved, when the content is the approved revision.
/// - Spike: an editor or admin, from any other state. Restore: an editor or admin, from Spiked.
/// - Reassign: an admin, in any state.
/// - Withdraw: the owner, from In review, while the submission awaits its first decision
///   (ReviewContext::submitted); the article returns to Draft.
/// - ApproveOverride: an admin, from In review, with a note (needsNote()) and no required
///   checklist finding. Authorship does not stop it: it is the way out when no editor may
///   approve (a sole editor who touched the text); the audit log records it as an override.
///
/// A save that changes the text follows textChange(): approved or published text goes back to
/// review unless an editor's or admin's edit stays within the publication profile's allowance
/// (PublicationProfile::editorSmallEditWords); text that returns to exactly the approved text
/// (an undo) gets its approval back.
class WorkflowRules
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::WorkflowRules)
public:
    /// The status after `action` by `actor`, or an Error (code InvalidInput) whose message says
    /// why it is refused and what would allow it. Checks, in this order: the state, the role,
    /// authorship or ownership, the checklist.
    static Result<ArticleStatus> decide(
        WorkflowAction action, const Person &actor, const ReviewContext &context);

    /// The actions decide() allows `actor` now, in enum order.
    static QList<WorkflowAction> allowedActions(const Person &actor, const ReviewContext &context);

    /// Whether `action` needs a note for the audit log (the implementations refuse it without
    /// one): ApproveOverride.
    static bool needsNote(WorkflowAction action);
    /// The refusal for a missing note.
    static Error noteMissing(WorkflowAction action);

    /// What saving a text change does to the workflow.
    static TextChangeEffect textChange(const TextChange &change);
    /// What the person saving is told about `effect`, in a sentence; empty for None.
    static QString textChangeMessage(TextChangeEffect effect);
    /// The audit action of a text change effect: "contentChanged", "smallEdit",
    /// "approvalRestored"; empty for None.
    static QString textChangeAction(TextChangeEffect effect);

    /// Whether `name` counts as an author of the article (see the class description).
    static bool isAuthor(const QString &name, const ReviewContext &context);

    /// Every status change the workflow can make, including the automatic return of an approved
    /// or published article to In review when its content changes and back when the approved
    /// text returns. The database refuses others.
    static QList<std::pair<ArticleStatus, ArticleStatus>> transitions();
};

} // namespace Copydesk
