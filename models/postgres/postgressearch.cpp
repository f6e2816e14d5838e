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
#include <functional>

namespace Copydesk {

using namespace Qt::StringLiterals;

namespace {

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

// groups: the user's text parsed by every Copydesk text search configuration, configurations
// that make the same query together (copydesk.search_queries(), schema/8.sql), computed once.
// page (%1, one of the two below): the best hits, each matched and ranked with its own
// language's query, with the lexemes of that query (its stems: "ferri" of "ferries") and the
// lede (kept in the row, schema/8.sql), for the snippets.
constexpr char SearchSql[] = "WITH groups AS MATERIALIZED (SELECT query, exact, configs "
                             "FROM copydesk.search_queries(?, ?)), "
                             "page AS (%1) "
                             "SELECT %2, p.score, (SELECT string_agg(DISTINCT m[1], ' ') "
                             "FROM regexp_matches(querytree(p.query), '''([^'']+)''', 'g') AS m), "
                             "a.lede FROM page AS p JOIN copydesk.articles AS a ON a.id = p.id "
                             "ORDER BY p.score DESC, a.id DESC";

// For the hits whose headline, dek and lede have none of the words, their snippet's text: the
// content's texts one by one (SearchText::articleTexts(), which body_text joins), so that a
// snippet does not run on from one text into the next.
constexpr char ContentSql[]
    = "SELECT id, content::text FROM copydesk.articles WHERE id = ANY (?::bigint[])";

// The last resort, for hits whose words none of the above found in any text (a stemmer's
// irregular form: "skies" found by "sky", whose stem 'sky' begins no word there): ts_headline
// on the body text with the hit's own language's query, and whether words of the body come
// before or after the part shown.
constexpr char HeadlineSql[]
    = "SELECT a.id, x.snippet, x.at = 0 OR left(a.body_text, x.at - 1) ~ '[[:alnum:]]', "
      "x.at = 0 OR substr(a.body_text, x.at + length(x.plain)) ~ '[[:alnum:]]' "
      "FROM copydesk.articles AS a JOIN copydesk.search_queries(?, ?) AS g "
      "ON a.text_config = ANY (g.configs) "
      "CROSS JOIN LATERAL (SELECT ts_headline(a.text_config, a.body_text, g.query, ?) AS snippet "
      "OFFSET 0) AS h "
      "CROSS JOIN LATERAL (SELECT h.snippet, replace(replace(h.snippet, chr(57344), ''), "
      "chr(57345), '') AS plain OFFSET 0) AS y "
      "CROSS JOIN LATERAL (SELECT y.snippet, y.plain, strpos(a.body_text, y.plain) AS at) AS x "
      "WHERE a.id = ANY (?::bigint[])";

// The SQL above finds the markers as chr(57344) and chr(57345).
static_assert(SnippetOpen.unicode() == 57344 && SnippetClose.unicode() == 57345);

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
        values << limit;
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
    QList<QStringList> stems;
    QStringList ledes;
    while (rows.next()) {
        SearchHit hit;
        hit.summary = PostgresArticleFilter::read(rows);
        hit.rank = -rows.value(first).toDouble();
        hits.append(hit);
        stems.append(rows.value(first + 1).toString().split(u' ', Qt::SkipEmptyParts));
        ledes.append(rows.value(first + 2).toString());
    }
    if (rows.lastError().isValid() || !addSnippets(rows, hits, stems, ledes, typed, {text, prefix}))
        return m_session.toError(rows.lastError(), action);
    if (const QSqlError error = transaction.commit(); error.isValid())
        return m_session.toError(error, action);
    return hits;
}

bool PostgresSearch::addSnippets(QSqlQuery &rows, QList<SearchHit> &hits,
    const QList<QStringList> &stems, const QStringList &ledes, const SearchText::TypedTerms &typed,
    const QVariantList &queryValues)
{
    // As the SQLite library does: from the headline or dek when the words are there, else from
    // the lede, else from the other texts, fetched for those hits only. The words as typed first,
    // then the query's stems (which the index matched), then the stems less their last letter, for
    // stemmers that change a word's end ("ferri" of "ferry"); for a hit the engine matched by a
    // form none of these find, ts_headline marks it (HeadlineSql).
    const auto finish = [](const QString &raw) {
        return SnippetText::readable(raw).simplified();
    };
    const auto excerpt = [&](const QStringList &fields, qsizetype hit) {
        QString raw = SnippetText::excerpt(fields, typed);
        if (raw.isEmpty())
            raw = SnippetText::stemExcerpt(fields, stems.at(hit));
        if (raw.isEmpty()) {
            QStringList shorter;
            for (const QString &stem : stems.at(hit)) {
                if (stem.size() > SearchText::MinPrefixLength)
                    shorter.append(stem.chopped(1));
            }
            raw = SnippetText::stemExcerpt(fields, shorter);
        }
        return raw;
    };
    QHash<qint64, qsizetype> missing;
    for (qsizetype i = 0; i < hits.size(); ++i) {
        SearchHit &hit = hits[i];
        QString raw = excerpt({hit.summary.headline, hit.summary.dek}, i);
        if (raw.isEmpty())
            raw = excerpt({ledes.at(i)}, i);
        if (raw.isEmpty())
            missing.insert(hit.summary.id, i);
        else
            hit.snippet = finish(raw);
    }
    // Each step reads the texts of the hits still without a snippet.
    const auto idArray = [&missing] {
        QStringList ids;
        for (const qint64 id : missing.keys())
            ids.append(QString::number(id));
        return QString(u'{' + ids.join(u',') + u'}');
    };
    const auto texts = [&](const char *sql,
                           const std::function<QStringList(const QString &)> &split) {
        if (missing.isEmpty())
            return true;
        if (!PostgresSession::exec(rows, QString::fromLatin1(sql), {idArray()}))
            return false;
        while (rows.next()) {
            const qsizetype i = missing.value(rows.value(0).toLongLong(), -1);
            if (i < 0)
                continue;
            if (const QString raw = excerpt(split(rows.value(1).toString()), i); !raw.isEmpty()) {
                hits[i].snippet = finish(raw);
                missing.remove(hits[i].summary.id);
            }
        }
        return !rows.lastError().isValid();
    };
    if (!texts(ContentSql,
            [](const QString &content) { return SearchText::articleTexts(content.toUtf8()); }))
        return false;
    if (missing.isEmpty())
        return true;
    const QString options
        = u"StartSel=%1, StopSel=%2, MaxWords=24, MinWords=12, MaxFragments=1"_s.arg(
            SnippetOpen, SnippetClose);
    if (!PostgresSession::exec(rows, QString::fromLatin1(HeadlineSql),
            queryValues + QVariantList {options, idArray()}))
        return false;
    while (rows.next()) {
        const qsizetype i = missing.value(rows.value(0).toLongLong(), -1);
        if (i < 0)
            continue;
        QString raw = rows.value(1).toString();
        if (rows.value(2).toBool())
            raw.prepend(SnippetEllipsis);
        if (rows.value(3).toBool())
            raw.append(SnippetEllipsis);
        hits[i].snippet = finish(raw);
    }
    return !rows.lastError().isValid();
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
