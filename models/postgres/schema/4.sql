-- Copydesk team library, schema version 4: the ways out of a workflow dead end
-- (WorkflowRules). An owner withdraws a submission nobody has reviewed yet; an admin approves
-- with an override and a note; an editor's small edit to approved text keeps the approval when
-- the publication profile allows it (editorSmallEditWords); text that returns to exactly the
-- approved text (an undo) gets its approval back; an editor's Request Changes note becomes a
-- review thread the reporter answers. Migrates from version 3 and touches nothing version 3
-- added.

-- The words of an article's content (EditSize in models/article): the values of its JSON,
-- status and owner left out, split at a fixed list of white space characters (never the
-- locale's), so that Copydesk and the server count alike.
CREATE FUNCTION copydesk.content_words(p_content jsonb) RETURNS SETOF text
    LANGUAGE sql IMMUTABLE STRICT SET search_path = '' AS $$
    SELECT w FROM pg_catalog.jsonb_path_query(p_content - 'status' - 'owner', 'strict $.**') AS v,
        pg_catalog.regexp_split_to_table(v #>> '{}',
            '[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+') AS w
    WHERE pg_catalog.jsonb_typeof(v) IN ('string', 'number', 'boolean') AND w <> ''
$$;

-- How many words an edit changed (EditSize::changedWords): the larger of the words it removed
-- and the words it added, compared as multisets.
CREATE FUNCTION copydesk.changed_words(p_before jsonb, p_after jsonb) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT SET search_path = '' AS $$
    SELECT coalesce(greatest(sum(greatest(b.n - coalesce(a.n, 0), 0)),
            sum(greatest(a.n - coalesce(b.n, 0), 0))), 0)::integer
        FROM (SELECT w, count(*) AS n FROM copydesk.content_words(p_before) AS w GROUP BY w) AS b
        FULL JOIN (SELECT w, count(*) AS n FROM copydesk.content_words(p_after) AS w GROUP BY w)
            AS a USING (w)
$$;

-- A workflow action by the caller, as in version 2, and also: withdraw (the owner, from In
-- review, while the submission awaits its first decision) and approveOverride (an admin, from In
-- review, with a note; recorded as such in the audit log). A requestChanges note also starts a
-- review thread on the whole article (path 'article'), for the owner to answer.
CREATE OR REPLACE FUNCTION copydesk.apply_action(p_id bigint, p_action text, p_note text,
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
    v_last text;
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
        IF v_role = 'admin' AND p_action = 'approve' THEN
            PERFORM copydesk.refuse(format('only editors review articles; %s is an admin and '
                'may approve with an override and a note instead', session_user));
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
    WHEN 'withdraw' THEN
        IF a.status <> 'inReview' THEN
            PERFORM copydesk.refuse(format('only an article in review can be withdrawn; this '
                'one is %s', a.status));
        END IF;
        IF a.owner <> session_user THEN
            PERFORM copydesk.refuse(format('only the article''s owner, %s, can withdraw it from '
                'review', a.owner));
        END IF;
        SELECT x.action INTO v_last FROM copydesk.audit x WHERE x.article_id = p_id
            AND x.from_status IS DISTINCT FROM x.to_status ORDER BY x.id DESC LIMIT 1;
        IF v_last IS DISTINCT FROM 'submit' THEN
            PERFORM copydesk.refuse('this article is in review because its approved text '
                'changed, not because it was submitted; it cannot be withdrawn');
        END IF;
        v_to := 'draft';
    WHEN 'approveOverride' THEN
        IF a.status <> 'inReview' THEN
            PERFORM copydesk.refuse(format('only an article in review can be approved; this '
                'one is %s', a.status));
        END IF;
        IF v_role <> 'admin' THEN
            PERFORM copydesk.refuse(format('only admins approve with an override; %s is a %s',
                session_user, v_role));
        END IF;
        IF p_required_findings > 0 THEN
            PERFORM copydesk.refuse('the checklist has required findings');
        END IF;
        IF v_note = '' THEN
            PERFORM copydesk.refuse('an admin''s override needs a note for the audit log '
                'saying why');
        END IF;
        v_to := 'approved';
    ELSE
        PERFORM copydesk.refuse(format('there is no workflow action “%s”', p_action));
    END CASE;

    v_revision := a.revision;
    IF p_action IN ('approve', 'approveOverride') AND a.content_hash IS DISTINCT FROM (SELECT r.content_hash
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
    IF p_action IN ('approve', 'approveOverride') THEN
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
    IF p_action = 'requestChanges' AND v_note <> '' THEN
        -- The note starts a review thread on the whole article, for the owner to answer.
        INSERT INTO copydesk.comments (article_id, path, range_start, range_end, text, revision)
            VALUES (p_id, 'article', -1, -1, v_note, v_revision);
    END IF;
    RETURN v_to;
END
$$;

-- save_article returns what the workflow did instead of a flag: a new result type.
DROP FUNCTION copydesk.save_article(bigint, bigint, jsonb, timestamptz, integer, text, text[],
    boolean, text);

-- Saves new content. The stored status and owner are kept whatever the content says; the caller
-- is recorded as an author. A text change does what WorkflowRules::textChange() says, audited:
-- an approved or published article returns to review ('contentChanged'), unless the caller is
-- an editor or admin whose edit, counted from the text the last review decision saw, stays
-- within the publication profile's editorSmallEditWords ('smallEdit': the approval moves to the
-- new text, kept as a revision); an article in review only because its approved text changed
-- gets its approval and status back when the text is exactly the approved text again
-- ('approvalRestored'). p_base_version (NULL: unchecked) must be the version the caller's copy
-- came from, else CD409 and nothing is written. With p_keep, a revision is kept unless the text
-- equals the newest one. effect is the audited action, or '' when the workflow did nothing.
CREATE FUNCTION copydesk.save_article(p_id bigint, p_base_version bigint, p_content jsonb,
    p_published timestamptz, p_word_count integer, p_body_text text, p_authors text[],
    p_keep boolean, p_note text)
    RETURNS TABLE (revision integer, version bigint, effect text)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    v_role text := copydesk.caller_role();
    a copydesk.articles;
    w copydesk.workflow_state;
    v_content jsonb;
    v_hash text;
    v_changed boolean;
    v_effect text := '';
    v_revision integer;
    v_keep boolean := p_keep;
    v_editor name;
    v_allowance integer := 0;
    v_words integer;
    v_last text;
    v_last_from text;
    v_approved_hash text;
    v_approved_revision integer;
BEGIN
    a := copydesk.locked_article(p_id);
    IF p_base_version IS NOT NULL AND p_base_version <> a.version THEN
        SELECT x.last_editor INTO v_editor FROM copydesk.workflow_state x
            WHERE x.article_id = p_id;
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
    SELECT * INTO w FROM copydesk.workflow_state x WHERE x.article_id = p_id FOR UPDATE;
    IF v_changed AND a.status IN ('approved', 'published') THEN
        IF v_role IN ('editor', 'admin') THEN
            BEGIN
                SELECT coalesce((s.value::jsonb ->> 'editorSmallEditWords')::integer, 0)
                    INTO v_allowance FROM copydesk.settings s
                    WHERE s.key = 'publicationProfile';
            EXCEPTION WHEN invalid_text_representation OR numeric_value_out_of_range THEN
                v_allowance := 0;
            END;
            IF coalesce(v_allowance, 0) > 0 THEN
                -- Counted from what the review decision saw, so that small edits do not add up.
                v_words := copydesk.changed_words((SELECT r.content FROM copydesk.revisions r
                    WHERE r.article_id = p_id AND r.number = w.reviewed_revision), v_content);
            END IF;
        END IF;
        IF v_words IS NOT NULL AND v_words <= v_allowance THEN
            v_effect := 'smallEdit';
            v_keep := true; -- The approved text is a revision, to be shown and diffed.
        ELSE
            v_effect := 'contentChanged';
            INSERT INTO copydesk.audit (article_id, action, from_status, to_status, note,
                    revision, content_hash)
                VALUES (p_id, 'contentChanged', a.status, 'inReview',
                    'The text changed after approval', a.revision, a.content_hash);
            UPDATE copydesk.workflow_state x SET approved_revision = 0, approved_hash = '',
                approved_by = NULL WHERE x.article_id = p_id;
            a.status := 'inReview';
            v_content := v_content || jsonb_build_object('status', 'inReview');
        END IF;
    ELSIF v_changed AND a.status = 'inReview' THEN
        SELECT x.action, x.from_status INTO v_last, v_last_from FROM copydesk.audit x
            WHERE x.article_id = p_id AND x.from_status IS DISTINCT FROM x.to_status
            ORDER BY x.id DESC LIMIT 1;
        IF v_last = 'contentChanged' THEN
            SELECT x.content_hash, x.revision INTO v_approved_hash, v_approved_revision
                FROM copydesk.audit x WHERE x.article_id = p_id AND x.action IN ('approve',
                    'approveOverride', 'smallEdit', 'approvalRestored')
                ORDER BY x.id DESC LIMIT 1;
            IF v_approved_hash = v_hash AND v_approved_revision > 0 THEN
                v_effect := 'approvalRestored';
                a.status := v_last_from;
                v_content := v_content || jsonb_build_object('status', v_last_from);
            END IF;
        END IF;
    END IF;
    v_revision := a.revision;
    IF v_keep AND v_hash IS DISTINCT FROM (SELECT r.content_hash FROM copydesk.revisions r
            WHERE r.article_id = p_id AND r.number = a.revision) THEN
        v_revision := a.revision + 1;
        INSERT INTO copydesk.revisions (article_id, number, author, note, content)
            VALUES (p_id, v_revision, session_user,
                CASE WHEN v_effect = 'smallEdit' AND coalesce(p_note, '') = ''
                    THEN 'Small edit after approval' ELSE coalesce(p_note, '') END,
                v_content);
    END IF;
    IF v_content = a.content AND v_revision = a.revision THEN
        RETURN QUERY SELECT a.revision, a.version, ''::text;
        RETURN;
    END IF;
    IF v_effect = 'smallEdit' THEN
        INSERT INTO copydesk.audit (article_id, action, from_status, to_status, note, revision,
                content_hash)
            VALUES (p_id, 'smallEdit', a.status, a.status,
                format('%s word(s) changed by an editor, within the %s the publication profile '
                    'allows after approval', v_words, v_allowance), v_revision, v_hash);
        UPDATE copydesk.workflow_state x SET approved_revision = v_revision,
            approved_hash = v_hash, last_editor = session_user WHERE x.article_id = p_id;
    ELSIF v_effect = 'approvalRestored' THEN
        INSERT INTO copydesk.audit (article_id, action, from_status, to_status, note, revision,
                content_hash)
            VALUES (p_id, 'approvalRestored', 'inReview', a.status,
                'The text is the approved text again', v_revision, v_hash);
        UPDATE copydesk.workflow_state x SET approved_revision = v_approved_revision,
            approved_hash = v_hash,
            approved_by = (SELECT y.actor FROM copydesk.audit y WHERE y.article_id = p_id
                AND y.action IN ('approve', 'approveOverride') ORDER BY y.id DESC LIMIT 1),
            editors_since_review = '{}' WHERE x.article_id = p_id;
    END IF;
    UPDATE copydesk.articles x SET status = a.status, content = v_content,
            headline = coalesce(v_content ->> 'headline', ''),
            dek = coalesce(v_content ->> 'dek', ''),
            category = coalesce(v_content ->> 'category', ''),
            language = coalesce(v_content ->> 'language', ''), published = p_published,
            word_count = greatest(p_word_count, 0), body_text = coalesce(p_body_text, ''),
            authors = coalesce(p_authors, '{}'), revision = v_revision, modified = now(),
            version = a.version + 1
        WHERE x.id = p_id;
    IF v_changed AND v_effect IN ('', 'contentChanged') THEN
        UPDATE copydesk.workflow_state x SET last_editor = session_user,
                editors_since_review = CASE WHEN session_user = ANY (x.editors_since_review)
                    THEN x.editors_since_review
                    ELSE x.editors_since_review || session_user::name END
            WHERE x.article_id = p_id;
    END IF;
    RETURN QUERY SELECT v_revision, a.version + 1, v_effect;
END
$$;

-- Pushed history may hold the new audit actions.
CREATE OR REPLACE FUNCTION copydesk.push_article(p_article jsonb) RETURNS text
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
                'requestChanges', 'publish', 'spike', 'restore', 'reassign', 'withdraw',
                'approveOverride', 'contentChanged', 'smallEdit', 'approvalRestored') THEN
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

-- Only the groups may call the functions; the functions check who within them.
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA copydesk FROM PUBLIC;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA copydesk
    TO copydesk_reporter, copydesk_editor, copydesk_admin;

UPDATE copydesk.schema_version SET version = 4;
