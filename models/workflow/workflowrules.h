#pragma once

#include "article.h"
#include "result.h"
#include "role.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
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
};

/// "submit", "approve", "requestChanges", "publish", "spike", "restore", "reassign".
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

    /// Whether `name` counts as an author of the article (see the class description).
    static bool isAuthor(const QString &name, const ReviewContext &context);

    /// Every status change the workflow can make, including the automatic return of an approved
    /// or published article to In review when its content changes. The database refuses others.
    static QList<std::pair<ArticleStatus, ArticleStatus>> transitions();
};

} // namespace Copydesk
