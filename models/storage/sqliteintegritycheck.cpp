// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "sqliteintegritycheck.h"

#include "articlejson.h"
#include "sqlitecodec.h"
#include "sqliteerror.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Copydesk {

namespace {

constexpr char IntegritySql[] = "PRAGMA integrity_check";
constexpr char ForeignKeySql[] = "PRAGMA foreign_key_check";
// The index's own structure. FTS5 cannot compare it with the text (rank = 1) because the content
// view uses json_each/json_tree, which FTS5 does not allow there; the entry checks below catch
// articles the index lost or kept.
constexpr char SearchIndexSql[]
    = "INSERT INTO article_search (article_search) VALUES ('integrity-check')";
constexpr char NotIndexedSql[]
    = "SELECT id FROM articles EXCEPT SELECT id FROM article_search_docsize";
constexpr char IndexedButGoneSql[]
    = "SELECT id FROM article_search_docsize EXCEPT SELECT id FROM articles";
constexpr char WithoutContentSql[]
    = "SELECT a.id FROM articles AS a WHERE NOT EXISTS "
      "(SELECT 1 FROM article_content AS c WHERE c.article_id = a.id)";
constexpr char WithoutRevisionSql[] = "SELECT a.id, a.revision FROM articles AS a WHERE NOT EXISTS "
                                      "(SELECT 1 FROM revisions AS r "
                                      "WHERE r.article_id = a.id AND r.number = a.revision)";
// The counts kept by status and trash (schema 9) against the articles themselves.
constexpr char KeptCountsSql[]
    = "SELECT status, trashed, sum(kept), sum(counted) FROM ("
      "SELECT status, trashed, n AS kept, 0 AS counted FROM article_counts UNION ALL "
      "SELECT status, trashed_at IS NOT NULL, 0, 1 FROM articles) "
      "GROUP BY status, trashed HAVING sum(kept) <> sum(counted)";

constexpr char ContentSql[]
    = "SELECT c.article_id, c.json, c.content_hash, i.data FROM article_content AS c "
      "JOIN articles AS a ON a.id = c.article_id LEFT JOIN images AS i ON i.id = a.hero_image_id";
constexpr char NewestRevisionsSql[]
    = "SELECT r.article_id, r.number, r.content_hash, r.content, i.data FROM revisions AS r "
      "JOIN articles AS a ON a.id = r.article_id AND a.revision = r.number "
      "LEFT JOIN images AS i ON i.id = r.hero_image_id";
constexpr char EveryRevisionSql[]
    = "SELECT r.article_id, r.number, r.content_hash, r.content, i.data FROM revisions AS r "
      "LEFT JOIN images AS i ON i.id = r.hero_image_id";

// SQLITE_BUSY and SQLITE_READONLY: the index check is a write statement to SQLite.
constexpr int SqliteBusy = 5;
constexpr int SqliteReadOnly = 8;

QString tr(const char *text)
{
    return QCoreApplication::translate("Copydesk::SqliteIntegrityCheck", text);
}

class Checker
{
public:
    Checker(const QSqlDatabase &db, const QString &path)
        : m_db(db)
        , m_path(path)
    { }

    /// Runs `sql`; rows go to `onRow`. False when the query failed in a way that is not damage.
    template<typename OnRow> bool query(const char *sql, OnRow onRow)
    {
        QSqlQuery rows(m_db);
        rows.setForwardOnly(true);
        if (rows.exec(QString::fromLatin1(sql))) {
            while (rows.next())
                onRow(rows);
            if (!rows.lastError().isValid())
                return true;
        }
        return damage(rows.lastError());
    }

    /// FTS5's own structure check. SQLite runs it as a write, which a read-only library or
    /// another process's write lock refuses; it is then left out rather than failing the rest.
    bool indexStructure(const char *sql)
    {
        QSqlQuery check(m_db);
        if (check.exec(QString::fromLatin1(sql)))
            return true;
        const int code = SqliteError::resultCode(check.lastError());
        if (code == SqliteBusy || code == SqliteReadOnly)
            return true;
        return damage(check.lastError());
    }

    bool damage(const QSqlError &error)
    {
        if (SqliteError::isCorrupt(error) || SqliteError::resultCode(error) == 1) {
            problems.append(error.databaseText());
            return true;
        }
        m_error = error;
        return false;
    }

    Error error() const
    {
        return SqliteError::toError(m_error, m_path, tr("cannot check the library"));
    }

    QStringList problems;

private:
    QSqlDatabase m_db;
    QString m_path;
    QSqlError m_error;
};

} // namespace

Result<QStringList> SqliteIntegrityCheck::run(
    const QSqlDatabase &db, const QString &path, bool everyRevision)
{
    Checker check(db, path);
    const bool ran = check.query(IntegritySql,
                         [&](const QSqlQuery &row) {
                             if (row.value(0).toString() != u"ok")
                                 check.problems.append(row.value(0).toString());
                         })
        && check.query(ForeignKeySql,
            [&](const QSqlQuery &row) {
                check.problems.append(tr("row %1 of “%2” refers to a missing row of “%3”")
                        .arg(row.value(1).toString(), row.value(0).toString(),
                            row.value(2).toString()));
            })
        && check.indexStructure(SearchIndexSql)
        && check.query(NotIndexedSql,
            [&](const QSqlQuery &row) {
                check.problems.append(tr("article %1 is missing from the search index")
                        .arg(row.value(0).toLongLong()));
            })
        && check.query(IndexedButGoneSql,
            [&](const QSqlQuery &row) {
                check.problems.append(tr("the search index lists article %1, which does not exist")
                        .arg(row.value(0).toLongLong()));
            })
        && check.query(WithoutContentSql,
            [&](const QSqlQuery &row) {
                check.problems.append(
                    tr("article %1 has no content").arg(row.value(0).toLongLong()));
            })
        && check.query(WithoutRevisionSql,
            [&](const QSqlQuery &row) {
                check.problems.append(tr("article %1 lacks its current revision %2")
                        .arg(row.value(0).toLongLong())
                        .arg(row.value(1).toInt()));
            })
        && check.query(KeptCountsSql,
            [&](const QSqlQuery &row) {
                const QString status = row.value(0).toString();
                check.problems.append((row.value(1).toBool()
                        ? tr("the library counts %1 trashed articles of status “%2”, but has %3")
                        : tr("the library counts %1 articles of status “%2”, but has %3"))
                        .arg(row.value(2).toLongLong())
                        .arg(status)
                        .arg(row.value(3).toLongLong()));
            })
        && check.query(ContentSql,
            [&](const QSqlQuery &row) {
                const Result<Article> article = SqliteCodec::decode(
                    row.value(1).toByteArray(), row.value(3).toByteArray(), path);
                const QByteArray hash = row.value(2).toString().toLatin1();
                if (!article) {
                    check.problems.append(
                        tr("the text of article %1 cannot be read").arg(row.value(0).toLongLong()));
                } else if (!hash.isEmpty() && ArticleJson::contentHash(*article) != hash) {
                    check.problems.append(tr("the text of article %1 does not match its content "
                                             "hash: it was changed outside Copydesk")
                            .arg(row.value(0).toLongLong()));
                }
            })
        && check.query(
            everyRevision ? EveryRevisionSql : NewestRevisionsSql, [&](const QSqlQuery &row) {
                const qint64 id = row.value(0).toLongLong();
                const int number = row.value(1).toInt();
                const QByteArray json = SqliteCodec::uncompress(row.value(3).toByteArray());
                const Result<Article> article = json.isEmpty()
                    ? Result<Article>(Error {})
                    : SqliteCodec::decode(json, row.value(4).toByteArray(), path);
                if (!article) {
                    check.problems.append(
                        tr("revision %1 of article %2 cannot be read").arg(number).arg(id));
                } else if (ArticleJson::contentHash(*article)
                    != row.value(2).toString().toLatin1()) {
                    check.problems.append(tr("revision %1 of article %2 does not match its "
                                             "content hash: it was changed outside Copydesk")
                            .arg(number)
                            .arg(id));
                }
            });
    if (!ran)
        return check.error();
    return check.problems;
}

} // namespace Copydesk
