// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "postgresworkflow.h"

#include "postgressession.h"
#include "workflowsteps.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Copydesk {

using namespace Qt::StringLiterals;

namespace {

constexpr auto PeopleSql = "SELECT login, display_name, copydesk.role_of(login) "
                           "FROM copydesk.people WHERE copydesk.role_of(login) IS NOT NULL "
                           "ORDER BY login"_L1;
constexpr auto PersonSql = "SELECT login, display_name, copydesk.role_of(login) "
                           "FROM copydesk.people WHERE login = ? "
                           "AND copydesk.role_of(login) IS NOT NULL"_L1;
constexpr auto StateSql
    = "SELECT a.status, a.owner, coalesce(w.last_editor, ''), "
      "coalesce(w.approved_revision, 0), coalesce(w.approved_hash, ''), "
      "coalesce(w.approved_by, ''), coalesce(w.reviewed_revision, 0), "
      "coalesce(w.reviewed_by, ''), array_to_json(coalesce(w.editors_since_review, '{}'))::text, "
      "coalesce(w.approved_hash <> '' AND w.approved_hash = a.content_hash, false) "
      "FROM copydesk.articles AS a LEFT JOIN copydesk.workflow_state AS w "
      "ON w.article_id = a.id WHERE a.id = ?"_L1;
constexpr auto LastStatusChangeSql
    = "SELECT action FROM copydesk.audit WHERE article_id = ? "
      "AND from_status IS DISTINCT FROM to_status ORDER BY id DESC LIMIT 1"_L1;
constexpr auto ApplySql = "SELECT copydesk.apply_action(?, ?, ?, ?, ?, NULL)"_L1;
constexpr auto AuditSql
    = "SELECT id, article_id, time, actor, action, from_status, to_status, "
      "note, coalesce(revision, 0), coalesce(content_hash, ''), "
      "coalesce(imported_by::text, '') FROM copydesk.audit WHERE article_id = ? ORDER BY id"_L1;
constexpr auto SettingSql = "SELECT value FROM copydesk.settings WHERE key = ?"_L1;
constexpr auto SetSettingSql = "SELECT copydesk.set_setting(?, ?)"_L1;
constexpr auto AddPersonSql = "SELECT copydesk.add_person(?, ?, ?)"_L1;
constexpr auto AddCommentSql = "SELECT copydesk.add_comment(?, ?, ?, ?, ?)"_L1;
constexpr auto ReplySql = "SELECT copydesk.reply_to_comment(?, ?)"_L1;
constexpr auto ResolveSql = "SELECT copydesk.set_comment_resolved(?, ?)"_L1;
constexpr auto CommentsSql
    = "SELECT id, article_id, coalesce(thread_id, 0), author, created, path, range_start, "
      "range_end, text, revision, coalesce(resolved_by, ''), resolved_at "
      "FROM copydesk.comments WHERE article_id = ? ORDER BY coalesce(thread_id, id), id"_L1;
constexpr char ChecklistKey[] = "checklist";

// Every view binds the person's login to each of its placeholders.
constexpr auto AwaitingSql
    = "SELECT a.id FROM copydesk.articles AS a "
      "LEFT JOIN copydesk.workflow_state AS w ON w.article_id = a.id "
      "WHERE a.trashed_at IS NULL AND a.status = 'inReview' AND a.owner <> ?::name "
      "AND coalesce(w.last_editor, '') <> ?::name "
      "AND NOT (?::name = ANY (coalesce(w.editors_since_review, '{}'))) "
      "AND copydesk.role_of(?::name) = 'editor' ORDER BY a.modified DESC, a.id DESC"_L1;
constexpr auto ChangesRequestedSql
    = "SELECT a.id FROM copydesk.articles AS a "
      "LEFT JOIN copydesk.workflow_state AS w ON w.article_id = a.id "
      "WHERE a.trashed_at IS NULL AND a.status = 'changesRequested' "
      "AND (a.owner = ?::name OR w.reviewed_by = ?::name) "
      "ORDER BY a.modified DESC, a.id DESC"_L1;
constexpr auto ApprovedSql = "SELECT id FROM copydesk.articles WHERE trashed_at IS NULL "
                             "AND status = 'approved' AND ?::text IS NOT NULL "
                             "ORDER BY modified DESC, id DESC"_L1;
constexpr auto MineSql = "SELECT id FROM copydesk.articles WHERE trashed_at IS NULL "
                         "AND owner = ?::name ORDER BY modified DESC, id DESC"_L1;

ArticleStatus statusOf(const QVariant &value)
{
    bool ok = false;
    return statusFromName(value.toString(), &ok);
}

Error refused(const QString &message)
{
    return Error {message, Error::Code::InvalidInput};
}

QDateTime utc(const QVariant &value)
{
    return value.isNull() ? QDateTime() : value.toDateTime().toUTC();
}

Person personOf(const QSqlQuery &query)
{
    bool ok = false;
    Person person {query.value(0).toString(), roleFromName(query.value(2).toString(), &ok)};
    person.displayName = query.value(1).toString();
    return person;
}

} // namespace

PostgresWorkflow::PostgresWorkflow(PostgresSession &session, ArticleStore &articles)
    : m_session(session)
    , m_articles(articles)
{ }

PostgresWorkflow::~PostgresWorkflow() = default;

Error PostgresWorkflow::failed(const QSqlError &error, const QString &action) const
{
    return m_session.toError(error, action);
}

Result<QList<Person>> PostgresWorkflow::people() const
{
    QSqlQuery query(m_session.database());
    if (!PostgresSession::exec(query, PeopleSql))
        return failed(query.lastError(), tr("cannot read the people of the library"));
    QList<Person> people;
    while (query.next())
        people.append(personOf(query));
    return people;
}

Result<Person> PostgresWorkflow::person(const QString &name) const
{
    QSqlQuery query(m_session.database());
    if (!PostgresSession::exec(query, PersonSql, {name}))
        return failed(query.lastError(), tr("cannot read the people of the library"));
    if (!query.next()) {
        return Error {tr("“%1” is not one of the team library's people; an admin adds people "
                         "(copydesk team add-person LOGIN NAME ROLE)")
                          .arg(name),
            Error::Code::NotFound};
    }
    return personOf(query);
}

Result<Person> PostgresWorkflow::acting(const QString &name) const
{
    const QString login = m_session.login();
    if (!name.isEmpty() && name != login) {
        return refused(tr("you are connected to the team library as %1 and cannot act as %2")
                .arg(login, name));
    }
    return person(login);
}

Status PostgresWorkflow::addPerson(const Person &newPerson, const QString &actor)
{
    const Result<Person> me = acting(actor);
    if (!me)
        return me.error();
    if (me->role != Role::Admin) {
        return refused(
            tr("only admins add people; %1 is a %2").arg(me->name, roleLabel(me->role).toLower()));
    }
    const QString login = newPerson.name.trimmed();
    if (login.isEmpty())
        return refused(tr("a person needs a login"));
    QSqlQuery query(m_session.database());
    if (!PostgresSession::exec(
            query, AddPersonSql, {login, newPerson.displayName, roleName(newPerson.role)}))
        return failed(query.lastError(), tr("cannot add %1").arg(login));
    return Done {};
}

Result<ArticleWorkflowState> PostgresWorkflow::state(qint64 articleId) const
{
    QSqlQuery query(m_session.database());
    if (!PostgresSession::exec(query, StateSql, {articleId}))
        return failed(query.lastError(), tr("cannot read the article's workflow"));
    if (!query.next()) {
        return Error {tr("“%1”: there is no article %2").arg(m_session.display()).arg(articleId),
            Error::Code::NotFound};
    }
    ArticleWorkflowState state;
    state.status = statusOf(query.value(0));
    state.owner = query.value(1).toString();
    state.lastEditor = query.value(2).toString();
    state.approvedRevision = query.value(3).toInt();
    state.approvedHash = query.value(4).toString().toLatin1();
    state.approvedBy = query.value(5).toString();
    state.reviewedRevision = query.value(6).toInt();
    state.reviewedBy = query.value(7).toString();
    const QJsonArray editors = QJsonDocument::fromJson(query.value(8).toByteArray()).array();
    for (const QJsonValue &editor : editors)
        state.editorsSinceReview.append(editor.toString());
    state.editorsSinceReview.sort();
    return state;
}

Result<ReviewContext> PostgresWorkflow::contextFor(qint64 articleId, const Article &article) const
{
    const Result<ArticleWorkflowState> stored = state(articleId);
    if (!stored)
        return stored.error();
    const Result<ChecklistConfig> config = checklistConfig();
    if (!config)
        return config.error();
    ReviewContext context;
    context.status = stored->status;
    context.owner = stored->owner;
    context.editorsSinceReview = stored->editorsSinceReview;
    context.lastEditor = stored->lastEditor;
    context.requiredFindings = Checklist::requiredCount(Checklist::run(article, *config));
    // The server compares its own hash of the stored text with the approved one.
    QSqlQuery query(m_session.database());
    if (!PostgresSession::exec(query, StateSql, {articleId}) || !query.next())
        return failed(query.lastError(), tr("cannot read the article's workflow"));
    context.contentApproved = query.value(9).toBool();
    if (context.status == ArticleStatus::InReview) {
        if (!PostgresSession::exec(query, LastStatusChangeSql, {articleId}))
            return failed(query.lastError(), tr("cannot read the audit log"));
        context.submitted
            = query.next() && query.value(0).toString() == actionName(WorkflowAction::Submit);
    }
    return context;
}

Result<ReviewContext> PostgresWorkflow::reviewContext(qint64 articleId) const
{
    const Result<ArticleRecord> record = m_articles.load(articleId);
    if (!record)
        return record.error();
    return contextFor(articleId, record->article);
}

Result<ArticleStatus> PostgresWorkflow::apply(qint64 articleId, WorkflowAction action,
    const QString &actor, const QString &note, const QString &newOwner)
{
    const Result<Person> me = acting(actor);
    if (!me)
        return me.error();
    const Result<ArticleRecord> record = m_articles.load(articleId);
    if (!record)
        return record.error();
    if (record->trashed)
        return refused(tr("article %1 is in the trash; restore it first").arg(articleId));
    const Result<ReviewContext> context = contextFor(articleId, record->article);
    if (!context)
        return context.error();
    // The rules' own refusal first: it is translated and says what would allow the action.
    const Result<ArticleStatus> decision = WorkflowRules::decide(action, *me, *context);
    if (!decision)
        return decision.error();
    if (WorkflowRules::needsNote(action) && note.trimmed().isEmpty())
        return WorkflowRules::noteMissing(action);
    QVariant owner(QMetaType::fromType<QString>());
    if (action == WorkflowAction::Reassign) {
        const Result<Person> target = person(newOwner);
        if (!target)
            return target.error();
        owner = target->name;
    }
    QSqlQuery query(m_session.database());
    if (!PostgresSession::exec(query, ApplySql,
            {articleId, actionName(action), note.trimmed(), owner, context->requiredFindings})
        || !query.next())
        return failed(query.lastError(), tr("cannot change the article's status"));
    const ArticleStatus status = statusOf(query.value(0));
    Q_EMIT m_articles.articleChanged(articleId);
    return status;
}

Result<QList<AuditEntry>> PostgresWorkflow::audit(qint64 articleId) const
{
    QSqlQuery query(m_session.database());
    if (!PostgresSession::exec(query, AuditSql, {articleId}))
        return failed(query.lastError(), tr("cannot read the audit log"));
    QList<AuditEntry> entries;
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.articleId = query.value(1).toLongLong();
        entry.time = utc(query.value(2));
        entry.actor = query.value(3).toString();
        entry.action = query.value(4).toString();
        entry.from = statusOf(query.value(5));
        entry.to = statusOf(query.value(6));
        entry.note = query.value(7).toString();
        entry.revision = query.value(8).toInt();
        entry.contentHash = query.value(9).toString().toLatin1();
        entry.importedBy = query.value(10).toString();
        entries.append(entry);
    }
    return entries;
}

Result<ChecklistConfig> PostgresWorkflow::checklistConfig() const
{
    QSqlQuery query(m_session.database());
    if (!PostgresSession::exec(query, SettingSql, {QString::fromLatin1(ChecklistKey)}))
        return failed(query.lastError(), tr("cannot read the checklist settings"));
    return WorkflowSteps::checklistConfig(
        query.next() ? query.value(0).toByteArray() : QByteArray(), m_articles,
        tr("“%1”").arg(m_session.display()));
}

Status PostgresWorkflow::setChecklistConfig(const ChecklistConfig &config, const QString &actor)
{
    const Result<Person> me = acting(actor);
    if (!me)
        return me.error();
    if (me->role == Role::Reporter)
        return refused(
            tr("only editors and admins change the checklist; %1 is a reporter").arg(me->name));
    const QByteArray json = QJsonDocument(config.toJson()).toJson(QJsonDocument::Compact);
    QSqlQuery query(m_session.database());
    if (!PostgresSession::exec(
            query, SetSettingSql, {QString::fromLatin1(ChecklistKey), QString::fromUtf8(json)}))
        return failed(query.lastError(), tr("cannot store the checklist settings"));
    return Done {};
}

Result<QList<ChecklistFinding>> PostgresWorkflow::check(qint64 articleId) const
{
    return WorkflowSteps::check(m_articles, articleId, checklistConfig());
}

Result<qint64> PostgresWorkflow::addComment(
    qint64 articleId, const CommentAnchor &anchor, const QString &text, const QString &author)
{
    const Result<Person> me = acting(author);
    if (!me)
        return me.error();
    if (text.trimmed().isEmpty())
        return refused(tr("a comment needs text"));
    const Result<ArticleRecord> record = m_articles.load(articleId);
    if (!record)
        return record.error();
    if (const QString problem = anchor.validate(record->article); !problem.isEmpty())
        return refused(problem);
    QSqlQuery query(m_session.database());
    if (!PostgresSession::exec(query, AddCommentSql,
            {articleId, anchor.path, anchor.start, anchor.end, text.trimmed()})
        || !query.next())
        return failed(query.lastError(), tr("cannot add the comment"));
    return query.value(0).toLongLong();
}

Result<qint64> PostgresWorkflow::reply(qint64 commentId, const QString &text, const QString &author)
{
    const Result<Person> me = acting(author);
    if (!me)
        return me.error();
    if (text.trimmed().isEmpty())
        return refused(tr("a reply needs text"));
    QSqlQuery query(m_session.database());
    if (!PostgresSession::exec(query, ReplySql, {commentId, text.trimmed()}) || !query.next())
        return failed(query.lastError(), tr("cannot add the reply"));
    return query.value(0).toLongLong();
}

Status PostgresWorkflow::setResolved(qint64 commentId, bool resolved, const QString &actor)
{
    const Result<Person> me = acting(actor);
    if (!me)
        return me.error();
    QSqlQuery query(m_session.database());
    if (!PostgresSession::exec(query, ResolveSql, {commentId, resolved}))
        return failed(query.lastError(), tr("cannot change the comment"));
    return Done {};
}

Result<QList<ReviewComment>> PostgresWorkflow::comments(qint64 articleId) const
{
    QSqlQuery query(m_session.database());
    if (!PostgresSession::exec(query, CommentsSql, {articleId}))
        return failed(query.lastError(), tr("cannot read the comments"));
    QList<ReviewComment> comments;
    QHash<qint64, bool> resolvedThreads;
    while (query.next()) {
        ReviewComment c;
        c.id = query.value(0).toLongLong();
        c.articleId = query.value(1).toLongLong();
        c.parentId = query.value(2).toLongLong();
        c.author = query.value(3).toString();
        c.created = utc(query.value(4));
        c.anchor = {query.value(5).toString(), query.value(6).toInt(), query.value(7).toInt()};
        c.text = query.value(8).toString();
        c.revision = query.value(9).toInt();
        c.resolvedBy = query.value(10).toString();
        c.resolvedAt = utc(query.value(11));
        c.resolved = c.resolvedAt.isValid();
        if (c.parentId == 0)
            resolvedThreads.insert(c.id, c.resolved);
        else
            c.resolved = resolvedThreads.value(c.parentId); // Replies show their thread's state.
        comments.append(c);
    }
    return comments;
}

Result<QList<FieldChange>> PostgresWorkflow::changesSinceReview(qint64 articleId) const
{
    const Result<ArticleWorkflowState> stored = state(articleId);
    if (!stored)
        return stored.error();
    return WorkflowSteps::changesSinceReview(m_articles, articleId, stored->reviewedRevision);
}

Result<QList<qint64>> PostgresWorkflow::view(View view, const QString &person) const
{
    QLatin1StringView sql;
    switch (view) {
    case View::AwaitingMyReview:
        sql = AwaitingSql;
        break;
    case View::ChangesRequested:
        sql = ChangesRequestedSql;
        break;
    case View::Approved:
        sql = ApprovedSql;
        break;
    case View::Mine:
        sql = MineSql;
        break;
    }
    QSqlQuery query(m_session.database());
    query.setForwardOnly(true);
    const QVariantList values(sql.count(u'?'), person);
    if (!PostgresSession::exec(query, sql, values))
        return failed(query.lastError(), tr("cannot list the articles"));
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

} // namespace Copydesk
