-- Copydesk team library, schema version 1: the tables, the group roles and who may write what.
-- Run by PostgresSchema::initialize() in one transaction, as a login that may create roles.
--
-- People are PostgreSQL logins in one of three groups; who someone is, is session_user. Status,
-- owner, approvals and the audit log are not writable by reporters or editors at all: they
-- change only through SECURITY DEFINER functions (a later version), and the audit log refuses
-- every change and deletion, an administrator's included.

CREATE SCHEMA copydesk;
REVOKE ALL ON SCHEMA copydesk FROM PUBLIC;

CREATE TABLE copydesk.schema_version (version integer NOT NULL);
INSERT INTO copydesk.schema_version VALUES (1);

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'copydesk_reporter') THEN
        CREATE ROLE copydesk_reporter NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'copydesk_editor') THEN
        CREATE ROLE copydesk_editor NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'copydesk_admin') THEN
        CREATE ROLE copydesk_admin NOLOGIN;
    END IF;
END
$$;

-- The server's hash of an article's text, status and owner left out: approvals are bound to it.
-- IMMUTABLE is true here: the conversion target is fixed and so is the database's encoding.
CREATE FUNCTION copydesk.text_hash(content jsonb) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT
    RETURN encode(sha256(convert_to((content - 'status' - 'owner')::text, 'UTF8')), 'hex');

CREATE TABLE copydesk.people (
    login name PRIMARY KEY,
    display_name text NOT NULL,
    added timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE copydesk.articles (
    id bigserial PRIMARY KEY,
    uuid uuid NOT NULL UNIQUE,
    status text NOT NULL DEFAULT 'draft' CHECK (status IN
        ('draft', 'inReview', 'changesRequested', 'approved', 'published', 'spiked')),
    owner name NOT NULL DEFAULT session_user,
    headline text NOT NULL DEFAULT '',
    dek text NOT NULL DEFAULT '',
    category text NOT NULL DEFAULT '',
    language text NOT NULL DEFAULT '',
    published timestamptz,
    created timestamptz NOT NULL DEFAULT now(),
    modified timestamptz NOT NULL DEFAULT now(),
    revision integer NOT NULL DEFAULT 1,
    word_count integer NOT NULL DEFAULT 0,
    trashed_at timestamptz,
    content jsonb NOT NULL,
    content_hash text GENERATED ALWAYS AS (copydesk.text_hash(content)) STORED
);

CREATE TABLE copydesk.revisions (
    article_id bigint NOT NULL REFERENCES copydesk.articles ON DELETE CASCADE,
    number integer NOT NULL,
    created timestamptz NOT NULL DEFAULT now(),
    author name NOT NULL DEFAULT session_user,
    note text NOT NULL DEFAULT '',
    content jsonb NOT NULL,
    content_hash text GENERATED ALWAYS AS (copydesk.text_hash(content)) STORED,
    PRIMARY KEY (article_id, number)
);

CREATE TABLE copydesk.workflow_state (
    article_id bigint PRIMARY KEY REFERENCES copydesk.articles ON DELETE CASCADE,
    approved_revision integer NOT NULL DEFAULT 0,
    approved_hash text NOT NULL DEFAULT '',
    approved_by name,
    reviewed_revision integer NOT NULL DEFAULT 0,
    reviewed_by name
);

CREATE TABLE copydesk.audit (
    id bigserial PRIMARY KEY,
    article_id bigint NOT NULL,
    time timestamptz NOT NULL DEFAULT now(),
    actor name NOT NULL DEFAULT session_user,
    action text NOT NULL,
    from_status text,
    to_status text,
    note text NOT NULL DEFAULT '',
    revision integer,
    content_hash text
);

CREATE FUNCTION copydesk.audit_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only: entries are never changed or deleted'
        USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON copydesk.audit
    FOR EACH ROW EXECUTE FUNCTION copydesk.audit_is_append_only();
CREATE TRIGGER audit_never_truncated BEFORE TRUNCATE ON copydesk.audit
    FOR EACH STATEMENT EXECUTE FUNCTION copydesk.audit_is_append_only();

CREATE TABLE copydesk.comments (
    id bigserial PRIMARY KEY,
    article_id bigint NOT NULL REFERENCES copydesk.articles ON DELETE CASCADE,
    thread_id bigint REFERENCES copydesk.comments,
    author name NOT NULL DEFAULT session_user,
    created timestamptz NOT NULL DEFAULT now(),
    path text NOT NULL,
    range_start integer NOT NULL DEFAULT -1,
    range_end integer NOT NULL DEFAULT -1,
    text text NOT NULL CHECK (btrim(text) <> ''),
    revision integer NOT NULL,
    resolved_by name,
    resolved_at timestamptz
);

CREATE TABLE copydesk.settings (
    key text PRIMARY KEY,
    value text NOT NULL
);

-- Everyone in a group reads everything; what they may write is listed column by column. Nothing
-- here lets a reporter or an editor write a status, an owner, an approval or the audit log.
GRANT USAGE ON SCHEMA copydesk TO copydesk_reporter, copydesk_editor, copydesk_admin;
GRANT SELECT ON ALL TABLES IN SCHEMA copydesk
    TO copydesk_reporter, copydesk_editor, copydesk_admin;
GRANT INSERT (uuid, headline, dek, category, language, published, word_count, content)
    ON copydesk.articles TO copydesk_reporter, copydesk_editor, copydesk_admin;
GRANT UPDATE (headline, dek, category, language, published, modified, revision, word_count,
        trashed_at, content)
    ON copydesk.articles TO copydesk_reporter, copydesk_editor, copydesk_admin;
GRANT INSERT (article_id, number, note, content)
    ON copydesk.revisions TO copydesk_reporter, copydesk_editor, copydesk_admin;
GRANT USAGE ON SEQUENCE copydesk.articles_id_seq
    TO copydesk_reporter, copydesk_editor, copydesk_admin;
GRANT INSERT, UPDATE ON copydesk.settings TO copydesk_editor, copydesk_admin;
