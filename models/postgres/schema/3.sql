-- Copydesk team library, schema version 3: search that stays fast at 100,000 articles.
--
-- Schema 2 ranked every hit with ts_rank_cd over its whole search vector, which PostgreSQL
-- keeps out of line (TOAST) for a 1,500-word article: a word most articles share made the
-- server read and decompress tens of thousands of vectors (8 s at 100,000 articles). Ranking
-- now reads a short vector kept in the row itself, and a headline and dek index lets a search
-- for a common word rank the articles that matter first (PostgresSearch says how).

-- The lead of a body text: its first 1,000 characters (about 160 words), cut where a word ends
-- (the whole text when it is shorter).
CREATE FUNCTION copydesk.lead_text(body text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT
    RETURN CASE WHEN length(body) <= 1000 THEN body
        ELSE coalesce(substring(left(body, 1001) FROM '^(.*)[[:space:]]'), '') END;

-- Headline (weight A) and dek (B) in the article's language. SQL without SET, so that the
-- planner inlines it and finds the index below for it.
CREATE FUNCTION copydesk.title_terms(language text, headline text, dek text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE
    RETURN pg_catalog.setweight(pg_catalog.to_tsvector(copydesk.search_config(language), headline), 'A')
        || pg_catalog.setweight(pg_catalog.to_tsvector(copydesk.search_config(language), dek), 'B');

-- What ranking reads: title_terms() and the lead of the body text (weight C), positions as in
-- `search`, of which it is the start. About 1.2 kB, kept in the row (STORAGE MAIN: the big
-- columns go out of line first), so that ranking reads no TOAST. Adding it rewrites the table
-- (128 s at 100,000 articles on a busy two-core machine).
-- text_config is search_config(language), stored: calling that function (which PostgreSQL does
-- not inline) for each of thousands of hits cost more than ranking them.
ALTER TABLE copydesk.articles ADD COLUMN rank_terms tsvector GENERATED ALWAYS AS (
    copydesk.title_terms(language, headline, dek)
    || setweight(to_tsvector(copydesk.search_config(language), copydesk.lead_text(body_text)),
        'C')) STORED,
    ALTER COLUMN rank_terms SET STORAGE MAIN,
    ADD COLUMN text_config regconfig
        GENERATED ALWAYS AS (copydesk.search_config(language)) STORED;

-- The articles a word names in their headline or dek.
CREATE INDEX articles_title_search ON copydesk.articles
    USING gin (copydesk.title_terms(language, headline, dek));

-- The listing sorted by headline (PostgresArticleFilter: ASCII case folding, code point order).
CREATE INDEX articles_headline ON copydesk.articles (lower(headline COLLATE "C"), id);

-- For search_queries(): the text search configurations of the library's articles.
CREATE INDEX articles_text_config ON copydesk.articles ((text_config::oid));

-- The text search configurations a search runs under: each built-in one that an article uses
-- (from the index above, one probe per configuration however many articles there are), with
-- the query it makes of p_text (websearch_to_tsquery), configurations that make the same query
-- grouped. Stop words alone make no query, and no row. A handful of rows (ROWS 3 tells the
-- planner so). Leaving out the configurations nobody writes in matters: English "apprentice"
-- is the lexeme 'apprentic', which the simple configuration's query for "apprentic" would find
-- in thousands of English articles, each to be read and dropped. PL/pgSQL, so that the session
-- keeps the plan.
CREATE FUNCTION copydesk.search_queries(p_text text)
    RETURNS TABLE (query tsquery, configs regconfig[])
    LANGUAGE plpgsql STABLE ROWS 3 SET search_path = '' AS $$
#variable_conflict use_column
BEGIN
    RETURN QUERY
    WITH RECURSIVE used (config) AS (
        (SELECT a.text_config::oid FROM copydesk.articles AS a
            ORDER BY a.text_config::oid LIMIT 1)
        UNION ALL
        SELECT (SELECT a.text_config::oid FROM copydesk.articles AS a
                WHERE a.text_config::oid > u.config ORDER BY a.text_config::oid LIMIT 1)
            FROM used AS u WHERE u.config IS NOT NULL)
    SELECT q.query, array_agg(q.config)
        FROM (SELECT c.oid::regconfig AS config,
                pg_catalog.websearch_to_tsquery(c.oid::regconfig, p_text) AS query
            FROM pg_catalog.pg_ts_config AS c
            WHERE c.cfgnamespace = 'pg_catalog'::regnamespace
                AND c.oid IN (SELECT u.config FROM used AS u)) AS q
        WHERE pg_catalog.numnode(q.query) > 0
        GROUP BY q.query;
END
$$;

-- The planner's estimate of how many articles p_text finds (trashed ones included): for each
-- query of search_queries(), the articles of its configurations that it matches, from the
-- statistics ANALYZE keeps of the lexemes and languages. Cheap (a plan per query, no rows
-- read), and good enough to tell a word most articles share from a rare one. VOLATILE only
-- because PostgreSQL allows EXPLAIN in no other function.
CREATE FUNCTION copydesk.search_estimate(p_text text) RETURNS double precision
    LANGUAGE plpgsql VOLATILE SET search_path = '' AS $$
DECLARE
    v_group record;
    v_plan json;
    v_rows double precision := 0;
BEGIN
    FOR v_group IN SELECT s.query, s.configs FROM copydesk.search_queries(p_text) AS s LOOP
        EXECUTE 'EXPLAIN (FORMAT JSON) SELECT 1 FROM copydesk.articles '
                'WHERE search @@ $1 AND text_config = ANY ($2)'
            INTO v_plan USING v_group.query, v_group.configs;
        v_rows := v_rows + (v_plan -> 0 -> 'Plan' ->> 'Plan Rows')::double precision;
    END LOOP;
    RETURN v_rows;
END
$$;

REVOKE EXECUTE ON FUNCTION copydesk.lead_text(text),
    copydesk.title_terms(text, text, text),
    copydesk.search_queries(text), copydesk.search_estimate(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION copydesk.lead_text(text),
    copydesk.title_terms(text, text, text),
    copydesk.search_queries(text), copydesk.search_estimate(text)
    TO copydesk_reporter, copydesk_editor, copydesk_admin;

-- The estimate needs statistics of the new column.
ANALYZE copydesk.articles;

UPDATE copydesk.schema_version SET version = 3;
