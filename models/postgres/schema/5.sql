-- Copydesk team library, schema version 5: search as you type. The word a reader is still
-- typing matches the words it begins (PostgresSearch, SearchText::typedTerms()). Migrates from
-- version 4; no table or index changes, the GIN index finds prefixes
-- of lexemes as it is.

-- search_queries() with the word being typed: for each configuration, `query` is the query of
-- p_text (websearch_to_tsquery) and p_prefix as the beginning of lexemes (to_tsquery with ':*';
-- the word is quoted, so that nothing in it is syntax); `exact` is the query of p_text and
-- p_prefix as a whole word (phraseto_tsquery: no syntax at all), NULL without p_prefix. NULL
-- arguments count as empty text.
-- PostgresSearch finds articles with `query` and adds the rank of `exact`, so that an article
-- with the word itself ranks above one with only a longer word: ts_rank_cd scores a prefix
-- match like the word. Stemming applies to the prefix as well: English "harbours" becomes the
-- prefix 'harbour' and finds "harbour"; a word cut short may stem differently from the whole
-- word ("runn" does not find "running", stemmed 'run'). Stop words add nothing, as in p_text;
-- the NOTICEs the parser sends about them (or about empty text) are not sent on to the client.
CREATE FUNCTION copydesk.search_queries(p_text text, p_prefix text)
    RETURNS TABLE (query tsquery, exact tsquery, configs regconfig[])
    LANGUAGE plpgsql STABLE ROWS 3 SET search_path = '' SET client_min_messages = warning AS $$
#variable_conflict use_column
BEGIN
    p_text := coalesce(p_text, '');
    p_prefix := coalesce(p_prefix, '');
    RETURN QUERY
    WITH RECURSIVE used (config) AS (
        (SELECT a.text_config::oid FROM copydesk.articles AS a
            ORDER BY a.text_config::oid LIMIT 1)
        UNION ALL
        SELECT (SELECT a.text_config::oid FROM copydesk.articles AS a
                WHERE a.text_config::oid > u.config ORDER BY a.text_config::oid LIMIT 1)
            FROM used AS u WHERE u.config IS NOT NULL)
    SELECT q.query, q.exact, array_agg(q.config)
        FROM (SELECT c.oid::regconfig AS config,
                pg_catalog.websearch_to_tsquery(c.oid::regconfig, p_text)
                    OPERATOR(pg_catalog.&&) CASE WHEN p_prefix = '' THEN ''::pg_catalog.tsquery
                    ELSE pg_catalog.to_tsquery(c.oid::regconfig, ''''
                        || pg_catalog.replace(pg_catalog.replace(p_prefix, '\', '\\'),
                            '''', '''''') || ''':*') END AS query,
                CASE WHEN p_prefix <> '' THEN
                    pg_catalog.websearch_to_tsquery(c.oid::regconfig, p_text)
                    OPERATOR(pg_catalog.&&) pg_catalog.phraseto_tsquery(c.oid::regconfig, p_prefix)
                END AS exact
            FROM pg_catalog.pg_ts_config AS c
            WHERE c.cfgnamespace = 'pg_catalog'::regnamespace
                AND c.oid IN (SELECT u.config FROM used AS u)) AS q
        WHERE pg_catalog.numnode(q.query) > 0
        GROUP BY q.query, q.exact;
END
$$;

-- The estimate of search_queries(p_text, p_prefix), as search_estimate(p_text) was
-- (schema/3.sql).
CREATE FUNCTION copydesk.search_estimate(p_text text, p_prefix text) RETURNS double precision
    LANGUAGE plpgsql VOLATILE SET search_path = '' SET client_min_messages = warning AS $$
DECLARE
    v_group record;
    v_plan json;
    v_rows double precision := 0;
BEGIN
    FOR v_group IN SELECT s.query, s.configs
            FROM copydesk.search_queries(p_text, p_prefix) AS s LOOP
        EXECUTE 'EXPLAIN (FORMAT JSON) SELECT 1 FROM copydesk.articles '
                'WHERE search @@ $1 AND text_config = ANY ($2)'
            INTO v_plan USING v_group.query, v_group.configs;
        v_rows := v_rows + (v_plan -> 0 -> 'Plan' ->> 'Plan Rows')::double precision;
    END LOOP;
    RETURN v_rows;
END
$$;

-- The one-argument forms (schema/3.sql) had no caller left: a Copydesk that used them refuses
-- a library of schema 5.
DROP FUNCTION copydesk.search_estimate(text);
DROP FUNCTION copydesk.search_queries(text);

REVOKE EXECUTE ON FUNCTION copydesk.search_queries(text, text),
    copydesk.search_estimate(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION copydesk.search_queries(text, text),
    copydesk.search_estimate(text, text)
    TO copydesk_reporter, copydesk_editor, copydesk_admin;

UPDATE copydesk.schema_version SET version = 5;
