-- Copydesk team library, schema version 3: a placeholder in the workflow-ways branch only, so
-- that version 4 (the workflow's ways out) has a version 3 to migrate from. The real version 3
-- (search) comes from its own branch and replaces this file when the two are merged.

UPDATE copydesk.schema_version SET version = 3;
