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
// print on stderr.
constexpr char QuietSql[] = "SELECT set_config('client_min_messages', 'warning', true)";

// queries: the user's text parsed by every built-in configuration (search_config() returns
// only those), computed once (MATERIALIZED). page: the hits, each matched with its own
// language's query. The GIN index on `search` finds the candidates with one scan for the OR of
// every configuration's query (a parameter the planner can use, unlike a join on the
// configuration, which made it scan and match every article: 4.7 s at 100,000 articles);
// only then are ranks, and snippets for the page, computed.
// Weights are {D, C, B, A}: body text 1, dek 5, headline 10. The snippet comes from the first
// of headline, dek and body text where ts_headline highlights something; the flags say whether
// words of that field come before or after the part shown. ts_headline parses all the text it
// is given (about 1.4 ms for a 1,500-word body), so the body's snippet is first made from 900
// characters around the first place where one of the query's lexemes occurs as written (most
// English and German stems are prefixes of their words); only when that window highlights
// nothing is the whole body used.
constexpr char SearchSql[]
    = "WITH queries AS MATERIALIZED ("
      "SELECT c.oid::regconfig AS config, websearch_to_tsquery(c.oid::regconfig, ?) AS query "
      "FROM pg_catalog.pg_ts_config AS c "
      "WHERE c.cfgnamespace = 'pg_catalog'::regnamespace), "
      "page AS (SELECT a.id, q.config, q.query, "
      "ts_rank_cd('{0.1, 0.1, 0.5, 1.0}', a.search, q.query) AS score "
      "FROM copydesk.articles AS a JOIN queries AS q "
      "ON q.config = copydesk.search_config(a.language) "
      "WHERE a.search @@ (SELECT string_agg('(' || query::text || ')', ' | ') FROM queries "
      "WHERE numnode(query) > 0)::tsquery AND a.search @@ q.query AND %1 "
      "ORDER BY score DESC, a.id DESC LIMIT ?) "
      "SELECT %2, p.score, x.snippet, "
      "x.at = 0 OR left(x.field, x.at - 1) ~ '[[:alnum:]]', "
      "x.at = 0 OR substr(x.field, x.at + length(x.plain)) ~ '[[:alnum:]]' "
      "FROM page AS p JOIN copydesk.articles AS a ON a.id = p.id "
      "CROSS JOIN LATERAL (SELECT ts_headline(p.config, a.headline, p.query, ?) AS headline, "
      "ts_headline(p.config, a.dek, p.query, ?) AS dek) AS h "
      "CROSS JOIN LATERAL (SELECT min(nullif(strpos(lower(a.body_text), m[1]), 0)) AS at "
      "FROM regexp_matches(querytree(p.query), '''([^'']+)''', 'g') AS m) AS f "
      "CROSS JOIN LATERAL (SELECT ts_headline(p.config, "
      "substr(a.body_text, greatest(1, f.at - 400), 900), p.query, ?) AS snippet) AS w "
      "CROSS JOIN LATERAL (SELECT "
      "CASE WHEN strpos(h.headline, chr(57344)) > 0 THEN a.headline "
      "WHEN strpos(h.dek, chr(57344)) > 0 THEN a.dek ELSE a.body_text END AS field, "
      "CASE WHEN strpos(h.headline, chr(57344)) > 0 THEN h.headline "
      "WHEN strpos(h.dek, chr(57344)) > 0 THEN h.dek "
      "WHEN strpos(w.snippet, chr(57344)) > 0 THEN w.snippet "
      "ELSE ts_headline(p.config, a.body_text, p.query, ?) END AS snippet) AS s "
      "CROSS JOIN LATERAL (SELECT replace(replace(s.snippet, chr(57344), ''), chr(57345), '') "
      "AS plain) AS t "
      "CROSS JOIN LATERAL (SELECT s.field, s.snippet, t.plain, strpos(s.field, t.plain) AS at) "
      "AS x "
      "ORDER BY p.score DESC, a.id DESC";

// About as long as SQLite's snippets (SnippetText::excerpt() shows 24 words).
QString headlineOptions()
{
    return u"StartSel=%1, StopSel=%2, MaxWords=24, MinWords=12, MaxFragments=1"_s.arg(
        SnippetOpen, SnippetClose);
}

} // namespace

PostgresSearch::PostgresSearch(PostgresSession &session)
    : m_session(session)
{ }

Result<QList<SearchHit>> PostgresSearch::run(const SearchQuery &query) const
{
    if (query.text.trimmed().isEmpty()) {
        return Error {tr("“%1”: there is nothing to search for").arg(m_session.display()),
            Error::Code::InvalidInput};
    }
    const QString text = queryText(query.text);
    QList<SearchHit> hits;
    if (text.isEmpty() || query.limit == 0)
        return hits;

    const QString action = tr("cannot search the library");
    const PostgresArticleFilter filter(query.filter);
    const QString options = headlineOptions();
    QVariantList values {text};
    values << filter.values();
    values << (query.limit < 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(query.limit));
    values << options << options << options << options;

    // Made before the transaction: a failed statement can only be freed after the rollback.
    QSqlQuery rows(m_session.database());
    PostgresTransaction transaction(m_session.database());
    if (transaction.error().isValid())
        return m_session.toError(transaction.error(), action);
    if (!PostgresSession::exec(rows, QString::fromLatin1(QuietSql))
        || !PostgresSession::exec(rows,
            QString::fromLatin1(SearchSql).arg(filter.where(), PostgresArticleFilter::columns()),
            values)) {
        return m_session.toError(rows.lastError(), action);
    }
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
    QStringList quoted;
    for (const QString &term : SearchText::terms(text))
        quoted.append(u'"' + term + u'"'); // terms() never contains a double quote
    return quoted.join(u' ');
}

} // namespace Copydesk
