#pragma once

#include "articlediff.h"
#include "articlestore.h"
#include "auditentry.h"
#include "checklist.h"
#include "reviewcomment.h"
#include "role.h"
#include "workflowrules.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <memory>

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

/// What SqliteWorkflow::save() did.
struct WorkflowSaveOutcome
{
    int revision = 0; ///< As ArticleStore::save() returns it.
    /// True when the save changed the text of an approved or published article, which went
    /// back to In review; `message` then says so to the person editing.
    bool returnedToReview = false;
    QString message;
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
class SqliteWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::SqliteWorkflow)
public:
    /// Opens the workflow of the library `articles` keeps; articles.location() must be the
    /// library file (as SqliteArticleStore gives it).
    static Result<std::unique_ptr<SqliteWorkflow>> open(ArticleStore &articles);
    ~SqliteWorkflow();

    /// Everyone, sorted by name. Empty when the library has no workflow yet.
    Result<QList<Person>> people() const;
    /// NotFound (with a message that says how to add people) when there is no such person.
    Result<Person> person(const QString &name) const;
    /// Adds a person, or changes the role of an existing one. The first person may be added by
    /// anyone (and should be an admin); after that only an admin (`actor`) may.
    Status addPerson(const Person &person, const QString &actor);

    /// NotFound when there is no such article.
    Result<ArticleWorkflowState> state(qint64 articleId) const;
    /// What WorkflowRules needs to decide on the article now, the checklist included.
    Result<ReviewContext> reviewContext(qint64 articleId) const;

    /// Performs `action` by `actor` (a person of the library): checks the rules and the
    /// checklist, changes the status (and owner) and appends the audit entry, all or nothing.
    /// `note` goes to the audit log; `newOwner` is for Reassign only. Returns the new status;
    /// a refusal is InvalidInput with WorkflowRules' message.
    Result<ArticleStatus> apply(qint64 articleId, WorkflowAction action, const QString &actor,
        const QString &note = {}, const QString &newOwner = {});

    /// Saves content the way the workflow wants it: the stored status and owner are kept
    /// (whatever `article` says), the saver is recorded as an author, and a text change to an
    /// approved or published article returns it to In review (audited, by options.author).
    Result<WorkflowSaveOutcome> save(qint64 articleId, Article article, const SaveOptions &options);

    /// Oldest first. Entries of purged articles stay in the library.
    Result<QList<AuditEntry>> audit(qint64 articleId) const;

    /// The stored configuration (the house default when none was stored), with wordsPerMinute
    /// and headlineMaxLength from the publication profile.
    Result<ChecklistConfig> checklistConfig() const;
    /// Only editors and admins may change it.
    Status setChecklistConfig(const ChecklistConfig &config, const QString &actor);
    /// The checklist on the article's current content.
    Result<QList<ChecklistFinding>> check(qint64 articleId) const;

    /// Adds a comment thread's first comment. The anchor must name something in the current
    /// content (InvalidInput otherwise). Comments never change the content, its revision or
    /// the approval. Returns the comment id.
    Result<qint64> addComment(
        qint64 articleId, const CommentAnchor &anchor, const QString &text, const QString &author);
    /// Replies to a comment (a reply to a reply joins the same thread). Returns the new id.
    Result<qint64> reply(qint64 commentId, const QString &text, const QString &author);
    /// Resolves or reopens a thread (given any of its comments).
    Status setResolved(qint64 commentId, bool resolved, const QString &actor);
    /// Every comment of the article, threads in order of creation, each followed by its replies.
    Result<QList<ReviewComment>> comments(qint64 articleId) const;

    /// Field-by-field changes from the revision the last review decision saw to the current
    /// content. NotFound when the article was never reviewed.
    Result<QList<FieldChange>> changesSinceReview(qint64 articleId) const;

    enum class View
    {
        AwaitingMyReview, ///< In review, and `person` is an editor who is not an author.
        ChangesRequested, ///< Sent back, and `person` owns it or sent it back.
        Approved, ///< Approved, anyone's.
        Mine, ///< Owned by `person`, any status.
    };
    /// Row ids of live (untrashed) articles, most recently modified first.
    Result<QList<qint64>> view(View view, const QString &person) const;

private:
    SqliteWorkflow(ArticleStore &articles, const QString &connectionName, QSqlDatabase db);

    Error failed(const QSqlError &error, const QString &action) const;
    Result<Person> actingPerson(const QString &name) const;
    Result<ReviewContext> contextFor(qint64 articleId, const Article &article) const;
    Status transition(qint64 articleId, const QString &actor, const QString &action,
        ArticleStatus from, ArticleStatus to, const QString &owner, const QString &note,
        const Article &content, qint64 expectedModified);

    ArticleStore &m_articles;
    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
};

} // namespace Copydesk
