// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// SqliteWorkflow's review side: comments, changes since the last review, the review views.
#include "libraryfile.h"
#include "sqlitecodec.h"
#include "sqliteerror.h"
#include "sqliteworkflow.h"
#include "workflowsteps.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace Copydesk {

using namespace Qt::StringLiterals;

namespace {

constexpr char InsertCommentSql[]
    = "INSERT INTO review_comments (article_id, parent_id, author, created, path, range_start, "
      "range_end, text, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr char CommentSql[] = "SELECT article_id, coalesce(parent_id, id), path, range_start, "
                              "range_end FROM review_comments WHERE id = ?";
constexpr char ResolveSql[] = "UPDATE review_comments SET resolved_by = ?, resolved_at = ? "
                              "WHERE id = ?";
constexpr char CommentsSql[]
    = "SELECT id, article_id, coalesce(parent_id, 0), author, created, path, range_start, "
      "range_end, text, revision, resolved_by, resolved_at FROM review_comments "
      "WHERE article_id = ? ORDER BY coalesce(parent_id, id), id";
constexpr char RevisionNumberSql[] = "SELECT revision FROM articles WHERE id = ?";

// Every view binds the person's name as :me.
constexpr char AwaitingSql[]
    = "SELECT a.id FROM articles AS a LEFT JOIN workflow_state AS w ON w.article_id = a.id "
      "WHERE a.trashed_at IS NULL AND a.status = 'inReview' AND a.owner <> :me "
      "AND coalesce(w.last_editor, '') <> :me "
      "AND NOT EXISTS (SELECT 1 FROM workflow_editors AS e WHERE e.article_id = a.id "
      "AND e.name = :me) "
      "AND EXISTS (SELECT 1 FROM people WHERE name = :me AND role = 'editor') "
      "ORDER BY a.modified DESC";
constexpr char ChangesRequestedSql[]
    = "SELECT a.id FROM articles AS a LEFT JOIN workflow_state AS w ON w.article_id = a.id "
      "WHERE a.trashed_at IS NULL AND a.status = 'changesRequested' "
      "AND (a.owner = :me OR w.reviewed_by = :me) ORDER BY a.modified DESC";
constexpr char ApprovedSql[] = "SELECT id FROM articles WHERE trashed_at IS NULL "
                               "AND status = 'approved' AND :me = :me ORDER BY modified DESC";
constexpr char MineSql[] = "SELECT id FROM articles WHERE trashed_at IS NULL AND owner = :me "
                           "ORDER BY modified DESC";

} // namespace

Result<qint64> SqliteWorkflow::addComment(
    qint64 articleId, const CommentAnchor &anchor, const QString &text, const QString &author)
{
    const Result<Person> acting = actingPerson(author);
    if (!acting)
        return acting.error();
    if (text.trimmed().isEmpty())
        return Error {tr("a comment needs text"), Error::Code::InvalidInput};
    if (Status writable = m_articles.ensureWritable(); !writable)
        return writable.error();
    const Result<ArticleRecord> record = m_articles.load(articleId);
    if (!record)
        return record.error();
    if (const QString problem = anchor.validate(record->article); !problem.isEmpty())
        return Error {problem, Error::Code::InvalidInput};
    QSqlQuery query(m_db);
    query.prepare(QString::fromLatin1(InsertCommentSql));
    const QVariantList values = {articleId, QVariant(QMetaType::fromType<qint64>()), author,
        QDateTime::currentMSecsSinceEpoch(), anchor.path, anchor.start, anchor.end, text.trimmed(),
        record->revision};
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (!query.exec())
        return failed(query.lastError(), tr("cannot add the comment"));
    return query.lastInsertId().toLongLong();
}

Result<qint64> SqliteWorkflow::reply(qint64 commentId, const QString &text, const QString &author)
{
    const Result<Person> acting = actingPerson(author);
    if (!acting)
        return acting.error();
    if (text.trimmed().isEmpty())
        return Error {tr("a reply needs text"), Error::Code::InvalidInput};
    if (Status writable = m_articles.ensureWritable(); !writable)
        return writable.error();
    QSqlQuery query(m_db);
    query.prepare(QString::fromLatin1(CommentSql));
    query.bindValue(0, commentId);
    if (!query.exec())
        return failed(query.lastError(), tr("cannot add the reply"));
    if (!query.next())
        return Error {tr("there is no comment %1").arg(commentId), Error::Code::NotFound};
    const qint64 articleId = query.value(0).toLongLong();
    const qint64 root = query.value(1).toLongLong();
    const QVariantList anchor = {query.value(2), query.value(3), query.value(4)};
    query.finish();
    const Result<ArticleRecord> record = m_articles.load(articleId);
    if (!record)
        return record.error();
    query.prepare(QString::fromLatin1(InsertCommentSql));
    const QVariantList values = {articleId, root, author, QDateTime::currentMSecsSinceEpoch(),
        anchor.at(0), anchor.at(1), anchor.at(2), text.trimmed(), record->revision};
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (!query.exec())
        return failed(query.lastError(), tr("cannot add the reply"));
    return query.lastInsertId().toLongLong();
}

Status SqliteWorkflow::setResolved(qint64 commentId, bool resolved, const QString &actor)
{
    const Result<Person> acting = actingPerson(actor);
    if (!acting)
        return acting.error();
    if (Status writable = m_articles.ensureWritable(); !writable)
        return writable;
    QSqlQuery query(m_db);
    query.prepare(QString::fromLatin1(CommentSql));
    query.bindValue(0, commentId);
    if (!query.exec())
        return failed(query.lastError(), tr("cannot change the comment"));
    if (!query.next())
        return Error {tr("there is no comment %1").arg(commentId), Error::Code::NotFound};
    const qint64 root = query.value(1).toLongLong();
    query.finish();
    query.prepare(QString::fromLatin1(ResolveSql));
    query.bindValue(0, resolved ? actor : u""_s);
    query.bindValue(1,
        resolved ? QVariant(QDateTime::currentMSecsSinceEpoch())
                 : QVariant(QMetaType::fromType<qint64>()));
    query.bindValue(2, root);
    if (!query.exec())
        return failed(query.lastError(), tr("cannot change the comment"));
    return Done {};
}

Result<QList<ReviewComment>> SqliteWorkflow::comments(qint64 articleId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QString::fromLatin1(CommentsSql));
    query.bindValue(0, articleId);
    if (!query.exec())
        return failed(query.lastError(), tr("cannot read the comments"));
    QList<ReviewComment> comments;
    while (query.next()) {
        ReviewComment c;
        c.id = query.value(0).toLongLong();
        c.articleId = query.value(1).toLongLong();
        c.parentId = query.value(2).toLongLong();
        c.author = query.value(3).toString();
        c.created = SqliteCodec::fromColumn(query.value(4));
        c.anchor = {query.value(5).toString(), query.value(6).toInt(), query.value(7).toInt()};
        c.text = query.value(8).toString();
        c.revision = query.value(9).toInt();
        c.resolvedBy = query.value(10).toString();
        c.resolvedAt = SqliteCodec::fromColumn(query.value(11));
        c.resolved = c.resolvedAt.isValid();
        comments.append(c);
    }
    // Replies show their thread's state.
    for (ReviewComment &c : comments) {
        if (c.parentId == 0)
            continue;
        for (const ReviewComment &root : std::as_const(comments)) {
            if (root.id == c.parentId) {
                c.resolved = root.resolved;
                break;
            }
        }
    }
    return comments;
}

Result<QList<FieldChange>> SqliteWorkflow::changesSinceReview(qint64 articleId) const
{
    const Result<ArticleWorkflowState> stored = state(articleId);
    if (!stored)
        return stored.error();
    return WorkflowSteps::changesSinceReview(m_articles, articleId, stored->reviewedRevision);
}

Result<QList<qint64>> SqliteWorkflow::view(View view, const QString &person) const
{
    const char *sql = nullptr;
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
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QString::fromLatin1(sql));
    query.bindValue(u":me"_s, person);
    if (!query.exec())
        return failed(query.lastError(), tr("cannot list the articles"));
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

} // namespace Copydesk
