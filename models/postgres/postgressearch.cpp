// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "postgressearch.h"

#include "postgresarticlefilter.h"
#include "postgressession.h"
#include "postgrestransaction.h"
#include "searchtext.h"
#include "snippettext.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Copydesk {

using namespace Qt::StringLiterals;

namespace {

// The SQL below finds the markers as chr(57344) and chr(57345).
static_assert(SnippetOpen.unicode() == 57344 && SnippetClose.unicode() == 57345);

// A query made of nothing but stop words makes the server send a NOTICE, which libpq would
// print on stderr. JIT compilation, which the planner's cost estimates for a search ask for,
// took 15 ms of every search and saves nothing on the few rows a search reads. The estimate
// (schema/5.sql) decides which of the two page queries below runs; for LikelyHitsSql the
// modified time of the RecentArticles-th most recent article comes along, passed on as a value
// so that the planner combines the two indexes for it.
constexpr char PrepareSql[]
    = "SELECT set_config('client_min_messages', 'warning', true), "
      "set_config('jit', 'off', true), CASE WHEN e.estimate > ? THEN (SELECT "
      "min(r.modified)::text FROM (SELECT modified FROM copydesk.articles "
      "ORDER BY modified DESC, id DESC LIMIT ?) AS r) END "
      "FROM (SELECT copydesk.search_estimate(?, ?) AS estimate) AS e";

// groups: the user's text parsed by every built-in configuration, configurations that make the
// same query together (copydesk.search_queries(), schema/5.sql), computed once. page (%1, one
// of the two below): the best hits, each matched and ranked with its own language's query.
// Snippets are made for the page only. The snippet comes from the first of headline, dek and
// body text where ts_headline highlights something (kind 1, 2, 3; the body is only read for
// kind 3); the flags say whether words of that field come before or after the part shown.
// ts_headline parses all the text it is given (about 1.4 ms for a 1,500-word body), so the
// body's snippet is first made from 900 characters around the first place where one of the
// query's lexemes occurs as written (most English and German stems are prefixes of their
// words), looked for in the lead first (a hit ranked high mostly has its words there); only
// when that window highlights nothing is the whole body used. OFFSET 0 keeps the planner from
// copying an expression into each place that uses it: each snippet is made once, and the body
// (|| '') decompressed once.
constexpr char SearchSql[]
    = "WITH groups AS MATERIALIZED (SELECT query, exact, configs "
      "FROM copydesk.search_queries(?, ?)), "
      "page AS (%1) "
      "SELECT %2, p.score, x.snippet, "
      "x.at = 0 OR left(x.field, x.at - 1) ~ '[[:alnum:]]', "
      "x.at = 0 OR substr(x.field, x.at + length(x.plain)) ~ '[[:alnum:]]' "
      "FROM page AS p JOIN copydesk.articles AS a ON a.id = p.id "
      "CROSS JOIN LATERAL (SELECT ts_headline(a.text_config, a.headline, p.query, ?) AS headline, "
      "ts_headline(a.text_config, a.dek, p.query, ?) AS dek OFFSET 0) AS h "
      "CROSS JOIN LATERAL (SELECT CASE WHEN strpos(h.headline, chr(57344)) > 0 THEN 1 "
      "WHEN strpos(h.dek, chr(57344)) > 0 THEN 2 ELSE 3 END AS kind) AS k "
      "CROSS JOIN LATERAL (SELECT "
      "CASE k.kind WHEN 1 THEN a.headline WHEN 2 THEN a.dek ELSE a.body_text || '' END AS field, "
      "CASE k.kind WHEN 1 THEN h.headline WHEN 2 THEN h.dek ELSE (SELECT "
      "CASE WHEN strpos(w.snippet, chr(57344)) > 0 THEN w.snippet "
      "ELSE ts_headline(a.text_config, a.body_text, p.query, ?) END "
      "FROM (SELECT ts_headline(a.text_config, substr(a.body_text, greatest(1, f.at - 400), 900), "
      "p.query, ?) AS snippet FROM (SELECT min(coalesce("
      "nullif(strpos(lower(substr(a.body_text, 1, 1000)), m[1]), 0), "
      "nullif(strpos(lower(a.body_text), m[1]), 0))) AS at "
      "FROM regexp_matches(querytree(p.query), '''([^'']+)''', 'g') AS m) AS f) AS w) "
      "END AS snippet OFFSET 0) AS s "
      "CROSS JOIN LATERAL (SELECT replace(replace(s.snippet, chr(57344), ''), chr(57345), '') "
      "AS plain) AS t "
      "CROSS JOIN LATERAL (SELECT s.field, s.snippet, t.plain, strpos(s.field, t.plain) AS at "
      "OFFSET 0) "
      "AS x "
      "ORDER BY p.score DESC, a.id DESC";

// Every hit, ranked. The GIN index on `search` finds the articles of each group's query, and
// the article's language picks its group: the big `search` vectors, kept out of line, are not
// read. ts_rank_cd reads rank_terms, kept in the row: headline, dek and the lead of the body
// (weights {D, C, B, A}: body text 1, dek 5, headline 10). An article with the words only
// after its lead scores 0 and comes after those that have them there, newest first. With a
// word being typed, the articles with the word itself score once more (Score).
constexpr char Score[]
    = "ts_rank_cd('{0.1, 0.1, 0.5, 1.0}', a.rank_terms, g.query) + CASE WHEN g.exact IS NULL "
      "THEN 0 ELSE ts_rank_cd('{0.1, 0.1, 0.5, 1.0}', a.rank_terms, g.exact) END";
constexpr char AllHitsSql[] = "SELECT a.id, g.query, %2 AS score "
                              "FROM groups AS g JOIN copydesk.articles AS a ON a.search @@ g.query "
                              "AND a.text_config = ANY (g.configs) "
                              "WHERE %1 ORDER BY score DESC, a.id DESC LIMIT ?";

// For words a large part of the library has (search_estimate() above m_likelyHitsFrom), ranking
// every hit would read tens of thousands of rows. Ranked as above are then only the articles
// with the words in headline or dek (the index articles_title_search) and the hits among the
// RecentArticles most recently modified articles (the GIN index and articles_modified
// combined: no other hit is read); UNION drops an article both find.
constexpr char LikelyHitsSql[]
    = "SELECT c.id, c.query, c.score FROM ("
      "SELECT a.id, g.query, %2 AS score "
      "FROM groups AS g JOIN copydesk.articles AS a "
      "ON copydesk.title_terms(a.language, a.headline, a.dek) @@ g.query "
      "AND a.text_config = ANY (g.configs) WHERE %1 "
      "UNION SELECT a.id, g.query, %2 AS score "
      "FROM groups AS g JOIN copydesk.articles AS a ON a.search @@ g.query "
      "AND a.text_config = ANY (g.configs) "
      "WHERE a.modified >= ?::timestamptz AND %1) AS c "
      "ORDER BY c.score DESC, c.id DESC LIMIT ?";

constexpr int RecentArticles = 2000;

// About as long as SQLite's snippets (SnippetText::excerpt() shows 24 words).
QString headlineOptions()
{
    return u"StartSel=%1, StopSel=%2, MaxWords=24, MinWords=12, MaxFragments=1"_s.arg(
        SnippetOpen, SnippetClose);
}

} // namespace

PostgresSearch::PostgresSearch(PostgresSession &session, double likelyHitsFrom)
    : m_session(session)
    , m_likelyHitsFrom(likelyHitsFrom)
{ }

Result<QList<SearchHit>> PostgresSearch::run(const SearchQuery &query) const
{
    if (query.text.trimmed().isEmpty()) {
        return Error {tr("“%1”: there is nothing to search for").arg(m_session.display()),
            Error::Code::InvalidInput};
    }
    const SearchText::TypedTerms typed = SearchText::typedTerms(query.text);
    const QString prefix = typed.lastIsPrefix ? typed.terms.last() : QString();
    const QString text
        = queryText(typed.lastIsPrefix ? typed.terms.mid(0, typed.terms.size() - 1) : typed.terms);
    QList<SearchHit> hits;
    if ((text.isEmpty() && prefix.isEmpty()) || query.limit == 0)
        return hits;

    const QString action = tr("cannot search the library");
    const PostgresArticleFilter filter(query.filter);
    const QString options = headlineOptions();
    const QVariant limit
        = query.limit < 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(query.limit);

    // Made before the transaction: a failed statement can only be freed after the rollback.
    QSqlQuery rows(m_session.database());
    PostgresTransaction transaction(m_session.database());
    if (transaction.error().isValid())
        return m_session.toError(transaction.error(), action);
    if (!PostgresSession::exec(
            rows, QString::fromLatin1(PrepareSql), {m_likelyHitsFrom, RecentArticles, text, prefix})
        || !rows.next()) {
        return m_session.toError(rows.lastError(), action);
    }
    // Every hit is ranked when all are asked for.
    const QVariant recentFrom = rows.value(2);
    const bool likely = query.limit > 0 && !recentFrom.isNull();
    const auto page = [&](bool fromLikely) {
        QVariantList values {text, prefix};
        values << filter.values();
        if (fromLikely)
            values << recentFrom << filter.values();
        values << limit << options << options << options << options;
        const QString pageSql = QString::fromLatin1(fromLikely ? LikelyHitsSql : AllHitsSql)
                                    .arg(filter.where(), QLatin1StringView(Score));
        return PostgresSession::exec(rows,
            QString::fromLatin1(SearchSql).arg(pageSql, PostgresArticleFilter::columns()), values);
    };
    if (!page(likely))
        return m_session.toError(rows.lastError(), action);
    // Filters let too few of the likely hits through: every hit is ranked after all.
    if (likely && rows.size() < query.limit && !page(false))
        return m_session.toError(rows.lastError(), action);

    constexpr int first = PostgresArticleFilter::ColumnCount;
    while (rows.next()) {
        SearchHit hit;
        hit.summary = PostgresArticleFilter::read(rows);
        hit.rank = -rows.value(first).toDouble();
        QString raw = rows.value(first + 1).toString();
        if (rows.value(first + 2).toBool())
            raw.prepend(SnippetEllipsis);
        if (rows.value(first + 3).toBool())
            raw.append(SnippetEllipsis);
        hit.snippet = SnippetText::readable(raw).simplified();
        hits.append(hit);
    }
    if (const QSqlError error = transaction.commit(); error.isValid())
        return m_session.toError(error, action);
    return hits;
}

QString PostgresSearch::queryText(const QString &text)
{
    return queryText(SearchText::terms(text));
}

QString PostgresSearch::queryText(const QStringList &terms)
{
    QStringList quoted;
    for (const QString &term : terms)
        quoted.append(u'"' + term + u'"'); // terms() never contains a double quote
    return quoted.join(u' ');
}

} // namespace Copydesk
