// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "postgresintegritycheck.h"

#include "articlestore.h"
#include "postgresarticlecodec.h"
#include "postgressession.h"
#include "postgrestransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Copydesk {

namespace {

// Before the first query of the transaction; not a statement that can be prepared.
constexpr char SnapshotSql[] = "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY";
constexpr char ContentSql[]
    = "SELECT a.id, a.content::text, i.data FROM copydesk.articles AS a "
      "LEFT JOIN copydesk.images AS i ON i.sha256 = a.content -> 'hero' ->> 'sha256' "
      "ORDER BY a.id";
constexpr char WithoutRevisionSql[]
    = "SELECT a.id, a.revision FROM copydesk.articles AS a WHERE NOT EXISTS "
      "(SELECT 1 FROM copydesk.revisions AS r "
      "WHERE r.article_id = a.id AND r.number = a.revision) ORDER BY a.id";
// The article and its newest revision differ although the article was not saved after it.
constexpr char DifferentSql[]
    = "SELECT a.id, a.revision FROM copydesk.articles AS a JOIN copydesk.revisions AS r "
      "ON r.article_id = a.id AND r.number = a.revision "
      "WHERE r.content_hash IS DISTINCT FROM a.content_hash AND a.modified <= r.created "
      "ORDER BY a.id";
constexpr char NewestRevisionsSql[]
    = "SELECT r.article_id, r.number, r.content::text, i.data FROM copydesk.revisions AS r "
      "JOIN copydesk.articles AS a ON a.id = r.article_id AND a.revision = r.number "
      "LEFT JOIN copydesk.images AS i ON i.sha256 = r.content -> 'hero' ->> 'sha256' "
      "ORDER BY r.article_id";
constexpr char EveryRevisionSql[]
    = "SELECT r.article_id, r.number, r.content::text, i.data FROM copydesk.revisions AS r "
      "LEFT JOIN copydesk.images AS i ON i.sha256 = r.content -> 'hero' ->> 'sha256' "
      "ORDER BY r.article_id, r.number";
constexpr char ImagesSql[] = "SELECT sha256 FROM copydesk.images "
                             "WHERE sha256 <> encode(sha256(data), 'hex') ORDER BY sha256";

} // namespace

PostgresIntegrityCheck::PostgresIntegrityCheck(PostgresSession &session)
    : m_session(session)
{ }

Result<QStringList> PostgresIntegrityCheck::run(bool everyRevision) const
{
    QStringList problems;
    // Rows streamed (forward-only) rather than held at once. Made before the transaction: a
    // failed statement can only be freed after the rollback.
    QSqlQuery rows(m_session.database());
    rows.setForwardOnly(true);
    // One snapshot for every query.
    PostgresTransaction transaction(m_session.database());
    QSqlError failure = transaction.error();
    if (!failure.isValid() && !rows.exec(QString::fromLatin1(SnapshotSql)))
        failure = rows.lastError();
    const auto each = [&](const char *sql, const auto &onRow) {
        if (failure.isValid())
            return;
        if (!PostgresSession::exec(rows, QString::fromLatin1(sql))) {
            failure = rows.lastError();
            return;
        }
        while (rows.next())
            onRow(rows);
        if (rows.lastError().isValid())
            failure = rows.lastError();
    };
    each(ContentSql, [&](const QSqlQuery &row) {
        const qint64 id = row.value(0).toLongLong();
        const Result<Article> article = PostgresArticleCodec::decode(
            row.value(1).toString(), row.value(2).toByteArray(), tr("article %1").arg(id));
        if (!article)
            problems.append(tr("the text of article %1 cannot be read").arg(id));
    });
    each(WithoutRevisionSql, [&](const QSqlQuery &row) {
        problems.append(tr("article %1 lacks its current revision %2")
                .arg(row.value(0).toLongLong())
                .arg(row.value(1).toInt()));
    });
    each(DifferentSql, [&](const QSqlQuery &row) {
        problems.append(tr("the text of article %1 differs from its newest revision %2, although "
                           "it was not saved since: one of them was changed outside Copydesk")
                .arg(row.value(0).toLongLong())
                .arg(row.value(1).toInt()));
    });
    each(everyRevision ? EveryRevisionSql : NewestRevisionsSql, [&](const QSqlQuery &row) {
        const qint64 id = row.value(0).toLongLong();
        const int number = row.value(1).toInt();
        const Result<Article> article = PostgresArticleCodec::decode(row.value(2).toString(),
            row.value(3).toByteArray(), tr("revision %1 of article %2").arg(number).arg(id));
        if (!article)
            problems.append(tr("revision %1 of article %2 cannot be read").arg(number).arg(id));
    });
    each(ImagesSql, [&](const QSqlQuery &row) {
        problems.append(tr("the image %1 does not match its hash: it was changed outside Copydesk")
                .arg(row.value(0).toString()));
    });
    if (!failure.isValid())
        failure = transaction.commit();
    if (failure.isValid())
        return m_session.toError(failure, tr("cannot check the library"));
    return problems;
}

} // namespace Copydesk
