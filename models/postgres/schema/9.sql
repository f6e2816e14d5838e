-- Copydesk team library, schema version 9: a lease that lapsed is announced at once. Migrates
-- from version 8; no table changes.
--
-- A lease counts only while its connection is there and its heartbeat is fresh
-- (lease_is_live), but nothing told the other windows when it stopped counting: PostgreSQL
-- runs no trigger when a connection drops, so they learned of it at their next heartbeat, up
-- to 10 seconds later. reap_leases() deletes the leases that no longer count; the delete is
-- announced on channel "copydesk" like a release ("leases <article id>"), so one call by any
-- window tells every window. Copydesk calls it every second while it shows someone else's
-- lease (PostgresPresence). Anyone in the groups may call it: it removes only leases that no
-- longer count, which nobody can renew. Returns the articles whose lease it removed.
CREATE FUNCTION copydesk.reap_leases() RETURNS SETOF bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
BEGIN
    PERFORM copydesk.caller_role();
    RETURN QUERY DELETE FROM copydesk.leases l
        WHERE NOT copydesk.lease_is_live(l.login, l.backend_pid, l.heartbeat)
        RETURNING l.article_id;
END
$$;

REVOKE EXECUTE ON FUNCTION copydesk.reap_leases() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION copydesk.reap_leases()
    TO copydesk_reporter, copydesk_editor, copydesk_admin;

UPDATE copydesk.schema_version SET version = 9;
