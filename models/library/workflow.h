// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "auditentry.h"
#include "checklist.h"
#include "checklistconfig.h"
#include "result.h"
#include "workflowrules.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Copydesk {

/// The workflow state of one article as the library keeps it.
struct ArticleWorkflowState
{
    ArticleStatus status = ArticleStatus::Draft;
    QString owner;
    /// People who saved a change to the text since the last review decision.
    QStringList editorsSinceReview;
    QString lastEditor; ///< Whose save last changed the text; empty when unknown.
    int approvedRevision = 0; ///< 0 unless the article was approved.
    QByteArray approvedHash; ///< ArticleJson::contentHash() of the approved text.
    QString approvedBy;
    int reviewedRevision = 0; ///< The revision the last review decision saw; 0 before any.
    QString reviewedBy;
};

/// The editorial workflow of a library: status transitions with their audit log, and the
/// checklist that gates them. The rules are WorkflowRules' and the Checklist's; an
/// implementation applies them and stores the result, all or nothing, and the library itself
/// refuses what the rules refuse (SQLite: triggers; PostgreSQL: the server's functions).
class Workflow
{
public:
    virtual ~Workflow();

    /// NotFound when there is no such article.
    virtual Result<ArticleWorkflowState> state(qint64 articleId) const = 0;
    /// What WorkflowRules needs to decide on the article now, the checklist included.
    virtual Result<ReviewContext> reviewContext(qint64 articleId) const = 0;

    /// Performs `action` by `actor` (a person of the library): checks the rules and the
    /// checklist, changes the status (and owner) and appends the audit entry, all or nothing.
    /// `note` goes to the audit log (a Request changes note also starts a review thread on the
    /// whole article, CommentAnchor::wholeArticle(), by the actor); `newOwner` is for Reassign
    /// only. Returns the new status;
    /// a refusal is InvalidInput with WorkflowRules' message.
    virtual Result<ArticleStatus> apply(qint64 articleId, WorkflowAction action,
        const QString &actor, const QString &note = {}, const QString &newOwner = {})
        = 0;

    /// Oldest first. Entries of purged articles stay in the library.
    virtual Result<QList<AuditEntry>> audit(qint64 articleId) const = 0;

    /// The stored configuration (the house default when none was stored), with wordsPerMinute
    /// and headlineMaxLength from the publication profile.
    virtual Result<ChecklistConfig> checklistConfig() const = 0;
    /// Only editors and admins may change it.
    virtual Status setChecklistConfig(const ChecklistConfig &config, const QString &actor) = 0;
    /// The checklist on the article's current content.
    virtual Result<QList<ChecklistFinding>> check(qint64 articleId) const = 0;
};

} // namespace Copydesk
