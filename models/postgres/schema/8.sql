-- Copydesk team library, schema version 8: search folds diacritics, as a local library's index
-- does (SQLite's unicode61 tokenizer, remove_diacritics 2): "cafe" finds "Café", "Müller" finds
-- "Muller", either way round. Snippets read the lede from the row. Migrates from version 7;
-- rewrites the articles table (the search vectors are made again: about as long as building the
-- library's text index, minutes at 100,000 articles, during which the library cannot be read).

-- PostgreSQL's unaccent dictionary: one of its contrib modules, which Debian's postgresql-17
-- package ships. A trusted extension: the login that set the library up (it created the schema,
-- so it may create in the database) adds it, no superuser needed.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_extension WHERE extname = 'unaccent') THEN
        IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_available_extensions
                WHERE name = 'unaccent') THEN
            RAISE EXCEPTION 'this PostgreSQL server lacks its unaccent extension, which search '
                'needs to fold diacritics: install the server''s contrib modules '
                '(postgresql-contrib; part of postgresql-17 on Debian 13), then run team init again';
        END IF;
        BEGIN
            CREATE EXTENSION unaccent SCHEMA copydesk;
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE EXCEPTION '% may not add the unaccent extension to the database %: its owner '
                'or a superuser runs CREATE EXTENSION unaccent there, then team init again',
                session_user, current_database();
        END;
    END IF;
END
$$;

-- copydesk.<name>: each built-in text search configuration with unaccent first for the tokens
-- that may hold letters other than ASCII ones. unaccent is a filtering dictionary: the word
-- without its marks goes on to the language's own dictionaries (its stemmer, its stop words),
-- a word without marks goes there unchanged. Queries are parsed with the same configuration, so
-- "café" and "cafe" make the same lexeme.
DO $$
DECLARE
    v_unaccent text := (SELECT e.extnamespace::regnamespace::text || '.unaccent'
        FROM pg_catalog.pg_extension AS e WHERE e.extname = 'unaccent');
    v_config record;
    v_mapping record;
BEGIN
    FOR v_config IN SELECT c.oid, c.cfgname, c.cfgparser FROM pg_catalog.pg_ts_config AS c
            WHERE c.cfgnamespace = 'pg_catalog'::regnamespace LOOP
        EXECUTE format('CREATE TEXT SEARCH CONFIGURATION copydesk.%I (COPY = pg_catalog.%I)',
            v_config.cfgname, v_config.cfgname);
        FOR v_mapping IN SELECT t.alias,
                    string_agg(m.mapdict::regdictionary::text, ', ' ORDER BY m.mapseqno) AS dicts
                FROM pg_catalog.pg_ts_config_map AS m
                JOIN pg_catalog.ts_token_type(v_config.cfgparser) AS t ON t.tokid = m.maptokentype
                WHERE m.mapcfg = v_config.oid AND t.alias IN ('word', 'hword', 'hword_part',
                    'numword', 'numhword', 'hword_numpart')
                GROUP BY t.alias LOOP
            EXECUTE format('ALTER TEXT SEARCH CONFIGURATION copydesk.%I ALTER MAPPING FOR %I '
                'WITH %s, %s', v_config.cfgname, v_mapping.alias, v_unaccent, v_mapping.dicts);
        END LOOP;
    END LOOP;
END
$$;

-- As in schema 2, with the configurations above.
CREATE OR REPLACE FUNCTION copydesk.search_config(language text) RETURNS regconfig
    LANGUAGE sql IMMUTABLE STRICT
    RETURN CASE lower(split_part(language, '-', 1))
        WHEN 'ar' THEN 'copydesk.arabic' WHEN 'ca' THEN 'copydesk.catalan'
        WHEN 'da' THEN 'copydesk.danish' WHEN 'de' THEN 'copydesk.german'
        WHEN 'el' THEN 'copydesk.greek' WHEN 'en' THEN 'copydesk.english'
        WHEN 'es' THEN 'copydesk.spanish' WHEN 'eu' THEN 'copydesk.basque'
        WHEN 'fi' THEN 'copydesk.finnish' WHEN 'fr' THEN 'copydesk.french'
        WHEN 'ga' THEN 'copydesk.irish' WHEN 'hi' THEN 'copydesk.hindi'
        WHEN 'hu' THEN 'copydesk.hungarian' WHEN 'hy' THEN 'copydesk.armenian'
        WHEN 'id' THEN 'copydesk.indonesian' WHEN 'it' THEN 'copydesk.italian'
        WHEN 'lt' THEN 'copydesk.lithuanian' WHEN 'ne' THEN 'copydesk.nepali'
        WHEN 'nb' THEN 'copydesk.norwegian' WHEN 'nn' THEN 'copydesk.norwegian'
        WHEN 'no' THEN 'copydesk.norwegian' WHEN 'nl' THEN 'copydesk.dutch'
        WHEN 'pt' THEN 'copydesk.portuguese' WHEN 'ro' THEN 'copydesk.romanian'
        WHEN 'ru' THEN 'copydesk.russian' WHEN 'sr' THEN 'copydesk.serbian'
        WHEN 'sv' THEN 'copydesk.swedish' WHEN 'ta' THEN 'copydesk.tamil'
        WHEN 'tr' THEN 'copydesk.turkish' WHEN 'yi' THEN 'copydesk.yiddish'
        ELSE 'copydesk.simple' END::regconfig;

-- The stored vectors were made with the old configurations: the columns are made again (one
-- rewrite of the table), with the same expressions as schemas 2 and 3. `lede` is the lede's
-- Markdown, kept in the row (about 500 bytes): a snippet is mostly cut from it, and reading it
-- from `content` decompressed the whole article, out of line, for every hit of a page.
DROP INDEX copydesk.articles_title_search;
ALTER TABLE copydesk.articles DROP COLUMN search, DROP COLUMN rank_terms,
    DROP COLUMN text_config;
ALTER TABLE copydesk.articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector(copydesk.search_config(language), headline), 'A')
    || setweight(to_tsvector(copydesk.search_config(language), dek), 'B')
    || setweight(to_tsvector(copydesk.search_config(language), body_text), 'C')) STORED,
    ADD COLUMN rank_terms tsvector GENERATED ALWAYS AS (
    copydesk.title_terms(language, headline, dek)
    || setweight(to_tsvector(copydesk.search_config(language), copydesk.lead_text(body_text)),
        'C')) STORED,
    ALTER COLUMN rank_terms SET STORAGE MAIN,
    ADD COLUMN text_config regconfig
        GENERATED ALWAYS AS (copydesk.search_config(language)) STORED,
    ADD COLUMN lede text GENERATED ALWAYS AS (coalesce(content ->> 'lede', '')) STORED,
    ALTER COLUMN lede SET STORAGE MAIN;
CREATE INDEX articles_search ON copydesk.articles USING gin (search)
    WITH (gin_pending_list_limit = 256);
CREATE INDEX articles_title_search ON copydesk.articles
    USING gin (copydesk.title_terms(language, headline, dek))
    WITH (gin_pending_list_limit = 256);
CREATE INDEX articles_text_config ON copydesk.articles ((text_config::oid));

-- As in schema 5, over the configurations above.
CREATE OR REPLACE FUNCTION copydesk.search_queries(p_text text, p_prefix text)
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
            WHERE c.cfgnamespace = 'copydesk'::regnamespace
                AND c.oid IN (SELECT u.config FROM used AS u)) AS q
        WHERE pg_catalog.numnode(q.query) > 0
        GROUP BY q.query, q.exact;
END
$$;

-- The estimate (search_estimate()) needs statistics of the new columns.
ANALYZE copydesk.articles;

UPDATE copydesk.schema_version SET version = 8;
