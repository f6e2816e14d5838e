// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "articlestore.h"
#include "people.h"
#include "queues.h"
#include "review.h"
#include "workflow.h"

#include <QCoreApplication>

class QSqlError;

namespace Copydesk {

class PostgresSession;

/// The editorial workflow of a team library: people, transitions with their audit log, the
/// checklist settings, review comments and the work queues.
///
/// Who acts is the session's database login, never a name the client chooses: every `actor`
/// or `author` argument must be that login (anything else is refused), and the server's
/// functions (schema/2.sql) take no actor at all. This class asks WorkflowRules first, for
/// translated refusals that say what would allow the action; the server then decides again
/// under a row lock, so a modified client gains nothing. The checklist runs here, on the text
/// the server holds; its count of required findings is the one thing the server is told.
///
/// Threading: the thread that opened the session. The session and the store must outlive it.
class PostgresWorkflow : public People, public Workflow, public Review, public Queues
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::PostgresWorkflow)
public:
    PostgresWorkflow(PostgresSession &session, ArticleStore &articles);
    ~PostgresWorkflow() override;

    // People
    Result<QList<Person>> people() const override;
    Result<Person> person(const QString &name) const override;
    /// Creates the login when there is none (without a password) or changes the person's role;
    /// only admins. person.displayName is what the library shows for the login.
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
    /// The session's person when `name` is the login (or empty), else a refusal.
    Result<Person> acting(const QString &name) const;
    Result<ReviewContext> contextFor(qint64 articleId, const Article &article) const;
    Error failed(const QSqlError &error, const QString &action) const;

    PostgresSession &m_session;
    ArticleStore &m_articles;
};

} // namespace Copydesk
