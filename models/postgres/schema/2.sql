-- Copydesk team library, schema version 2: the rules move into the server.
--
-- From this version on nobody writes the tables directly, an administrator's login included:
-- every change goes through the SECURITY DEFINER functions below. They find out who is calling
-- from session_user (no function takes an actor), check that person's group, ownership and
-- authorship the way WorkflowRules does, write the audit entry with the change, and hash the
-- stored text themselves. What the server cannot see is the checklist (it runs in Copydesk on
-- the text); its count of required findings is the one thing the client tells the server.
--
-- Errors: SQLSTATE CD000 is a refusal by the rules, CD404 a missing article or comment, CD409 a
-- change against an out-of-date version (someone else saved first), 42501 a caller who is not a
-- person of this library or lacks the role.

REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA copydesk
    FROM copydesk_reporter, copydesk_editor, copydesk_admin;
REVOKE USAGE ON SEQUENCE copydesk.articles_id_seq
    FROM copydesk_reporter, copydesk_editor, copydesk_admin;

-- Hero images, stored once however many revisions show them. A stored article's hero keeps its
-- metadata in the content and names its bytes by "sha256".
CREATE TABLE copydesk.images (
    sha256 text PRIMARY KEY,
    mime_type text NOT NULL,
    data bytea NOT NULL
);

-- What search and listings need beside the content: the text of every part (Copydesk extracts
-- it), the byline names, a version that changes with every write, and the authorship record.
ALTER TABLE copydesk.articles
    ADD COLUMN body_text text NOT NULL DEFAULT '',
    ADD COLUMN authors text[] NOT NULL DEFAULT '{}',
    ADD COLUMN version bigint NOT NULL DEFAULT 1;
ALTER TABLE copydesk.workflow_state
    ADD COLUMN editors_since_review name[] NOT NULL DEFAULT '{}',
    ADD COLUMN last_editor name;
ALTER TABLE copydesk.comments ADD COLUMN parent_id bigint REFERENCES copydesk.comments;
-- Who copied an audit entry in from a local library (copydesk team push); NULL for entries
-- written here.
ALTER TABLE copydesk.audit ADD COLUMN imported_by name;

-- The text search configuration for an article's language tag ("de-CH" → german); simple (no
-- stemming) for languages PostgreSQL has no configuration for. IMMUTABLE: the mapping is fixed.
CREATE FUNCTION copydesk.search_config(language text) RETURNS regconfig
    LANGUAGE sql IMMUTABLE STRICT
    RETURN CASE lower(split_part(language, '-', 1))
        WHEN 'ar' THEN 'pg_catalog.arabic' WHEN 'ca' THEN 'pg_catalog.catalan'
        WHEN 'da' THEN 'pg_catalog.danish' WHEN 'de' THEN 'pg_catalog.german'
        WHEN 'el' THEN 'pg_catalog.greek' WHEN 'en' THEN 'pg_catalog.english'
        WHEN 'es' THEN 'pg_catalog.spanish' WHEN 'eu' THEN 'pg_catalog.basque'
        WHEN 'fi' THEN 'pg_catalog.finnish' WHEN 'fr' THEN 'pg_catalog.french'
        WHEN 'ga' THEN 'pg_catalog.irish' WHEN 'hi' THEN 'pg_catalog.hindi'
        WHEN 'hu' THEN 'pg_catalog.hungarian' WHEN 'hy' THEN 'pg_catalog.armenian'
        WHEN 'id' THEN 'pg_catalog.indonesian' WHEN 'it' THEN 'pg_catalog.italian'
        WHEN 'lt' THEN 'pg_catalog.lithuanian' WHEN 'ne' THEN 'pg_catalog.nepali'
        WHEN 'nb' THEN 'pg_catalog.norwegian' WHEN 'nn' THEN 'pg_catalog.norwegian'
        WHEN 'no' THEN 'pg_catalog.norwegian' WHEN 'nl' THEN 'pg_catalog.dutch'
        WHEN 'pt' THEN 'pg_catalog.portuguese' WHEN 'ro' THEN 'pg_catalog.romanian'
        WHEN 'ru' THEN 'pg_catalog.russian' WHEN 'sr' THEN 'pg_catalog.serbian'
        WHEN 'sv' THEN 'pg_catalog.swedish' WHEN 'ta' THEN 'pg_catalog.tamil'
        WHEN 'tr' THEN 'pg_catalog.turkish' WHEN 'yi' THEN 'pg_catalog.yiddish'
        ELSE 'pg_catalog.simple' END::regconfig;

ALTER TABLE copydesk.articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector(copydesk.search_config(language), headline), 'A')
    || setweight(to_tsvector(copydesk.search_config(language), dek), 'B')
    || setweight(to_tsvector(copydesk.search_config(language), body_text), 'C')) STORED;
CREATE INDEX articles_search ON copydesk.articles USING gin (search);
CREATE INDEX articles_modified ON copydesk.articles (modified DESC, id DESC);
CREATE INDEX articles_owner ON copydesk.articles (owner);
CREATE INDEX revisions_article ON copydesk.revisions (article_id, number DESC);
CREATE INDEX audit_article ON copydesk.audit (article_id, id);
CREATE INDEX comments_article ON copydesk.comments (article_id, id);

GRANT SELECT ON copydesk.images TO copydesk_reporter, copydesk_editor, copydesk_admin;

-- Someone's Copydesk role: the copydesk group they are a direct member of (admin before editor
-- before reporter); NULL for anyone else.
CREATE FUNCTION copydesk.role_of(login name) RETURNS text
    LANGUAGE sql STABLE SET search_path = ''
    RETURN (SELECT substr(g.rolname, 10) FROM pg_catalog.pg_auth_members m
        JOIN pg_catalog.pg_roles g ON g.oid = m.roleid
        JOIN pg_catalog.pg_roles u ON u.oid = m.member
        WHERE u.rolname = login
            AND g.rolname IN ('copydesk_admin', 'copydesk_editor', 'copydesk_reporter')
        ORDER BY CASE g.rolname WHEN 'copydesk_admin' THEN 0 WHEN 'copydesk_editor' THEN 1
            ELSE 2 END
        LIMIT 1);

-- The caller's role; refuses anyone who is not a person of this library.
CREATE FUNCTION copydesk.caller_role() RETURNS text
    LANGUAGE plpgsql STABLE SET search_path = '' AS $$
DECLARE
    v_role text := copydesk.role_of(session_user);
BEGIN
    IF v_role IS NULL THEN
        RAISE EXCEPTION '% is not a person of this team library; an admin adds people with '
            'copydesk team add-person', session_user USING ERRCODE = '42501';
    END IF;
    RETURN v_role;
END
$$;

CREATE FUNCTION copydesk.refuse(message text) RETURNS void
    LANGUAGE plpgsql SET search_path = '' AS $$
BEGIN
    RAISE EXCEPTION '%', message USING ERRCODE = 'CD000';
END
$$;

-- The article row, locked for the rest of the transaction; CD404 when there is none.
CREATE FUNCTION copydesk.locked_article(p_id bigint) RETURNS copydesk.articles
    LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
    a copydesk.articles;
BEGIN
    SELECT * INTO a FROM copydesk.articles WHERE id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no article %', p_id USING ERRCODE = 'CD404';
    END IF;
    RETURN a;
END
$$;

-- Checks content before it is stored: an object whose hero, if it names image bytes, names
-- bytes this library holds.
CREATE FUNCTION copydesk.check_content(p_content jsonb) RETURNS void
    LANGUAGE plpgsql STABLE SET search_path = '' AS $$
BEGIN
    IF jsonb_typeof(p_content) IS DISTINCT FROM 'object' THEN
        PERFORM copydesk.refuse('an article''s content must be a JSON object');
    END IF;
    IF jsonb_typeof(p_content -> 'hero') = 'object' AND p_content -> 'hero' ? 'sha256'
        AND NOT EXISTS (SELECT 1 FROM copydesk.images
            WHERE sha256 = p_content -> 'hero' ->> 'sha256') THEN
        PERFORM copydesk.refuse('the hero image is not in the library');
    END IF;
END
$$;

CREATE FUNCTION copydesk.store_image(p_data bytea, p_mime_type text) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    v_hash text := encode(sha256(p_data), 'hex');
BEGIN
    PERFORM copydesk.caller_role();
    IF length(p_data) > 25 * 1024 * 1024 THEN
        PERFORM copydesk.refuse('an image may have at most 25 MiB');
    END IF;
    INSERT INTO copydesk.images (sha256, mime_type, data) VALUES (v_hash, p_mime_type, p_data)
        ON CONFLICT (sha256) DO NOTHING;
    RETURN v_hash;
END
$$;

-- A new article: a Draft owned by the caller, with revision 1. Returns its id.
CREATE FUNCTION copydesk.create_article(p_uuid uuid, p_content jsonb, p_published timestamptz,
    p_word_count integer, p_body_text text, p_authors text[], p_note text)
    RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    v_id bigint;
    v_content jsonb;
BEGIN
    PERFORM copydesk.caller_role();
    PERFORM copydesk.check_content(p_content);
    IF p_content ->> 'uuid' IS DISTINCT FROM p_uuid::text THEN
        PERFORM copydesk.refuse('the content''s uuid differs from the article''s');
    END IF;
    v_content := p_content || jsonb_build_object('status', 'draft', 'owner', session_user::text);
    INSERT INTO copydesk.articles (uuid, status, owner, headline, dek, category, language,
            published, word_count, body_text, authors, content)
        VALUES (p_uuid, 'draft', session_user, coalesce(p_content ->> 'headline', ''),
            coalesce(p_content ->> 'dek', ''), coalesce(p_content ->> 'category', ''),
            coalesce(p_content ->> 'language', ''), p_published, greatest(p_word_count, 0),
            coalesce(p_body_text, ''), coalesce(p_authors, '{}'), v_content)
        RETURNING id INTO v_id;
    INSERT INTO copydesk.revisions (article_id, number, author, note, content)
        VALUES (v_id, 1, session_user, coalesce(p_note, ''), v_content);
    INSERT INTO copydesk.workflow_state (article_id, last_editor) VALUES (v_id, session_user);
    RETURN v_id;
END
$$;

-- Saves new content. The stored status and owner are kept whatever the content says; a text
-- change to an approved or published article returns it to review (audited); the caller is
-- recorded as an author. p_base_version (NULL: unchecked) must be the version the caller's
-- copy came from, else CD409 and nothing is written. With p_keep, a revision is kept unless the
-- text equals the newest one.
CREATE FUNCTION copydesk.save_article(p_id bigint, p_base_version bigint, p_content jsonb,
    p_published timestamptz, p_word_count integer, p_body_text text, p_authors text[],
    p_keep boolean, p_note text)
    RETURNS TABLE (revision integer, version bigint, returned_to_review boolean)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    a copydesk.articles;
    v_content jsonb;
    v_hash text;
    v_changed boolean;
    v_returned boolean := false;
    v_revision integer;
    v_editor name;
BEGIN
    PERFORM copydesk.caller_role();
    a := copydesk.locked_article(p_id);
    IF p_base_version IS NOT NULL AND p_base_version <> a.version THEN
        SELECT last_editor INTO v_editor FROM copydesk.workflow_state WHERE article_id = p_id;
        RAISE EXCEPTION 'article % was changed by % after you opened it', p_id,
            coalesce(v_editor::text, 'someone else') USING ERRCODE = 'CD409';
    END IF;
    PERFORM copydesk.check_content(p_content);
    IF p_content ->> 'uuid' IS DISTINCT FROM a.uuid::text THEN
        PERFORM copydesk.refuse('the content belongs to another article (its uuid differs)');
    END IF;
    v_content := p_content || jsonb_build_object('status', a.status, 'owner', a.owner::text);
    v_hash := copydesk.text_hash(v_content);
    v_changed := v_hash <> a.content_hash;
    IF v_changed AND a.status IN ('approved', 'published') THEN
        INSERT INTO copydesk.audit (article_id, action, from_status, to_status, note, revision,
                content_hash)
            VALUES (p_id, 'contentChanged', a.status, 'inReview',
                'The text changed after approval', a.revision, a.content_hash);
        UPDATE copydesk.workflow_state SET approved_revision = 0, approved_hash = '',
            approved_by = NULL WHERE article_id = p_id;
        a.status := 'inReview';
        v_content := v_content || jsonb_build_object('status', 'inReview');
        v_returned := true;
    END IF;
    v_revision := a.revision;
    IF p_keep AND v_hash IS DISTINCT FROM (SELECT r.content_hash FROM copydesk.revisions r
            WHERE r.article_id = p_id AND r.number = a.revision) THEN
        v_revision := a.revision + 1;
        INSERT INTO copydesk.revisions (article_id, number, author, note, content)
            VALUES (p_id, v_revision, session_user, coalesce(p_note, ''), v_content);
    END IF;
    IF v_content = a.content AND v_revision = a.revision THEN
        RETURN QUERY SELECT a.revision, a.version, false;
        RETURN;
    END IF;
    UPDATE copydesk.articles SET status = a.status, content = v_content,
            headline = coalesce(v_content ->> 'headline', ''),
            dek = coalesce(v_content ->> 'dek', ''),
            category = coalesce(v_content ->> 'category', ''),
            language = coalesce(v_content ->> 'language', ''), published = p_published,
            word_count = greatest(p_word_count, 0), body_text = coalesce(p_body_text, ''),
            authors = coalesce(p_authors, '{}'), revision = v_revision, modified = now(),
            version = a.version + 1
        WHERE id = p_id;
    IF v_changed THEN
        UPDATE copydesk.workflow_state w SET last_editor = session_user,
                editors_since_review = CASE WHEN session_user = ANY (w.editors_since_review)
                    THEN w.editors_since_review
                    ELSE w.editors_since_review || session_user::name END
            WHERE w.article_id = p_id;
    END IF;
    RETURN QUERY SELECT v_revision, a.version + 1, v_returned;
END
$$;

-- Moves an article to the trash or back: its owner, an editor or an admin.
CREATE FUNCTION copydesk.set_trashed(p_id bigint, p_trashed boolean) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    v_role text := copydesk.caller_role();
    a copydesk.articles := copydesk.locked_article(p_id);
BEGIN
    IF v_role = 'reporter' AND a.owner <> session_user THEN
        RAISE EXCEPTION 'only the article''s owner, %, an editor or an admin may move it to or '
            'from the trash', a.owner USING ERRCODE = '42501';
    END IF;
    IF (a.trashed_at IS NOT NULL) = p_trashed THEN
        RETURN;
    END IF;
    UPDATE copydesk.articles SET trashed_at = CASE WHEN p_trashed THEN now() END,
        modified = now(), version = version + 1 WHERE id = p_id;
END
$$;

-- Deletes a trashed article for good, with its revisions and comments (its audit entries stay):
-- its owner, an editor or an admin.
CREATE FUNCTION copydesk.purge_article(p_id bigint) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    v_role text := copydesk.caller_role();
    a copydesk.articles := copydesk.locked_article(p_id);
BEGIN
    IF v_role = 'reporter' AND a.owner <> session_user THEN
        RAISE EXCEPTION 'only the article''s owner, %, an editor or an admin may delete it',
            a.owner USING ERRCODE = '42501';
    END IF;
    IF a.trashed_at IS NULL THEN
        PERFORM copydesk.refuse(format('article %s is not in the trash; move it there first',
            p_id));
    END IF;
    DELETE FROM copydesk.comments WHERE article_id = p_id;
    DELETE FROM copydesk.articles WHERE id = p_id;
END
$$;

-- A workflow action by the caller (WorkflowRules, checked again by the server): submit,
-- approve, requestChanges, publish, spike, restore, reassign. p_required_findings is the
-- checklist's count on the current text. Returns the new status.
CREATE FUNCTION copydesk.apply_action(p_id bigint, p_action text, p_note text,
    p_new_owner name, p_required_findings integer, p_base_version bigint)
    RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    v_role text := copydesk.caller_role();
    a copydesk.articles := copydesk.locked_article(p_id);
    w copydesk.workflow_state;
    v_author boolean;
    v_to text;
    v_owner name;
    v_note text := btrim(coalesce(p_note, ''));
    v_revision integer;
BEGIN
    IF a.trashed_at IS NOT NULL THEN
        PERFORM copydesk.refuse(format('article %s is in the trash; restore it first', p_id));
    END IF;
    IF p_base_version IS NOT NULL AND p_base_version <> a.version THEN
        RAISE EXCEPTION 'article % changed while you were looking at it; look again and retry',
            p_id USING ERRCODE = 'CD409';
    END IF;
    SELECT * INTO w FROM copydesk.workflow_state WHERE article_id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        INSERT INTO copydesk.workflow_state (article_id) VALUES (p_id) RETURNING * INTO w;
    END IF;
    v_author := session_user = a.owner OR session_user = w.last_editor
        OR session_user = ANY (w.editors_since_review);
    v_owner := a.owner;
    CASE p_action
    WHEN 'submit' THEN
        IF a.status NOT IN ('draft', 'changesRequested') THEN
            PERFORM copydesk.refuse(format('only a draft or an article with changes requested '
                'can be submitted; this one is %s', a.status));
        END IF;
        IF a.owner <> session_user THEN
            PERFORM copydesk.refuse(format('only the article''s owner, %s, can submit it',
                a.owner));
        END IF;
        IF p_required_findings > 0 THEN
            PERFORM copydesk.refuse('the checklist has required findings');
        END IF;
        v_to := 'inReview';
    WHEN 'approve', 'requestChanges' THEN
        IF a.status <> 'inReview' THEN
            PERFORM copydesk.refuse(format('only an article in review can be approved or sent '
                'back; this one is %s', a.status));
        END IF;
        IF v_role <> 'editor' THEN
            PERFORM copydesk.refuse(format('only editors review articles; %s is a %s',
                session_user, v_role));
        END IF;
        IF v_author THEN
            PERFORM copydesk.refuse(format('%s wrote or changed this article and cannot '
                'review it; another editor must', session_user));
        END IF;
        IF p_action = 'approve' AND p_required_findings > 0 THEN
            PERFORM copydesk.refuse('the checklist has required findings');
        END IF;
        v_to := CASE p_action WHEN 'approve' THEN 'approved' ELSE 'changesRequested' END;
    WHEN 'publish' THEN
        IF a.status <> 'approved' THEN
            PERFORM copydesk.refuse(format('only an approved article can be published; this '
                'one is %s', a.status));
        END IF;
        IF v_role = 'reporter' THEN
            PERFORM copydesk.refuse(format('only editors and admins publish articles; %s is a '
                'reporter', session_user));
        END IF;
        IF a.content_hash IS DISTINCT FROM w.approved_hash THEN
            PERFORM copydesk.refuse('the text changed after approval; it must be approved '
                'again');
        END IF;
        v_to := 'published';
    WHEN 'spike', 'restore' THEN
        IF p_action = 'spike' AND a.status = 'spiked' THEN
            PERFORM copydesk.refuse('the article is already spiked');
        END IF;
        IF p_action = 'restore' AND a.status <> 'spiked' THEN
            PERFORM copydesk.refuse(format('only a spiked article can be restored; this one '
                'is %s', a.status));
        END IF;
        IF v_role = 'reporter' THEN
            PERFORM copydesk.refuse(format('only editors and admins spike and restore '
                'articles; %s is a reporter', session_user));
        END IF;
        v_to := CASE p_action WHEN 'spike' THEN 'spiked' ELSE 'draft' END;
    WHEN 'reassign' THEN
        IF v_role <> 'admin' THEN
            PERFORM copydesk.refuse(format('only admins reassign articles; %s is a %s',
                session_user, v_role));
        END IF;
        IF p_new_owner IS NULL OR copydesk.role_of(p_new_owner) IS NULL THEN
            PERFORM copydesk.refuse(format('%s is not a person of this team library',
                coalesce(p_new_owner::text, 'nobody')));
        END IF;
        v_owner := p_new_owner;
        v_note := CASE WHEN v_note = '' THEN format('owner: %s → %s', a.owner, p_new_owner)
            ELSE format('owner: %s → %s; %s', a.owner, p_new_owner, v_note) END;
        v_to := a.status;
    ELSE
        PERFORM copydesk.refuse(format('there is no workflow action “%s”', p_action));
    END CASE;

    v_revision := a.revision;
    IF p_action = 'approve' AND a.content_hash IS DISTINCT FROM (SELECT r.content_hash
            FROM copydesk.revisions r WHERE r.article_id = p_id AND r.number = a.revision) THEN
        -- The approved text must be a revision, so that it can be shown and diffed later.
        v_revision := a.revision + 1;
        INSERT INTO copydesk.revisions (article_id, number, author, note, content)
            VALUES (p_id, v_revision, session_user, 'Kept for approval', a.content);
    END IF;
    INSERT INTO copydesk.audit (article_id, action, from_status, to_status, note, revision,
            content_hash)
        VALUES (p_id, p_action, a.status, v_to, v_note, v_revision, a.content_hash);
    UPDATE copydesk.articles SET status = v_to, owner = v_owner, revision = v_revision,
            content = content || jsonb_build_object('status', v_to, 'owner', v_owner::text),
            version = version + 1
        WHERE id = p_id;
    IF v_revision <> a.revision THEN
        UPDATE copydesk.revisions SET content = content || jsonb_build_object('status', v_to)
            WHERE article_id = p_id AND number = v_revision;
    END IF;
    IF p_action = 'approve' THEN
        UPDATE copydesk.workflow_state SET approved_revision = v_revision,
            approved_hash = a.content_hash, approved_by = session_user,
            reviewed_revision = v_revision, reviewed_by = session_user,
            editors_since_review = '{}' WHERE article_id = p_id;
    ELSIF p_action = 'requestChanges' THEN
        UPDATE copydesk.workflow_state SET reviewed_revision = v_revision,
            reviewed_by = session_user, editors_since_review = '{}' WHERE article_id = p_id;
    ELSIF v_to IN ('inReview', 'draft') THEN
        UPDATE copydesk.workflow_state SET approved_revision = 0, approved_hash = '',
            approved_by = NULL WHERE article_id = p_id;
    END IF;
    RETURN v_to;
END
$$;

-- Review comments: a thread's first comment, replies, resolving. Anyone of the library.
CREATE FUNCTION copydesk.add_comment(p_article bigint, p_path text, p_start integer,
    p_end integer, p_text text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    v_id bigint;
    a copydesk.articles;
BEGIN
    PERFORM copydesk.caller_role();
    SELECT * INTO a FROM copydesk.articles WHERE id = p_article;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no article %', p_article USING ERRCODE = 'CD404';
    END IF;
    IF btrim(coalesce(p_text, '')) = '' THEN
        PERFORM copydesk.refuse('a comment needs text');
    END IF;
    INSERT INTO copydesk.comments (article_id, path, range_start, range_end, text, revision)
        VALUES (p_article, p_path, coalesce(p_start, -1), coalesce(p_end, -1), p_text,
            a.revision)
        RETURNING id INTO v_id;
    RETURN v_id;
END
$$;

CREATE FUNCTION copydesk.reply_to_comment(p_comment bigint, p_text text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    c copydesk.comments;
    v_id bigint;
BEGIN
    PERFORM copydesk.caller_role();
    SELECT * INTO c FROM copydesk.comments WHERE id = p_comment;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no comment %', p_comment USING ERRCODE = 'CD404';
    END IF;
    IF btrim(coalesce(p_text, '')) = '' THEN
        PERFORM copydesk.refuse('a reply needs text');
    END IF;
    INSERT INTO copydesk.comments (article_id, thread_id, parent_id, path, range_start,
            range_end, text, revision)
        VALUES (c.article_id, coalesce(c.thread_id, c.id), c.id, c.path, c.range_start,
            c.range_end, p_text,
            (SELECT revision FROM copydesk.articles WHERE id = c.article_id))
        RETURNING id INTO v_id;
    RETURN v_id;
END
$$;

CREATE FUNCTION copydesk.set_comment_resolved(p_comment bigint, p_resolved boolean)
    RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    c copydesk.comments;
BEGIN
    PERFORM copydesk.caller_role();
    SELECT * INTO c FROM copydesk.comments WHERE id = p_comment;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no comment %', p_comment USING ERRCODE = 'CD404';
    END IF;
    UPDATE copydesk.comments SET resolved_by = CASE WHEN p_resolved THEN session_user END,
            resolved_at = CASE WHEN p_resolved THEN now() END
        WHERE id = coalesce(c.thread_id, c.id);
END
$$;

-- Library settings (the checklist, the publication profile): editors and admins.
CREATE FUNCTION copydesk.set_setting(p_key text, p_value text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    v_role text := copydesk.caller_role();
BEGIN
    IF v_role = 'reporter' THEN
        RAISE EXCEPTION 'only editors and admins change the library''s settings; % is a '
            'reporter', session_user USING ERRCODE = '42501';
    END IF;
    INSERT INTO copydesk.settings (key, value) VALUES (p_key, p_value)
        ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value;
END
$$;

-- Adds a person (creating the login when there is none; it has no password until one is set)
-- or changes their role. Admins only. Superusers and roles that cannot log in are refused.
CREATE FUNCTION copydesk.add_person(p_login name, p_display_name text, p_role text)
    RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    v_role text := copydesk.caller_role();
    r pg_catalog.pg_roles;
    v_group name;
BEGIN
    IF v_role <> 'admin' THEN
        RAISE EXCEPTION 'only admins add people; % is a %', session_user, v_role
            USING ERRCODE = '42501';
    END IF;
    IF p_role NOT IN ('reporter', 'editor', 'admin') THEN
        PERFORM copydesk.refuse(format('“%s” is not a role; use reporter, editor or admin',
            p_role));
    END IF;
    IF p_login IS NULL OR p_login !~ '^[a-z_][a-z0-9_.-]*$' OR p_login LIKE 'copydesk\_%'
        OR p_login LIKE 'pg\_%' THEN
        PERFORM copydesk.refuse(format('“%s” cannot be a login: use lower-case letters, '
            'digits, “_”, “.” and “-”, starting with a letter', p_login));
    END IF;
    SELECT * INTO r FROM pg_catalog.pg_roles WHERE rolname = p_login;
    IF NOT FOUND THEN
        EXECUTE format('CREATE ROLE %I LOGIN', p_login);
    ELSIF r.rolsuper OR NOT r.rolcanlogin THEN
        PERFORM copydesk.refuse(format('%s is a superuser or cannot log in; Copydesk people '
            'are ordinary logins', p_login));
    END IF;
    FOR v_group IN SELECT g.rolname FROM pg_catalog.pg_auth_members m
            JOIN pg_catalog.pg_roles g ON g.oid = m.roleid
            JOIN pg_catalog.pg_roles u ON u.oid = m.member
            WHERE u.rolname = p_login
                AND g.rolname IN ('copydesk_admin', 'copydesk_editor', 'copydesk_reporter')
                AND g.rolname <> 'copydesk_' || p_role LOOP
        EXECUTE format('REVOKE %I FROM %I', v_group, p_login);
    END LOOP;
    IF copydesk.role_of(p_login) IS DISTINCT FROM p_role THEN
        EXECUTE format('GRANT %I TO %I', 'copydesk_' || p_role, p_login);
    END IF;
    INSERT INTO copydesk.people (login, display_name)
        VALUES (p_login, coalesce(nullif(btrim(p_display_name), ''), p_login))
        ON CONFLICT (login) DO UPDATE SET display_name = EXCLUDED.display_name;
END
$$;

-- A person's login for pushed history; refuses a name that is not a person of this library.
CREATE FUNCTION copydesk.pushed_person(p_login text) RETURNS name
    LANGUAGE plpgsql STABLE SET search_path = '' AS $$
BEGIN
    IF p_login IS NULL OR copydesk.role_of(p_login::name) IS NULL THEN
        PERFORM copydesk.refuse(format('%s is not a person of this team library',
            coalesce(p_login, 'nobody')));
    END IF;
    RETURN p_login::name;
END
$$;

-- Copies one article of a local library with its history (copydesk team push): admins only,
-- since it writes revisions, comments and audit entries in other people's names. p_article:
-- {"uuid", "content", "status", "owner", "created", "modified", "published", "trashedAt",
-- "wordCount", "bodyText", "authors", "revisions": [{"number", "created", "author", "note",
-- "content"}…] (oldest first, the newest is the current text), "state": {"approvedRevision",
-- "approvedBy", "reviewedRevision", "reviewedBy", "editorsSinceReview", "lastEditor"},
-- "comments": [{"id", "parentId", "author", "created", "path", "start", "end", "text",
-- "revision", "resolvedBy", "resolvedAt"}…] (each after its parent), "audit": [{"time",
-- "actor", "action", "from", "to", "note", "revision"}…]}. Names are logins of this library
-- (an empty audit actor: the library itself acted). Hashes are the server's own.
-- Returns 'pushed'; 'present' when an article with that uuid is here already with the same
-- newest text (nothing is written); 'conflict' when its newest text differs (nothing written).
-- Imported audit entries carry imported_by, so the log says where they came from.
CREATE FUNCTION copydesk.push_article(p_article jsonb) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    v_role text := copydesk.caller_role();
    v_uuid uuid;
    v_id bigint;
    v_revisions jsonb := p_article -> 'revisions';
    v_state jsonb := coalesce(p_article -> 'state', '{}');
    v_content jsonb;
    v_status text := p_article ->> 'status';
    v_owner name;
    v_last integer := 0;
    v_ids jsonb := '{}';
    v_threads jsonb := '{}';
    v_parent bigint;
    v_thread bigint;
    v_comment bigint;
    v_approved integer := coalesce((v_state ->> 'approvedRevision')::integer, 0);
    v_reviewed integer := coalesce((v_state ->> 'reviewedRevision')::integer, 0);
    r jsonb;
BEGIN
    IF v_role <> 'admin' THEN
        RAISE EXCEPTION 'only admins push articles with their history; % is a %', session_user,
            v_role USING ERRCODE = '42501';
    END IF;
    BEGIN
        v_uuid := (p_article ->> 'uuid')::uuid;
    EXCEPTION WHEN invalid_text_representation THEN
        PERFORM copydesk.refuse(format('“%s” is not a UUID', p_article ->> 'uuid'));
    END;
    IF v_uuid IS NULL OR jsonb_typeof(v_revisions) IS DISTINCT FROM 'array'
        OR jsonb_array_length(v_revisions) = 0 THEN
        PERFORM copydesk.refuse('a pushed article needs a uuid and at least one revision');
    END IF;
    SELECT id INTO v_id FROM copydesk.articles WHERE uuid = v_uuid FOR UPDATE;
    IF FOUND THEN
        IF (SELECT content_hash FROM copydesk.revisions WHERE article_id = v_id
                ORDER BY number DESC LIMIT 1)
            = copydesk.text_hash(v_revisions -> -1 -> 'content') THEN
            RETURN 'present';
        END IF;
        RETURN 'conflict';
    END IF;
    IF v_status IS NULL OR v_status NOT IN ('draft', 'inReview', 'changesRequested',
            'approved', 'published', 'spiked') THEN
        PERFORM copydesk.refuse(format('“%s” is not a status', coalesce(v_status, '')));
    END IF;
    v_owner := copydesk.pushed_person(p_article ->> 'owner');
    v_content := p_article -> 'content';
    PERFORM copydesk.check_content(v_content);
    IF v_content ->> 'uuid' IS DISTINCT FROM v_uuid::text THEN
        PERFORM copydesk.refuse('the content''s uuid differs from the article''s');
    END IF;
    v_content := v_content || jsonb_build_object('status', v_status, 'owner', v_owner::text);
    INSERT INTO copydesk.articles (uuid, status, owner, headline, dek, category, language,
            published, created, modified, word_count, body_text, authors, trashed_at, content)
        VALUES (v_uuid, v_status, v_owner, coalesce(v_content ->> 'headline', ''),
            coalesce(v_content ->> 'dek', ''), coalesce(v_content ->> 'category', ''),
            coalesce(v_content ->> 'language', ''), (p_article ->> 'published')::timestamptz,
            (p_article ->> 'created')::timestamptz, (p_article ->> 'modified')::timestamptz,
            greatest(coalesce((p_article ->> 'wordCount')::integer, 0), 0),
            coalesce(p_article ->> 'bodyText', ''),
            coalesce(ARRAY(SELECT jsonb_array_elements_text(p_article -> 'authors')), '{}'),
            (p_article ->> 'trashedAt')::timestamptz, v_content)
        RETURNING id INTO v_id;
    FOR r IN SELECT * FROM jsonb_array_elements(v_revisions) LOOP
        IF (r ->> 'number')::integer IS NULL OR (r ->> 'number')::integer <= v_last THEN
            PERFORM copydesk.refuse(format('article %s: revision numbers must increase',
                v_uuid));
        END IF;
        PERFORM copydesk.check_content(r -> 'content');
        IF r -> 'content' ->> 'uuid' IS DISTINCT FROM v_uuid::text THEN
            PERFORM copydesk.refuse(format('article %s: revision %s belongs to another article',
                v_uuid, r ->> 'number'));
        END IF;
        v_last := (r ->> 'number')::integer;
        INSERT INTO copydesk.revisions (article_id, number, created, author, note, content)
            VALUES (v_id, v_last, (r ->> 'created')::timestamptz,
                copydesk.pushed_person(r ->> 'author'), coalesce(r ->> 'note', ''),
                r -> 'content');
    END LOOP;
    UPDATE copydesk.articles SET revision = v_last WHERE id = v_id;
    IF (v_approved > 0 OR v_reviewed > 0) AND NOT EXISTS (SELECT 1 FROM copydesk.revisions
            WHERE article_id = v_id AND number IN (v_approved, v_reviewed)) THEN
        PERFORM copydesk.refuse(format('article %s: the reviewed revision is not pushed',
            v_uuid));
    END IF;
    INSERT INTO copydesk.workflow_state (article_id, approved_revision, approved_hash,
            approved_by, reviewed_revision, reviewed_by, editors_since_review, last_editor)
        VALUES (v_id, v_approved,
            coalesce((SELECT content_hash FROM copydesk.revisions WHERE article_id = v_id
                AND number = v_approved), ''),
            CASE WHEN v_approved > 0 THEN copydesk.pushed_person(v_state ->> 'approvedBy') END,
            v_reviewed,
            CASE WHEN v_reviewed > 0 THEN copydesk.pushed_person(v_state ->> 'reviewedBy') END,
            ARRAY(SELECT copydesk.pushed_person(e)
                FROM jsonb_array_elements_text(coalesce(v_state -> 'editorsSinceReview', '[]'))
                AS e),
            CASE WHEN coalesce(v_state ->> 'lastEditor', '') <> ''
                THEN copydesk.pushed_person(v_state ->> 'lastEditor') END);
    FOR r IN SELECT * FROM jsonb_array_elements(coalesce(p_article -> 'comments', '[]')) LOOP
        v_parent := NULL;
        v_thread := NULL;
        IF coalesce((r ->> 'parentId')::bigint, 0) <> 0 THEN
            v_parent := (v_ids ->> (r ->> 'parentId'))::bigint;
            v_thread := (v_threads ->> (r ->> 'parentId'))::bigint;
            IF v_parent IS NULL THEN
                PERFORM copydesk.refuse(format('article %s: a reply comes before its comment',
                    v_uuid));
            END IF;
        END IF;
        INSERT INTO copydesk.comments (article_id, thread_id, parent_id, author, created, path,
                range_start, range_end, text, revision, resolved_by, resolved_at)
            VALUES (v_id, v_thread, v_parent, copydesk.pushed_person(r ->> 'author'),
                (r ->> 'created')::timestamptz, r ->> 'path',
                coalesce((r ->> 'start')::integer, -1), coalesce((r ->> 'end')::integer, -1),
                r ->> 'text', coalesce((r ->> 'revision')::integer, v_last),
                CASE WHEN coalesce(r ->> 'resolvedBy', '') <> ''
                    THEN copydesk.pushed_person(r ->> 'resolvedBy') END,
                (r ->> 'resolvedAt')::timestamptz)
            RETURNING id INTO v_comment;
        v_ids := v_ids || jsonb_build_object(r ->> 'id', v_comment);
        v_threads := v_threads || jsonb_build_object(r ->> 'id', coalesce(v_thread, v_comment));
    END LOOP;
    FOR r IN SELECT * FROM jsonb_array_elements(coalesce(p_article -> 'audit', '[]')) LOOP
        IF r ->> 'action' IS NULL OR r ->> 'action' NOT IN ('submit', 'approve',
                'requestChanges', 'publish', 'spike', 'restore', 'reassign',
                'contentChanged') THEN
            PERFORM copydesk.refuse(format('article %s: “%s” is not a workflow action', v_uuid,
                coalesce(r ->> 'action', '')));
        END IF;
        INSERT INTO copydesk.audit (article_id, time, actor, action, from_status, to_status,
                note, revision, content_hash, imported_by)
            VALUES (v_id, (r ->> 'time')::timestamptz,
                CASE WHEN coalesce(r ->> 'actor', '') = '' THEN ''::name
                    ELSE copydesk.pushed_person(r ->> 'actor') END,
                r ->> 'action', r ->> 'from', r ->> 'to', coalesce(r ->> 'note', ''),
                (r ->> 'revision')::integer,
                (SELECT content_hash FROM copydesk.revisions WHERE article_id = v_id
                    AND number = (r ->> 'revision')::integer),
                session_user);
    END LOOP;
    RETURN 'pushed';
END
$$;

-- Presence: who has an article open for editing. A window claims the article it opens and
-- claims it again every 10 seconds (the heartbeat); closing it releases the lease. A lease
-- counts only while both its heartbeat is at most 30 seconds old and the connection that
-- claimed it (its backend pid) is still there, so a dropped connection or a killed Copydesk
-- frees it at once and a hung one within 30 seconds. Written only through the functions below.
CREATE TABLE copydesk.leases (
    article_id bigint PRIMARY KEY REFERENCES copydesk.articles ON DELETE CASCADE,
    login name NOT NULL,
    since timestamptz NOT NULL DEFAULT now(),
    heartbeat timestamptz NOT NULL DEFAULT now(),
    backend_pid integer NOT NULL,
    taken_from name,
    note text NOT NULL DEFAULT ''
);
GRANT SELECT ON copydesk.leases TO copydesk_reporter, copydesk_editor, copydesk_admin;

-- Whether a lease still counts (see above).
CREATE FUNCTION copydesk.lease_is_live(p_login name, p_pid integer, p_heartbeat timestamptz)
    RETURNS boolean
    LANGUAGE sql STABLE SET search_path = ''
    RETURN p_heartbeat > pg_catalog.now() - interval '30 seconds'
        AND EXISTS (SELECT 1 FROM pg_catalog.pg_stat_activity s
            WHERE s.pid = p_pid AND s.usename = p_login);

-- The live holders of the given articles with their display names; articles nobody holds are
-- left out. held_here is true for a lease of the calling connection.
CREATE FUNCTION copydesk.article_holders(p_ids bigint[])
    RETURNS TABLE (article_id bigint, login name, display_name text, since timestamptz,
        taken_from name, taken_from_name text, note text, held_here boolean)
    LANGUAGE sql STABLE SET search_path = '' AS $$
    SELECT l.article_id, l.login, coalesce(p.display_name, l.login::text), l.since,
            l.taken_from, coalesce(f.display_name, l.taken_from::text), l.note,
            l.login = session_user AND l.backend_pid = pg_catalog.pg_backend_pid()
        FROM copydesk.leases l
        LEFT JOIN copydesk.people p ON p.login = l.login
        LEFT JOIN copydesk.people f ON f.login = l.taken_from
        WHERE l.article_id = ANY (p_ids)
            AND copydesk.lease_is_live(l.login, l.backend_pid, l.heartbeat)
$$;

-- Claims article p_id for the calling connection, or renews its claim (the heartbeat): the
-- lease is the caller's when nobody else's live lease holds it. Returns the article's holder
-- afterwards (article_holders()); held_here says whether the caller got it. CD404 without the
-- article.
CREATE FUNCTION copydesk.claim_article(p_id bigint)
    RETURNS TABLE (article_id bigint, login name, display_name text, since timestamptz,
        taken_from name, taken_from_name text, note text, held_here boolean)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    l copydesk.leases;
BEGIN
    PERFORM copydesk.caller_role();
    IF NOT EXISTS (SELECT 1 FROM copydesk.articles a WHERE a.id = p_id) THEN
        RAISE EXCEPTION 'there is no article %', p_id USING ERRCODE = 'CD404';
    END IF;
    INSERT INTO copydesk.leases AS n (article_id, login, backend_pid)
        VALUES (p_id, session_user, pg_catalog.pg_backend_pid())
        ON CONFLICT ON CONSTRAINT leases_pkey DO NOTHING;
    IF NOT FOUND THEN
        SELECT * INTO l FROM copydesk.leases x WHERE x.article_id = p_id FOR UPDATE;
        IF l.login = session_user AND l.backend_pid = pg_catalog.pg_backend_pid() THEN
            UPDATE copydesk.leases x SET heartbeat = pg_catalog.now()
                WHERE x.article_id = p_id;
        ELSIF NOT copydesk.lease_is_live(l.login, l.backend_pid, l.heartbeat) THEN
            UPDATE copydesk.leases x SET login = session_user,
                    backend_pid = pg_catalog.pg_backend_pid(), since = pg_catalog.now(),
                    heartbeat = pg_catalog.now(), taken_from = NULL, note = ''
                WHERE x.article_id = p_id;
        END IF;
    END IF;
    RETURN QUERY SELECT * FROM copydesk.article_holders(ARRAY[p_id]);
END
$$;

-- Ends the calling connection's lease on article p_id; nothing when it holds none.
CREATE FUNCTION copydesk.release_article(p_id bigint) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
BEGIN
    PERFORM copydesk.caller_role();
    DELETE FROM copydesk.leases x WHERE x.article_id = p_id AND x.login = session_user
        AND x.backend_pid = pg_catalog.pg_backend_pid();
END
$$;

-- An editor or an admin takes article p_id over from whoever holds it, with a note for them
-- (required). The take-over is audited; the previous holder learns of it from the
-- notification and their next heartbeat, whose result names the new holder and the note.
CREATE FUNCTION copydesk.take_over_article(p_id bigint, p_note text)
    RETURNS TABLE (article_id bigint, login name, display_name text, since timestamptz,
        taken_from name, taken_from_name text, note text, held_here boolean)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    v_role text := copydesk.caller_role();
    a copydesk.articles;
    l copydesk.leases;
    v_note text := btrim(coalesce(p_note, ''));
    v_from name;
BEGIN
    IF v_role = 'reporter' THEN
        RAISE EXCEPTION 'only editors and admins take over an article someone is editing; % '
            'is a reporter', session_user USING ERRCODE = '42501';
    END IF;
    IF v_note = '' THEN
        PERFORM copydesk.refuse('taking over an article needs a note for the person editing it');
    END IF;
    a := copydesk.locked_article(p_id);
    SELECT * INTO l FROM copydesk.leases x WHERE x.article_id = p_id FOR UPDATE;
    IF FOUND AND copydesk.lease_is_live(l.login, l.backend_pid, l.heartbeat)
        AND NOT (l.login = session_user AND l.backend_pid = pg_catalog.pg_backend_pid()) THEN
        v_from := l.login;
    END IF;
    INSERT INTO copydesk.leases AS x (article_id, login, backend_pid, taken_from, note)
        VALUES (p_id, session_user, pg_catalog.pg_backend_pid(), v_from,
            CASE WHEN v_from IS NULL THEN '' ELSE v_note END)
        ON CONFLICT ON CONSTRAINT leases_pkey DO UPDATE SET login = EXCLUDED.login,
            backend_pid = EXCLUDED.backend_pid, since = pg_catalog.now(),
            heartbeat = pg_catalog.now(), taken_from = EXCLUDED.taken_from,
            note = EXCLUDED.note;
    IF v_from IS NOT NULL THEN
        INSERT INTO copydesk.audit (article_id, action, from_status, to_status, note, revision,
                content_hash)
            VALUES (p_id, 'takeOver', a.status, a.status,
                format('took over from %s: %s', v_from, v_note), a.revision, a.content_hash);
    END IF;
    RETURN QUERY SELECT * FROM copydesk.article_holders(ARRAY[p_id]);
END
$$;

-- Live updates: every change is announced on channel "copydesk" as "<table> <article id>"
-- ("people 0" for people), after commit, to every listening connection.
CREATE FUNCTION copydesk.announce() RETURNS trigger
    LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
    v_id bigint := 0;
BEGIN
    IF TG_TABLE_NAME = 'articles' THEN
        v_id := CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END;
    ELSIF TG_TABLE_NAME <> 'people' THEN
        v_id := CASE WHEN TG_OP = 'DELETE' THEN OLD.article_id ELSE NEW.article_id END;
    END IF;
    PERFORM pg_notify('copydesk', TG_TABLE_NAME || ' ' || v_id);
    RETURN NULL;
END
$$;
CREATE TRIGGER articles_announce AFTER INSERT OR UPDATE OR DELETE ON copydesk.articles
    FOR EACH ROW EXECUTE FUNCTION copydesk.announce();
CREATE TRIGGER comments_announce AFTER INSERT OR UPDATE OR DELETE ON copydesk.comments
    FOR EACH ROW EXECUTE FUNCTION copydesk.announce();
CREATE TRIGGER audit_announce AFTER INSERT ON copydesk.audit
    FOR EACH ROW EXECUTE FUNCTION copydesk.announce();
CREATE TRIGGER people_announce AFTER INSERT OR UPDATE OR DELETE ON copydesk.people
    FOR EACH ROW EXECUTE FUNCTION copydesk.announce();
-- A lease is announced when it starts, ends or changes hands, not on every heartbeat.
CREATE TRIGGER leases_announce AFTER INSERT OR DELETE ON copydesk.leases
    FOR EACH ROW EXECUTE FUNCTION copydesk.announce();
CREATE TRIGGER leases_announce_holder AFTER UPDATE ON copydesk.leases
    FOR EACH ROW WHEN (OLD.login IS DISTINCT FROM NEW.login
        OR OLD.backend_pid IS DISTINCT FROM NEW.backend_pid OR OLD.since IS DISTINCT FROM NEW.since)
    EXECUTE FUNCTION copydesk.announce();

-- Only the groups may call the functions; the functions check who within them.
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA copydesk FROM PUBLIC;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA copydesk
    TO copydesk_reporter, copydesk_editor, copydesk_admin;

-- Whoever sets the library up (or migrates it) is its first admin.
GRANT copydesk_admin TO SESSION_USER;
INSERT INTO copydesk.people (login, display_name) VALUES (session_user, session_user)
    ON CONFLICT (login) DO NOTHING;

UPDATE copydesk.schema_version SET version = 2;
