// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "sqliteworkflow.h"

#include "articlejson.h"
#include "editsize.h"
#include "libraryfile.h"
#include "sqlitecodec.h"
#include "sqliteconnection.h"
#include "sqliteerror.h"
#include "sqlitetransaction.h"
#include "workflowsteps.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <limits>

namespace Copydesk {

using namespace Qt::StringLiterals;

namespace {

constexpr char PeopleSql[] = "SELECT name, role FROM people ORDER BY name";
constexpr char PersonSql[] = "SELECT name, role FROM people WHERE name = ?";
constexpr char CountPeopleSql[] = "SELECT count(*) FROM people";
constexpr char UpsertPersonSql[] = "INSERT INTO people (name, role, added) VALUES (?, ?, ?) "
                                   "ON CONFLICT (name) DO UPDATE SET role = excluded.role";
constexpr char StateSql[] = "SELECT a.status, a.owner, coalesce(w.last_editor, ''), "
                            "coalesce(w.approved_revision, 0), coalesce(w.approved_hash, ''), "
                            "coalesce(w.approved_by, ''), coalesce(w.reviewed_revision, 0), "
                            "coalesce(w.reviewed_by, '') FROM articles AS a "
                            "LEFT JOIN workflow_state AS w ON w.article_id = a.id WHERE a.id = ?";
constexpr char EditorsSql[] = "SELECT name FROM workflow_editors WHERE article_id = ? "
                              "ORDER BY name";
constexpr char CurrentSql[] = "SELECT status, modified, revision FROM articles WHERE id = ?";
constexpr char InsertAuditSql[]
    = "INSERT INTO workflow_audit (article_id, time, actor, action, from_status, to_status, "
      "note, revision, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr char SetStatusSql[] = "UPDATE articles SET status = ?, owner = ? WHERE id = ?";
constexpr char SetContentStatusSql[] = "UPDATE article_content SET json = "
                                       "json_set(json, '$.status', ?, '$.owner', ?) "
                                       "WHERE article_id = ?";
constexpr char EnsureStateSql[] = "INSERT OR IGNORE INTO workflow_state (article_id) VALUES (?)";
constexpr char ApprovedSql[] = "UPDATE workflow_state SET approved_revision = ?, "
                               "approved_hash = ?, approved_by = ?, reviewed_revision = ?, "
                               "reviewed_by = ? WHERE article_id = ?";
constexpr char ReviewedSql[] = "UPDATE workflow_state SET approved_revision = 0, "
                               "approved_hash = '', approved_by = '', reviewed_revision = ?, "
                               "reviewed_by = ? WHERE article_id = ?";
constexpr char ClearApprovalSql[] = "UPDATE workflow_state SET approved_revision = 0, "
                                    "approved_hash = '', approved_by = '' WHERE article_id = ?";
constexpr char RestoredSql[] = "UPDATE workflow_state SET approved_revision = ?, "
                               "approved_hash = ?, approved_by = ? WHERE article_id = ?";
constexpr char SetApprovedHashSql[]
    = "UPDATE workflow_state SET approved_hash = ? WHERE article_id = ?";
constexpr char SmallEditSql[] = "UPDATE workflow_state SET approved_revision = ?, "
                                "approved_hash = ?, last_editor = ? WHERE article_id = ?";
constexpr char LastStatusChangeSql[]
    = "SELECT action, from_status FROM workflow_audit WHERE article_id = ? "
      "AND from_status <> to_status ORDER BY id DESC LIMIT 1";
constexpr char LastApprovalSql[]
    = "SELECT revision, content_hash FROM workflow_audit WHERE article_id = ? AND action IN "
      "('approve', 'approveOverride', 'smallEdit', 'approvalRestored') ORDER BY id DESC LIMIT 1";
constexpr char LastApproverSql[] = "SELECT actor FROM workflow_audit WHERE article_id = ? "
                                   "AND action IN ('approve', 'approveOverride') "
                                   "ORDER BY id DESC LIMIT 1";
constexpr char NoteThreadSql[]
    = "INSERT INTO review_comments (article_id, parent_id, author, created, path, range_start, "
      "range_end, text, revision) VALUES (?, NULL, ?, ?, ?, -1, -1, ?, ?)";
constexpr char ClearEditorsSql[] = "DELETE FROM workflow_editors WHERE article_id = ?";
constexpr char AddEditorSql[]
    = "INSERT OR IGNORE INTO workflow_editors (article_id, name) VALUES (?, ?)";
constexpr char LastEditorSql[] = "UPDATE workflow_state SET last_editor = ? WHERE article_id = ?";
constexpr char AuditSql[] = "SELECT id, article_id, time, actor, action, from_status, to_status, "
                            "note, revision, content_hash FROM workflow_audit "
                            "WHERE article_id = ? ORDER BY id";
constexpr char ChecklistKey[] = "checklist";
constexpr char SettingSql[] = "SELECT value FROM library_settings WHERE key = ?";
constexpr char SetSettingSql[] = "INSERT INTO library_settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value";

qint64 nowMsecs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

bool exec(QSqlQuery &query, const char *sql, const QVariantList &values)
{
    query.setForwardOnly(true);
    if (!query.prepare(QString::fromUtf8(sql)))
        return false;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        query.bindValue(int(i), nullText ? QVariant(u""_s) : value);
    }
    return query.exec();
}

ArticleStatus statusOf(const QVariant &value)
{
    bool ok = false;
    return statusFromName(value.toString(), &ok);
}

Error refused(const QString &message)
{
    return Error {message, Error::Code::InvalidInput};
}

} // namespace

SqliteWorkflow::SqliteWorkflow(
    ArticleStore &articles, const QString &connectionName, QSqlDatabase db)
    : m_articles(articles)
    , m_path(articles.location())
    , m_connectionName(connectionName)
    , m_db(std::move(db))
{ }

SqliteWorkflow::~SqliteWorkflow()
{
    m_db = {};
    SqliteConnection::remove(m_connectionName);
}

Result<std::unique_ptr<SqliteWorkflow>> SqliteWorkflow::open(ArticleStore &articles)
{
    const QString name = SqliteConnection::uniqueName();
    Result<QSqlDatabase> db = SqliteConnection::open(articles.location(), name);
    if (!db)
        return db.error();
    return std::unique_ptr<SqliteWorkflow>(new SqliteWorkflow(articles, name, *db));
}

Error SqliteWorkflow::failed(const QSqlError &error, const QString &action) const
{
    return SqliteError::toError(error, m_path, action);
}

Result<QList<Person>> SqliteWorkflow::people() const
{
    QSqlQuery query(m_db);
    if (!exec(query, PeopleSql, {}))
        return failed(query.lastError(), tr("cannot read the people of the library"));
    QList<Person> people;
    while (query.next()) {
        bool ok = false;
        people.append({query.value(0).toString(), roleFromName(query.value(1).toString(), &ok)});
    }
    return people;
}

Result<Person> SqliteWorkflow::person(const QString &name) const
{
    QSqlQuery query(m_db);
    if (!exec(query, PersonSql, {name}))
        return failed(query.lastError(), tr("cannot read the people of the library"));
    if (!query.next()) {
        return Error {tr("“%1” is not one of the library's people; an admin adds people "
                         "(copydesk people add NAME ROLE)")
                          .arg(name),
            Error::Code::NotFound};
    }
    bool ok = false;
    return Person {query.value(0).toString(), roleFromName(query.value(1).toString(), &ok)};
}

Result<Person> SqliteWorkflow::actingPerson(const QString &name) const
{
    const Result<QList<Person>> everyone = people();
    if (!everyone)
        return everyone.error();
    if (everyone->isEmpty()) {
        return refused(tr("this library has no workflow yet: add its first person, an admin, "
                          "with copydesk people add NAME admin"));
    }
    return person(name);
}

Status SqliteWorkflow::addPerson(const Person &newPerson, const QString &actor)
{
    const QString name = newPerson.name.trimmed();
    if (name.isEmpty())
        return refused(tr("a person needs a name"));
    if (Status writable = m_articles.ensureWritable(); !writable)
        return writable;
    SqliteTransaction transaction(m_db);
    if (transaction.error().isValid())
        return failed(transaction.error(), tr("cannot add the person"));
    QSqlQuery query(m_db);
    if (!exec(query, CountPeopleSql, {}) || !query.next())
        return failed(query.lastError(), tr("cannot add the person"));
    const bool first = query.value(0).toInt() == 0;
    query.finish();
    if (!first) {
        const Result<Person> acting = person(actor);
        if (!acting)
            return acting.error();
        if (acting->role != Role::Admin)
            return refused(tr("only admins add people; %1 is a %2")
                    .arg(actor, roleLabel(acting->role).toLower()));
    }
    if (!exec(query, UpsertPersonSql, {name, roleName(newPerson.role), nowMsecs()}))
        return failed(query.lastError(), tr("cannot add the person"));
    if (QSqlError error = transaction.commit(); error.isValid())
        return failed(error, tr("cannot add the person"));
    return Done {};
}

Result<ArticleWorkflowState> SqliteWorkflow::state(qint64 articleId) const
{
    QSqlQuery query(m_db);
    if (!exec(query, StateSql, {articleId}))
        return failed(query.lastError(), tr("cannot read the article's workflow"));
    if (!query.next()) {
        return Error {
            tr("%1: there is no article %2").arg(LibraryFile::quoted(m_path)).arg(articleId),
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
    query.finish();
    if (!exec(query, EditorsSql, {articleId}))
        return failed(query.lastError(), tr("cannot read the article's workflow"));
    while (query.next())
        state.editorsSinceReview.append(query.value(0).toString());
    return state;
}

Result<ReviewContext> SqliteWorkflow::contextFor(qint64 articleId, const Article &article) const
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
    context.contentApproved = !stored->approvedHash.isEmpty()
        && stored->approvedHash == ArticleJson::contentHash(article);
    if (stored->status == ArticleStatus::InReview) {
        const auto last = lastStatusChange(articleId);
        if (!last)
            return last.error();
        context.submitted = last->first == actionName(WorkflowAction::Submit);
    }
    return context;
}

Result<std::pair<QString, ArticleStatus>> SqliteWorkflow::lastStatusChange(qint64 articleId) const
{
    QSqlQuery query(m_db);
    if (!exec(query, LastStatusChangeSql, {articleId}))
        return failed(query.lastError(), tr("cannot read the audit log"));
    if (!query.next())
        return std::pair(QString(), ArticleStatus::Draft);
    return std::pair(query.value(0).toString(), statusOf(query.value(1)));
}

Result<RecordedApproval> SqliteWorkflow::lastApproval(qint64 articleId) const
{
    QSqlQuery query(m_db);
    RecordedApproval approval;
    if (!exec(query, LastApprovalSql, {articleId}))
        return failed(query.lastError(), tr("cannot read the audit log"));
    if (!query.next())
        return approval;
    approval.revision = query.value(0).toInt();
    approval.hash = query.value(1).toString().toLatin1();
    query.finish();
    if (!exec(query, LastApproverSql, {articleId}))
        return failed(query.lastError(), tr("cannot read the audit log"));
    if (query.next())
        approval.approvedBy = query.value(0).toString();
    return approval;
}

Result<ReviewContext> SqliteWorkflow::reviewContext(qint64 articleId) const
{
    const Result<ArticleRecord> record = m_articles.load(articleId);
    if (!record)
        return record.error();
    return contextFor(articleId, record->article);
}

Result<ArticleStatus> SqliteWorkflow::apply(qint64 articleId, WorkflowAction action,
    const QString &actorName, const QString &note, const QString &newOwner)
{
    const Result<Person> actor = actingPerson(actorName);
    if (!actor)
        return actor.error();
    Result<ArticleRecord> record = m_articles.load(articleId);
    if (!record)
        return record.error();
    if (record->trashed)
        return refused(tr("article %1 is in the trash; restore it first").arg(articleId));
    const Result<ReviewContext> context = contextFor(articleId, record->article);
    if (!context)
        return context.error();
    const Result<ArticleStatus> decision = WorkflowRules::decide(action, *actor, *context);
    if (!decision)
        return decision.error();
    if (WorkflowRules::needsNote(action) && note.trimmed().isEmpty())
        return WorkflowRules::noteMissing(action);

    QString owner = context->owner;
    QString auditNote = note.trimmed();
    if (action == WorkflowAction::Reassign) {
        const Result<Person> target = person(newOwner);
        if (!target)
            return target.error();
        const QString change
            = tr("owner: %1 → %2").arg(owner.isEmpty() ? tr("nobody") : owner, target->name);
        auditNote = auditNote.isEmpty() ? change : change + u"; "_s + auditNote;
        owner = target->name;
    } else if (action == WorkflowAction::Submit && owner.isEmpty()) {
        owner = actor->name;
    }
    if (action == WorkflowAction::Approve || action == WorkflowAction::ApproveOverride) {
        // The approved text must be a revision, so that it can be shown and diffed later.
        const Result<QList<RevisionInfo>> revisions = m_articles.revisions(articleId);
        if (!revisions)
            return revisions.error();
        const QByteArray hash = ArticleJson::contentHash(record->article);
        if (revisions->isEmpty() || revisions->first().contentHash != hash) {
            SaveOptions options {actor->name, tr("Kept for approval"), true};
            if (const Result<int> kept = m_articles.save(articleId, record->article, options);
                !kept)
                return kept.error();
            record = m_articles.load(articleId);
            if (!record)
                return record.error();
        }
    }
    if (Status done = transition(articleId, actor->name, actionName(action), context->status,
            *decision, owner, auditNote, record->article, record->modified.toMSecsSinceEpoch());
        !done)
        return done.error();
    Q_EMIT m_articles.articleChanged(articleId);
    return *decision;
}

Status SqliteWorkflow::transition(qint64 articleId, const QString &actor, const QString &action,
    ArticleStatus from, ArticleStatus to, const QString &owner, const QString &note,
    const Article &content, qint64 expectedModified, const RecordedApproval &approval)
{
    const QString what = tr("cannot change the article's status");
    if (Status writable = m_articles.ensureWritable(); !writable)
        return writable;
    SqliteTransaction transaction(m_db);
    if (transaction.error().isValid())
        return failed(transaction.error(), what);
    QSqlQuery query(m_db);
    if (!exec(query, CurrentSql, {articleId}) || !query.next())
        return failed(query.lastError(), what);
    const int revision = query.value(2).toInt();
    if (statusOf(query.value(0)) != from || query.value(1).toLongLong() != expectedModified) {
        return Error {tr("article %1 changed while you were looking at it; look again and "
                         "retry")
                          .arg(articleId),
            Error::Code::Busy};
    }
    query.finish();
    const QString hash = QString::fromLatin1(ArticleJson::contentHash(content));
    const bool ok = exec(query, InsertAuditSql,
                        {articleId, nowMsecs(), actor, action, statusName(from), statusName(to),
                            note, revision, hash})
        && exec(query, SetStatusSql, {statusName(to), owner, articleId})
        && exec(query, SetContentStatusSql, {statusName(to), owner, articleId})
        && exec(query, EnsureStateSql, {articleId});
    if (!ok)
        return failed(query.lastError(), what);
    bool stateOk = true;
    if (action == actionName(WorkflowAction::Approve)
        || action == actionName(WorkflowAction::ApproveOverride)) {
        stateOk = exec(query, ApprovedSql, {revision, hash, actor, revision, actor, articleId})
            && exec(query, ClearEditorsSql, {articleId});
    } else if (action == WorkflowRules::textChangeAction(TextChangeEffect::RestoreApproval)) {
        stateOk = exec(query, RestoredSql,
                      {approval.revision, QString::fromLatin1(approval.hash), approval.approvedBy,
                          articleId})
            && exec(query, ClearEditorsSql, {articleId});
    } else if (action == actionName(WorkflowAction::RequestChanges)) {
        // The note starts a review thread on the whole article, for the owner to answer.
        stateOk = exec(query, ReviewedSql, {revision, actor, articleId})
            && exec(query, ClearEditorsSql, {articleId})
            && (note.isEmpty()
                || exec(query, NoteThreadSql,
                    {articleId, actor, nowMsecs(), CommentAnchor::wholeArticle().path, note,
                        revision}));
    } else if (to == ArticleStatus::InReview || to == ArticleStatus::Draft) {
        stateOk = exec(query, ClearApprovalSql, {articleId});
    }
    if (!stateOk)
        return failed(query.lastError(), what);
    if (QSqlError error = transaction.commit(); error.isValid())
        return failed(error, what);
    return Done {};
}

Result<WorkflowSaveOutcome> SqliteWorkflow::save(
    qint64 articleId, Article article, const SaveOptions &options)
{
    const Result<ArticleRecord> record = m_articles.load(articleId);
    if (!record)
        return record.error();
    const Article &stored = record->article;
    article.status = stored.status;
    article.owner = stored.owner;
    const bool changed = ArticleJson::contentHash(article) != ArticleJson::contentHash(stored);

    WorkflowSaveOutcome outcome;
    if (changed && stored.status != ArticleStatus::Draft
        && stored.status != ArticleStatus::ChangesRequested
        && stored.status != ArticleStatus::Spiked) {
        const Result<QList<Person>> everyone = people();
        if (!everyone)
            return everyone.error();
        if (!everyone->isEmpty()) {
            const Result<TextChange> change
                = textChangeOf(articleId, *record, article, options.author);
            if (!change)
                return change.error();
            outcome.effect = WorkflowRules::textChange(*change);
            if (outcome.effect == TextChangeEffect::KeepApproval)
                return keepApproval(articleId, *record, article, options, *change);
            if (outcome.effect == TextChangeEffect::RestoreApproval)
                return restoreApproval(articleId, article, options);
        }
    }
    if (outcome.effect == TextChangeEffect::ReturnToReview) {
        if (Status done = transition(articleId, options.author,
                WorkflowRules::textChangeAction(outcome.effect), stored.status,
                ArticleStatus::InReview, stored.owner, tr("The text changed after approval"),
                stored, record->modified.toMSecsSinceEpoch());
            !done)
            return done.error();
        article.status = ArticleStatus::InReview;
        outcome.message = WorkflowRules::textChangeMessage(outcome.effect);
    }
    const Result<int> saved = m_articles.save(articleId, article, options);
    if (!saved)
        return saved.error();
    outcome.revision = *saved;
    if (changed && !options.author.isEmpty()) {
        if (Status recorded = recordEditor(articleId, options.author); !recorded)
            return recorded.error();
    }
    return outcome;
}

Status SqliteWorkflow::recordEditor(qint64 articleId, const QString &author)
{
    const QString what = tr("cannot record who changed the article");
    SqliteTransaction transaction(m_db);
    if (transaction.error().isValid())
        return failed(transaction.error(), what);
    QSqlQuery query(m_db);
    if (!exec(query, EnsureStateSql, {articleId}) || !exec(query, AddEditorSql, {articleId, author})
        || !exec(query, LastEditorSql, {author, articleId}))
        return failed(query.lastError(), what);
    if (QSqlError error = transaction.commit(); error.isValid())
        return failed(error, what);
    return Done {};
}

Result<TextChange> SqliteWorkflow::textChangeOf(
    qint64 articleId, const ArticleRecord &record, const Article &article, const QString &saver)
{
    TextChange change;
    change.status = record.article.status;
    if (const Result<Person> found = person(saver))
        change.saverRole = found->role;
    const bool approved
        = change.status == ArticleStatus::Approved || change.status == ArticleStatus::Published;
    if (approved && change.saverRole && *change.saverRole != Role::Reporter) {
        const Result<PublicationProfile> profile = m_articles.publicationProfile();
        if (!profile)
            return profile.error();
        change.smallEditWords = profile->editorSmallEditWords;
        const Result<ArticleWorkflowState> stored = state(articleId);
        if (!stored)
            return stored.error();
        // Measured from what the review decision saw, so that small edits do not add up.
        const Result<Article> reviewed = m_articles.revision(articleId, stored->reviewedRevision);
        change.changedWords = reviewed ? EditSize::changedWords(*reviewed, article)
                                       : std::numeric_limits<int>::max();
    } else if (change.status == ArticleStatus::InReview) {
        const auto last = lastStatusChange(articleId);
        if (!last)
            return last.error();
        if (last->first == WorkflowRules::textChangeAction(TextChangeEffect::ReturnToReview)) {
            const Result<RecordedApproval> approval = lastApproval(articleId);
            if (!approval)
                return approval.error();
            change.backToApprovedText
                = approval->revision > 0 && approval->hash == ArticleJson::contentHash(article);
        }
    }
    return change;
}

Result<WorkflowSaveOutcome> SqliteWorkflow::keepApproval(qint64 articleId,
    const ArticleRecord &record, const Article &article, const SaveOptions &options,
    const TextChange &change)
{
    const QString what = tr("cannot keep the approval");
    if (Status writable = m_articles.ensureWritable(); !writable)
        return writable.error();
    const Result<ArticleWorkflowState> before = state(articleId);
    if (!before)
        return before.error();
    const QString hash = QString::fromLatin1(ArticleJson::contentHash(article));
    QSqlQuery query(m_db);
    // The library's trigger leaves text equal to the approved hash alone.
    if (!exec(query, SetApprovedHashSql, {hash, articleId}))
        return failed(query.lastError(), what);
    SaveOptions kept = options;
    kept.keepRevision = true; // The approved text is a revision, to be shown and diffed.
    if (kept.note.isEmpty())
        kept.note = tr("Small edit after approval");
    const Result<int> saved = m_articles.save(articleId, article, kept);
    if (!saved) {
        exec(query, SetApprovedHashSql, {QString::fromLatin1(before->approvedHash), articleId});
        return saved.error();
    }
    SqliteTransaction transaction(m_db);
    if (transaction.error().isValid())
        return failed(transaction.error(), what);
    const QString status = statusName(record.article.status);
    const QString note = tr("%n word(s) changed by an editor, within the %1 the publication "
                            "profile allows after approval",
        nullptr, change.changedWords)
                             .arg(change.smallEditWords);
    if (!exec(query, InsertAuditSql,
            {articleId, nowMsecs(), options.author,
                WorkflowRules::textChangeAction(TextChangeEffect::KeepApproval), status, status,
                note, *saved, hash})
        || !exec(query, SmallEditSql, {*saved, hash, options.author, articleId}))
        return failed(query.lastError(), what);
    if (QSqlError error = transaction.commit(); error.isValid())
        return failed(error, what);
    WorkflowSaveOutcome outcome;
    outcome.revision = *saved;
    outcome.effect = TextChangeEffect::KeepApproval;
    outcome.message = WorkflowRules::textChangeMessage(outcome.effect);
    return outcome;
}

Result<WorkflowSaveOutcome> SqliteWorkflow::restoreApproval(
    qint64 articleId, const Article &article, const SaveOptions &options)
{
    const auto last = lastStatusChange(articleId);
    if (!last)
        return last.error();
    const Result<RecordedApproval> approval = lastApproval(articleId);
    if (!approval)
        return approval.error();
    // Stored while still in review, then approved again: a failure between leaves it in review.
    const Result<int> saved = m_articles.save(articleId, article, options);
    if (!saved)
        return saved.error();
    const Result<ArticleRecord> record = m_articles.load(articleId);
    if (!record)
        return record.error();
    const ArticleStatus restored = last->second;
    if (Status done = transition(articleId, options.author,
            WorkflowRules::textChangeAction(TextChangeEffect::RestoreApproval),
            ArticleStatus::InReview, restored, record->article.owner,
            tr("The text is the approved text again"), record->article,
            record->modified.toMSecsSinceEpoch(), *approval);
        !done)
        return done.error();
    WorkflowSaveOutcome outcome;
    outcome.revision = *saved;
    outcome.effect = TextChangeEffect::RestoreApproval;
    outcome.message = WorkflowRules::textChangeMessage(outcome.effect);
    return outcome;
}

Result<QList<AuditEntry>> SqliteWorkflow::audit(qint64 articleId) const
{
    QSqlQuery query(m_db);
    if (!exec(query, AuditSql, {articleId}))
        return failed(query.lastError(), tr("cannot read the audit log"));
    QList<AuditEntry> entries;
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.articleId = query.value(1).toLongLong();
        entry.time = SqliteCodec::fromColumn(query.value(2));
        entry.actor = query.value(3).toString();
        entry.action = query.value(4).toString();
        entry.from = statusOf(query.value(5));
        entry.to = statusOf(query.value(6));
        entry.note = query.value(7).toString();
        entry.revision = query.value(8).toInt();
        entry.contentHash = query.value(9).toString().toLatin1();
        entries.append(entry);
    }
    return entries;
}

Result<ChecklistConfig> SqliteWorkflow::checklistConfig() const
{
    QSqlQuery query(m_db);
    if (!exec(query, SettingSql, {QString::fromLatin1(ChecklistKey)}))
        return failed(query.lastError(), tr("cannot read the checklist settings"));
    return WorkflowSteps::checklistConfig(
        query.next() ? query.value(0).toByteArray() : QByteArray(), m_articles,
        LibraryFile::quoted(m_path));
}

Status SqliteWorkflow::setChecklistConfig(const ChecklistConfig &config, const QString &actor)
{
    const Result<Person> acting = actingPerson(actor);
    if (!acting)
        return acting.error();
    if (acting->role == Role::Reporter)
        return refused(
            tr("only editors and admins change the checklist; %1 is a reporter").arg(actor));
    if (Status writable = m_articles.ensureWritable(); !writable)
        return writable;
    const QByteArray json = QJsonDocument(config.toJson()).toJson(QJsonDocument::Compact);
    QSqlQuery query(m_db);
    if (!exec(query, SetSettingSql, {QString::fromLatin1(ChecklistKey), QString::fromUtf8(json)}))
        return failed(query.lastError(), tr("cannot store the checklist settings"));
    return Done {};
}

Result<QList<ChecklistFinding>> SqliteWorkflow::check(qint64 articleId) const
{
    return WorkflowSteps::check(m_articles, articleId, checklistConfig());
}

} // namespace Copydesk
