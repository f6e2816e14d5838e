-- Copydesk team library, schema version 6: ranking reads only the hits that can score.
--
-- ts_rank_cd over rank_terms (schema/3.sql) is above zero exactly when rank_terms matches the
-- query: the words are in the headline, the dek or the lead. Every other hit scores zero and is
-- ordered newest first. An index of rank_terms finds the hits that score without reading the
-- rest: a word in 2,000 articles is mostly further down the body, and schema 5 read and ranked
-- all 2,000 rows to find the 50 best (PostgresSearch says how the page is made now). About
-- 1 kB of index per article; building it at 100,000 articles takes about a minute.
CREATE INDEX articles_rank_search ON copydesk.articles USING gin (rank_terms);

ANALYZE copydesk.articles;

UPDATE copydesk.schema_version SET version = 6;
