// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "articlestore.h"
#include "people.h"
#include "queues.h"
#include "review.h"
#include "workflow.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <memory>

namespace Copydesk {

/// What SqliteWorkflow::save() did.
struct WorkflowSaveOutcome
{
    int revision = 0; ///< As ArticleStore::save() returns it.
    /// What the text change did to the workflow (WorkflowRules::textChange()); `message` says
    /// so to the person editing unless it is None.
    TextChangeEffect effect = TextChangeEffect::None;
    QString message;
};

/// An approval as the audit log records it (SqliteWorkflow restores it with its text).
struct RecordedApproval
{
    int revision = 0;
    QByteArray hash;
    QString approvedBy;
};

/// The editorial workflow on a SQLite library: people, status transitions with their audit
/// log, the checklist configuration, review comments and the review views.
///
/// Rules come from WorkflowRules and the Checklist; this class applies them and stores the
/// result. The database enforces the rest itself once the library has people (migration 4):
/// it refuses to change or delete audit entries, refuses a status change that is not one of
/// WorkflowRules::transitions() or that no audit entry records, refuses owner changes without
/// an audit entry, and returns an approved or published article to In review when its text is
/// changed by any save. A library without people has no workflow: statuses are free.
///
/// Anyone who can write the file can still change it with other tools (even drop the
/// triggers); the workflow keeps honest people honest and makes changes visible, it is not
/// access control.
///
/// Threading: like SqliteArticleStore. Works beside the store it was opened for, on its own
/// connection to the same file; the store must outlive it.
class SqliteWorkflow : public People, public Workflow, public Review, public Queues
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::SqliteWorkflow)
public:
    /// Opens the workflow of the library `articles` keeps; articles.location() must be the
    /// library file (as SqliteArticleStore gives it).
    static Result<std::unique_ptr<SqliteWorkflow>> open(ArticleStore &articles);
    ~SqliteWorkflow() override;

    // People
    Result<QList<Person>> people() const override;
    Result<Person> person(const QString &name) const override;
    Status addPerson(const Person &person, const QString &actor) override;

    // Workflow
    Result<ArticleWorkflowState> state(qint64 articleId) const override;
    Result<ReviewContext> reviewContext(qint64 articleId) const override;
    Result<ArticleStatus> apply(qint64 articleId, WorkflowAction action, const QString &actor,
        const QString &note = {}, const QString &newOwner = {}) override;
    Result<QList<AuditEntry>> audit(qint64 articleId) const override;
    Result<ChecklistConfig> checklistConfig() const override;
    Status setChecklistConfig(const ChecklistConfig &config, const QString &actor) override;
    Result<QList<ChecklistFinding>> check(qint64 articleId) const override;

    /// Saves content the way the workflow wants it: the stored status and owner are kept (whatever
    /// `article` says), the saver is recorded as an author, and a text change does what
    /// WorkflowRules::textChange() says (audited, by options.author): approved or published text
    /// returns to In review, an editor's small edit keeps the approval (kept as a revision), and
    /// text that is the approved text again gets its approval back. WorkflowStore saves through
    /// this.
    Result<WorkflowSaveOutcome> save(qint64 articleId, Article article, const SaveOptions &options);

    // Review
    Result<qint64> addComment(qint64 articleId, const CommentAnchor &anchor, const QString &text,
        const QString &author) override;
    Result<qint64> reply(qint64 commentId, const QString &text, const QString &author) override;
    Status setResolved(qint64 commentId, bool resolved, const QString &actor) override;
    Result<QList<ReviewComment>> comments(qint64 articleId) const override;
    Result<QList<FieldChange>> changesSinceReview(qint64 articleId) const override;

    // Queues
    Result<QList<qint64>> view(View view, const QString &person) const override;

private:
    SqliteWorkflow(ArticleStore &articles, const QString &connectionName, QSqlDatabase db);

    Error failed(const QSqlError &error, const QString &action) const;
    Result<Person> actingPerson(const QString &name) const;
    Result<ReviewContext> contextFor(qint64 articleId, const Article &article) const;
    /// The last approval in the audit log (approve, override, small edit or restored); its
    /// approver is that of the last approve or override. revision 0 when there is none.
    Result<RecordedApproval> lastApproval(qint64 articleId) const;
    /// The action and from-status of the last audit entry that changed the status; an empty
    /// action when there is none.
    Result<std::pair<QString, ArticleStatus>> lastStatusChange(qint64 articleId) const;
    /// What WorkflowRules::textChange() needs about saving `article` over `record`.
    Result<TextChange> textChangeOf(qint64 articleId, const ArticleRecord &record,
        const Article &article, const QString &saver);
    Result<WorkflowSaveOutcome> keepApproval(qint64 articleId, const ArticleRecord &record,
        const Article &article, const SaveOptions &options, const TextChange &change);
    Result<WorkflowSaveOutcome> restoreApproval(
        qint64 articleId, const Article &article, const SaveOptions &options);
    /// `approval` is the approval to record again for "approvalRestored"; ignored otherwise.
    Status transition(qint64 articleId, const QString &actor, const QString &action,
        ArticleStatus from, ArticleStatus to, const QString &owner, const QString &note,
        const Article &content, qint64 expectedModified, const RecordedApproval &approval = {});
    /// Records `author` as the last editor and one since the last review of the article.
    Status recordEditor(qint64 articleId, const QString &author);

    ArticleStore &m_articles;
    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
};

} // namespace Copydesk
