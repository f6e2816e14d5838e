-- Copydesk team library, schema version 7: an imported article keeps the time its content last
-- changed. Migrates from version 6; no table changes.
--
-- An article exported as Copydesk JSON says when its content last changed ("modified"). Imported
-- into another library it used to get the import time, so a published article's page said
-- "Updated" at the import and its dateModified moved. create_article with p_modified keeps that
-- time for the new article, unless it lies in the future; everything else is create_article's.
CREATE FUNCTION copydesk.create_article(p_uuid uuid, p_content jsonb, p_published timestamptz,
    p_word_count integer, p_body_text text, p_authors text[], p_note text,
    p_modified timestamptz)
    RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    v_id bigint;
BEGIN
    v_id := copydesk.create_article(p_uuid, p_content, p_published, p_word_count, p_body_text,
        p_authors, p_note);
    IF p_modified IS NOT NULL AND p_modified < now() THEN
        UPDATE copydesk.articles x SET modified = p_modified WHERE x.id = v_id;
    END IF;
    RETURN v_id;
END
$$;

REVOKE EXECUTE ON FUNCTION copydesk.create_article(uuid, jsonb, timestamptz, integer, text,
    text[], text, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION copydesk.create_article(uuid, jsonb, timestamptz, integer, text,
    text[], text, timestamptz) TO copydesk_reporter, copydesk_editor, copydesk_admin;

UPDATE copydesk.schema_version SET version = 7;
