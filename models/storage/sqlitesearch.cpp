// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "sqlitesearch.h"

#include "libraryfile.h"
#include "searchtext.h"
#include "snippettext.h"
#include "sqliteerror.h"
#include "sqlitefilter.h"
#include "sqlitesummary.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace Copydesk {

namespace {

// Column weights, in the column order of article_search (sqliteschema.cpp): headline, dek,
// bylines, lede, body, extra (tags, hero texts, dateline).
constexpr char Score[] = "bm25(article_search, 10.0, 5.0, 2.0, 2.0, 1.0, 2.0)";

// ORDER BY bm25() LIMIT n rather than ORDER BY rank: for the latter FTS5 sorts every match
// (with its position lists) before the first row comes out, ~25 % slower on broad queries.
constexpr char RankSql[] = "SELECT rowid, %1 AS score FROM article_search "
                           "WHERE article_search MATCH ? ORDER BY score LIMIT ?";
// CROSS JOIN keeps the full-text match as the outer loop.
constexpr char RankFilteredSql[] = "SELECT article_search.rowid, %1 AS score "
                                   "FROM article_search CROSS JOIN articles AS a "
                                   "ON a.id = article_search.rowid "
                                   "WHERE article_search MATCH ? AND %2 ORDER BY score LIMIT ?";
constexpr char TrashedSql[] = "SELECT count(*) FROM articles WHERE trashed_at IS NOT NULL";
constexpr char SummariesSql[] = "SELECT %1 FROM articles AS a "
                                "WHERE a.id IN (SELECT value FROM json_each(?)) AND %2";
// Snippets come from the stored text itself (SnippetText::excerpt); FTS5 snippet() re-tokenizes
// every column of a hit, ~0.2 ms per hit on long articles, so it only fills in where that
// finds nothing.
constexpr char ContentSql[] = "SELECT article_id, CAST(json AS BLOB) FROM article_content "
                              "WHERE article_id IN (SELECT value FROM json_each(?))";
// With rowid constraints FTS5 seeks to each hit instead of walking every match.
constexpr char SnippetsSql[] = "SELECT rowid, snippet(article_search, -1, ?, ?, ?, 24) "
                               "FROM article_search WHERE article_search MATCH ? "
                               "AND rowid IN (SELECT value FROM json_each(?))";

// With fewer trashed articles than this, unfiltered searches rank without a join and take
// that many more hits to make up for trashed ones dropped afterwards.
constexpr qint64 TrashSlackLimit = 5000;

bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return false;
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    return query.exec();
}

template<typename List, typename Id> QString idArray(const List &items, Id id)
{
    QStringList ids;
    for (const auto &item : items)
        ids.append(QString::number(id(item)));
    return u'[' + ids.join(u',') + u']';
}

bool onlyLive(const LibraryQuery &filter)
{
    return !filter.trash && filter.statuses.isEmpty() && filter.author.isEmpty()
        && filter.category.isEmpty() && filter.from.isNull() && filter.to.isNull() && !filter.ids;
}

} // namespace

SqliteSearch::SqliteSearch(const QSqlDatabase &db, const QString &path)
    : m_db(db)
    , m_path(path)
{ }

Result<QList<SearchHit>> SqliteSearch::run(const SearchQuery &query) const
{
    if (query.text.trimmed().isEmpty()) {
        return Error {QCoreApplication::translate(
                          "Copydesk::SqliteSearch", "%1: there is nothing to search for")
                          .arg(LibraryFile::quoted(m_path)),
            Error::Code::InvalidInput};
    }
    const QString match = matchExpression(query.text);
    QList<SearchHit> hits;
    if (match.isEmpty() || query.limit == 0)
        return hits;
    const Result<QList<Ranked>> ranked = rank(match, query);
    if (!ranked)
        return ranked.error();
    if (Status added = addSummaries(hits, *ranked, query); !added)
        return added.error();
    if (Status added = addSnippets(hits, SearchText::typedTerms(query.text), match); !added)
        return added.error();
    return hits;
}

Result<QList<SqliteSearch::Ranked>> SqliteSearch::rank(
    const QString &match, const SearchQuery &query) const
{
    QSqlQuery rows(m_db);
    const qint64 limit = query.limit < 0 ? -1 : query.limit;
    QString sql;
    QVariantList values {match};
    if (onlyLive(query.filter)) {
        if (!exec(rows, QString::fromLatin1(TrashedSql), {}) || !rows.next())
            return failed(rows.lastError());
        const qint64 trashed = rows.value(0).toLongLong();
        if (trashed <= TrashSlackLimit) {
            sql = QString::fromLatin1(RankSql).arg(QLatin1StringView(Score));
            values << (limit < 0 ? -1 : limit + trashed);
        }
    }
    if (sql.isEmpty()) {
        const SqliteFilter filter(query.filter);
        sql = QString::fromLatin1(RankFilteredSql).arg(QLatin1StringView(Score), filter.where());
        values << filter.values() << limit;
    }
    if (!exec(rows, sql, values))
        return failed(rows.lastError());
    QList<Ranked> ranked;
    while (rows.next())
        ranked.append({rows.value(0).toLongLong(), rows.value(1).toDouble()});
    if (rows.lastError().isValid())
        return failed(rows.lastError());
    return ranked;
}

Status SqliteSearch::addSummaries(
    QList<SearchHit> &hits, const QList<Ranked> &ranked, const SearchQuery &query) const
{
    if (ranked.isEmpty())
        return Done {};
    const SqliteFilter filter(query.filter);
    QVariantList values {idArray(ranked, [](const Ranked &r) { return r.id; })};
    values << filter.values();
    QSqlQuery rows(m_db);
    if (!exec(rows, QString::fromLatin1(SummariesSql).arg(SqliteSummary::columns(), filter.where()),
            values)) {
        return failed(rows.lastError());
    }
    QHash<qint64, ArticleSummary> summaries;
    while (rows.next()) {
        ArticleSummary summary = SqliteSummary::read(rows);
        summaries.insert(summary.id, std::move(summary));
    }
    if (rows.lastError().isValid())
        return failed(rows.lastError());
    for (const Ranked &entry : ranked) {
        if (query.limit >= 0 && hits.size() == query.limit)
            break;
        const auto found = summaries.constFind(entry.id);
        if (found == summaries.constEnd())
            continue; // trashed (or filtered) after all
        SearchHit hit;
        hit.summary = *found;
        hit.rank = entry.score;
        hits.append(hit);
    }
    return Done {};
}

Status SqliteSearch::addSnippets(
    QList<SearchHit> &hits, const SearchText::TypedTerms &terms, const QString &match) const
{
    const auto finish = [](const QString &raw) {
        return SnippetText::readable(raw).simplified();
    };
    QHash<qint64, SearchHit *> missing;
    for (SearchHit &hit : hits) {
        const QString raw = SnippetText::excerpt({hit.summary.headline, hit.summary.dek}, terms);
        if (raw.isEmpty())
            missing.insert(hit.summary.id, &hit);
        else
            hit.snippet = finish(raw);
    }
    if (missing.isEmpty())
        return Done {};
    const auto ids = [&missing] {
        return idArray(missing.keys(), [](qint64 id) { return id; });
    };
    QSqlQuery rows(m_db);
    if (!exec(rows, QString::fromLatin1(ContentSql), {ids()}))
        return failed(rows.lastError());
    while (rows.next()) {
        const qint64 id = rows.value(0).toLongLong();
        const QString raw
            = SnippetText::excerpt(SearchText::articleTexts(rows.value(1).toByteArray()), terms);
        if (raw.isEmpty())
            continue;
        if (SearchHit *hit = missing.take(id))
            hit->snippet = finish(raw);
    }
    if (rows.lastError().isValid())
        return failed(rows.lastError());
    if (missing.isEmpty())
        return Done {};
    const QVariantList values {
        QString(SnippetOpen), QString(SnippetClose), SnippetEllipsis.toString(), match, ids()};
    if (!exec(rows, QString::fromLatin1(SnippetsSql), values))
        return failed(rows.lastError());
    while (rows.next()) {
        if (SearchHit *hit = missing.value(rows.value(0).toLongLong()))
            hit->snippet = finish(rows.value(1).toString());
    }
    if (rows.lastError().isValid())
        return failed(rows.lastError());
    return Done {};
}

Error SqliteSearch::failed(const QSqlError &error) const
{
    return SqliteError::toError(error, m_path,
        QCoreApplication::translate("Copydesk::SqliteSearch", "cannot search the library"));
}

QStringList SqliteSearch::terms(const QString &text)
{
    return SearchText::terms(text);
}

QString SqliteSearch::matchExpression(const QString &text)
{
    const SearchText::TypedTerms typed = SearchText::typedTerms(text);
    QStringList quoted;
    for (const QString &term : typed.terms)
        quoted.append(u'"' + term + u'"'); // terms() never contains a double quote
    // The exact word scores on its own besides the prefix, so it ranks above longer words.
    if (typed.lastIsPrefix)
        quoted.last() = QStringLiteral("(%1 OR %1*)").arg(quoted.last());
    // Explicit: FTS5 does not AND a parenthesised group implicitly.
    return quoted.join(QStringLiteral(" AND "));
}

} // namespace Copydesk
