#include "models/team/TeamSchema.h"

// The numbered migrations of the team store's schema (TeamSchema.cpp applies them). Each runs
// in its own transaction; the tables are in the schema "cplan".

namespace cplan {

const std::vector<QString> &teamMigrations()
{
    static const std::vector<QString> migrations{
        // 1: the group roles of MODEL.md §10 and the tables: plans, their fields (one row per
        // field, each with the revision that last changed it), the history (written only by
        // triggers), versions and the store's people.
        QStringLiteral(R"sql(
DO $roles$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cplan_director') THEN
        CREATE ROLE cplan_director NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cplan_finance') THEN
        CREATE ROLE cplan_finance NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cplan_pm') THEN
        CREATE ROLE cplan_pm NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cplan_viewer') THEN
        CREATE ROLE cplan_viewer NOLOGIN;
    END IF;
END
$roles$;

CREATE TABLE cplan.plans (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL UNIQUE CHECK (name <> ''),
    revision bigint NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    created_by text NOT NULL DEFAULT session_user,
    created_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    last_xid xid8 NOT NULL DEFAULT pg_current_xact_id()
);

CREATE FUNCTION cplan.path_part(path text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT AS $f$
    SELECT CASE
        WHEN path ~ '^scenarios\["(?:[^"\\]|\\.)*"\]\.signoff(\.|\[|$)' THEN 'signoff'
        WHEN path ~ '^scenarios\[' THEN 'scenario'
        WHEN path ~ '^milestones(\.|\[|$)' THEN 'milestone'
        WHEN path ~ '^actuals(\.|\[|$)' THEN 'actual'
        ELSE 'structure'
    END
$f$;

CREATE FUNCTION cplan.path_scenario(path text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT AS $f$
    SELECT substring(path FROM '^scenarios\[("(?:[^"\\]|\\.)*")\]')
$f$;

CREATE TABLE cplan.fields (
    plan_id bigint NOT NULL REFERENCES cplan.plans (id),
    path text NOT NULL,
    shape text NOT NULL DEFAULT 'value' CHECK (shape IN ('value', 'names')),
    value jsonb NOT NULL,
    part text GENERATED ALWAYS AS (cplan.path_part(path)) STORED,
    scenario text GENERATED ALWAYS AS (cplan.path_scenario(path)) STORED,
    revision bigint NOT NULL DEFAULT 1,
    changed_by text NOT NULL DEFAULT session_user,
    changed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (plan_id, path)
);

CREATE TABLE cplan.history (
    plan_id bigint NOT NULL REFERENCES cplan.plans (id),
    seq bigint NOT NULL CHECK (seq >= 1),
    revision bigint,
    at timestamptz NOT NULL,
    author text NOT NULL,
    action text NOT NULL,
    reason text,
    changes jsonb NOT NULL DEFAULT '[]',
    PRIMARY KEY (plan_id, seq)
);

CREATE TABLE cplan.history_changes (
    plan_id bigint NOT NULL REFERENCES cplan.plans (id),
    revision bigint NOT NULL,
    n bigint GENERATED ALWAYS AS IDENTITY,
    path text NOT NULL,
    before jsonb,
    after jsonb,
    PRIMARY KEY (plan_id, revision, n)
);

CREATE TABLE cplan.versions (
    plan_id bigint NOT NULL REFERENCES cplan.plans (id),
    name text NOT NULL CHECK (name <> ''),
    at timestamptz NOT NULL DEFAULT now(),
    author text NOT NULL DEFAULT session_user,
    comment text,
    content jsonb NOT NULL,
    content_hash text NOT NULL,
    position bigint GENERATED ALWAYS AS IDENTITY,
    PRIMARY KEY (plan_id, name)
);

CREATE TABLE cplan.people (
    login text PRIMARY KEY,
    role text NOT NULL CHECK (role IN ('director', 'finance', 'pm', 'viewer')),
    added_at timestamptz NOT NULL DEFAULT now(),
    added_by text NOT NULL DEFAULT session_user
);
)sql"),
        // 2: the rights. Row-level security per role, the triggers that write the history and
        // refuse changes to scenarios that are not drafts, append-only history and versions,
        // and the plan lock an edit starts with.
        QStringLiteral(R"sql(
-- Who may change which part of a plan (MODEL.md §10).
CREATE FUNCTION cplan.may_edit(part text) RETURNS boolean
LANGUAGE sql STABLE AS $f$
    SELECT (pg_has_role('cplan_director', 'member') AND part IN ('structure', 'scenario'))
        OR (pg_has_role('cplan_finance', 'member') AND part IN ('scenario', 'actual', 'signoff'))
        OR (pg_has_role('cplan_pm', 'member') AND part = 'milestone')
$f$;

-- Every change of a field: refused on a scenario that is not a draft (for every role, the
-- store's owner included); otherwise it moves the plan to its next revision (once per
-- transaction) and the history records it with the session's user and the server's clock.
CREATE FUNCTION cplan.field_changing() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, cplan AS $f$
DECLARE
    pid bigint;
    fpath text;
    part text;
    skey text;
    state text;
    p record;
    rev bigint;
BEGIN
    IF TG_OP = 'INSERT' THEN
        pid := NEW.plan_id; fpath := NEW.path;
    ELSE
        pid := OLD.plan_id; fpath := OLD.path;
    END IF;
    IF TG_OP = 'UPDATE' AND (NEW.plan_id <> OLD.plan_id OR NEW.path <> OLD.path) THEN
        RAISE EXCEPTION 'the plan and path of a field cannot change' USING ERRCODE = 'CPL03';
    END IF;
    part := cplan.path_part(fpath);
    skey := cplan.path_scenario(fpath);
    SELECT * INTO p FROM cplan.plans WHERE id = pid FOR UPDATE;
    -- Publishing (the plan was created by this transaction) brings scenarios as they are.
    IF skey IS NOT NULL AND p.created_xid <> pg_current_xact_id() THEN
        SELECT f.value #>> '{}' INTO state FROM cplan.fields f
         WHERE f.plan_id = pid AND f.path = 'scenarios[' || skey || '].signoff.state';
        IF part = 'scenario' AND coalesce(state, 'draft') <> 'draft' THEN
            RAISE EXCEPTION 'scenario % is %: it cannot be changed', skey, state
                USING ERRCODE = 'CPL02', DETAIL = fpath;
        END IF;
        IF fpath = 'scenarios[' || skey || '].signoff.state' AND (
               (TG_OP = 'DELETE' AND coalesce(OLD.value #>> '{}', 'draft') <> 'draft')
            OR (TG_OP = 'UPDATE' AND OLD.value #>> '{}' = 'locked')) THEN
            RAISE EXCEPTION 'scenario % is %: its sign-off cannot be changed', skey, state
                USING ERRCODE = 'CPL02', DETAIL = fpath;
        END IF;
    END IF;

    rev := p.revision;
    IF p.created_xid <> pg_current_xact_id() THEN
        IF p.last_xid <> pg_current_xact_id() THEN
            UPDATE cplan.plans SET revision = revision + 1, last_xid = pg_current_xact_id()
             WHERE id = pid RETURNING revision INTO rev;
            INSERT INTO cplan.history (plan_id, seq, revision, at, author, action, reason)
            VALUES (pid, coalesce((SELECT max(h.seq) FROM cplan.history h WHERE h.plan_id = pid), 0) + 1,
                    rev, date_trunc('second', now()), session_user,
                    coalesce(nullif(current_setting('cplan.action', true), ''), 'Edit in the team store'),
                    nullif(current_setting('cplan.reason', true), ''));
        END IF;
        INSERT INTO cplan.history_changes (plan_id, revision, path, before, after)
        VALUES (pid, rev, fpath,
                CASE WHEN TG_OP <> 'INSERT' THEN OLD.value END,
                CASE WHEN TG_OP <> 'DELETE' THEN NEW.value END);
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    NEW.revision := rev;
    NEW.changed_by := session_user;
    NEW.changed_at := now();
    RETURN NEW;
END
$f$;
CREATE TRIGGER field_changing BEFORE INSERT OR UPDATE OR DELETE ON cplan.fields
    FOR EACH ROW EXECUTE FUNCTION cplan.field_changing();

-- The audit trail is append-only, for every role.
CREATE FUNCTION cplan.append_only() RETURNS trigger
LANGUAGE plpgsql AS $f$
BEGIN
    RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'CPL04';
END
$f$;
CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON cplan.history
    FOR EACH ROW EXECUTE FUNCTION cplan.append_only();
CREATE TRIGGER append_only_truncate BEFORE TRUNCATE ON cplan.history
    FOR EACH STATEMENT EXECUTE FUNCTION cplan.append_only();
CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON cplan.history_changes
    FOR EACH ROW EXECUTE FUNCTION cplan.append_only();
CREATE TRIGGER append_only_truncate BEFORE TRUNCATE ON cplan.history_changes
    FOR EACH STATEMENT EXECUTE FUNCTION cplan.append_only();
CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON cplan.versions
    FOR EACH ROW EXECUTE FUNCTION cplan.append_only();
CREATE TRIGGER append_only_truncate BEFORE TRUNCATE ON cplan.versions
    FOR EACH STATEMENT EXECUTE FUNCTION cplan.append_only();

-- A version saved by a member carries the session's user and the server's clock (a published
-- plan brings its versions as they were).
CREATE FUNCTION cplan.version_adding() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, cplan AS $f$
BEGIN
    IF (SELECT created_xid FROM cplan.plans WHERE id = NEW.plan_id) <> pg_current_xact_id() THEN
        NEW.author := session_user;
        NEW.at := date_trunc('second', now());
    END IF;
    RETURN NEW;
END
$f$;
CREATE TRIGGER version_adding BEFORE INSERT ON cplan.versions
    FOR EACH ROW EXECUTE FUNCTION cplan.version_adding();

-- An edit starts by locking its plan, so edits of one plan take turns and the revision an edit
-- is checked against cannot move under it.
CREATE FUNCTION cplan.lock_plan(plan_name text, OUT id bigint, OUT revision bigint)
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, cplan AS $f$
    SELECT p.id, p.revision FROM cplan.plans p WHERE p.name = plan_name FOR UPDATE
$f$;
REVOKE ALL ON FUNCTION cplan.lock_plan(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION cplan.field_changing() FROM PUBLIC;
REVOKE ALL ON FUNCTION cplan.version_adding() FROM PUBLIC;

ALTER TABLE cplan.fields ENABLE ROW LEVEL SECURITY;
CREATE POLICY everyone_reads ON cplan.fields FOR SELECT USING (true);
CREATE POLICY by_role ON cplan.fields FOR ALL
    USING (cplan.may_edit(part)) WITH CHECK (cplan.may_edit(part));

GRANT USAGE ON SCHEMA cplan TO cplan_director, cplan_finance, cplan_pm, cplan_viewer;
GRANT SELECT ON ALL TABLES IN SCHEMA cplan TO cplan_director, cplan_finance, cplan_pm, cplan_viewer;
GRANT INSERT, UPDATE, DELETE ON cplan.fields TO cplan_director, cplan_finance, cplan_pm;
GRANT INSERT ON cplan.versions TO cplan_director, cplan_finance, cplan_pm;
GRANT EXECUTE ON FUNCTION cplan.lock_plan(text) TO cplan_director, cplan_finance, cplan_pm;
)sql"),
        // 3: other members' windows hear of each edit: one notification per changed plan on the
        // channel "cplan_changes", {"plan", "revision", "author"}, delivered when the edit
        // commits (never for an edit rolled back).
        QStringLiteral(R"sql(
CREATE FUNCTION cplan.notify_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, cplan AS $f$
BEGIN
    PERFORM pg_notify('cplan_changes',
                      json_build_object('plan', p.name, 'revision', p.revision,
                                        'author', session_user)::text)
       FROM cplan.plans p
      WHERE p.last_xid = pg_current_xact_id() AND p.created_xid <> pg_current_xact_id();
    RETURN NULL;
END
$f$;
CREATE TRIGGER notify_change AFTER INSERT OR UPDATE OR DELETE ON cplan.fields
    FOR EACH STATEMENT EXECUTE FUNCTION cplan.notify_change();
REVOKE ALL ON FUNCTION cplan.notify_change() FROM PUBLIC;
)sql"),
        // 4: edit ids. A client gives each edit an id of its own; the first commit of an id
        // records it here with the revision it made, so a resend of the same edit (after a lost
        // connection, or a script run twice) is recognised and writes nothing. Each member
        // inserts and reads only their own ids; the server sets the author, the time and the
        // revision; nobody updates or deletes.
        QStringLiteral(R"sql(
CREATE TABLE cplan.applied_edits (
    plan_id bigint NOT NULL REFERENCES cplan.plans (id),
    edit_id text NOT NULL CHECK (length(edit_id) BETWEEN 1 AND 200),
    revision bigint NOT NULL,
    author text NOT NULL DEFAULT session_user,
    at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (plan_id, edit_id)
);

CREATE FUNCTION cplan.edit_applying() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, cplan AS $f$
BEGIN
    NEW.author := session_user;
    NEW.at := now();
    NEW.revision := (SELECT p.revision FROM cplan.plans p WHERE p.id = NEW.plan_id);
    RETURN NEW;
END
$f$;
REVOKE ALL ON FUNCTION cplan.edit_applying() FROM PUBLIC;
CREATE TRIGGER edit_applying BEFORE INSERT ON cplan.applied_edits
    FOR EACH ROW EXECUTE FUNCTION cplan.edit_applying();
CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON cplan.applied_edits
    FOR EACH ROW EXECUTE FUNCTION cplan.append_only();
CREATE TRIGGER append_only_truncate BEFORE TRUNCATE ON cplan.applied_edits
    FOR EACH STATEMENT EXECUTE FUNCTION cplan.append_only();

ALTER TABLE cplan.applied_edits ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_edits ON cplan.applied_edits FOR SELECT USING (author = session_user);
CREATE POLICY own_edits_added ON cplan.applied_edits FOR INSERT WITH CHECK (author = session_user);
GRANT SELECT, INSERT ON cplan.applied_edits TO cplan_director, cplan_finance, cplan_pm;
)sql"),
        // 5: the server refuses a value of the wrong kind for the fields whose kind MODEL.md §2
        // and §7 fix (a budget that is not a non-negative number, a share outside [0, 1], ...),
        // whoever sends it and however (the app checks the whole plan first; this holds for
        // any member's own SQL). The message names the field as §8 does.
        QStringLiteral(R"sql(
CREATE FUNCTION cplan.value_problem(path text, value jsonb) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $f$
DECLARE
    scenario constant text := '^scenarios\["(?:[^"\\]|\\.)*"\]';
    channel constant text := '\.channels\["(?:[^"\\]|\\.)*"\]';
    row_key constant text := '^(?:past_)?actuals\["(?:[^"\\]|\\.)*"\]';
    low numeric;
    high numeric;
    low_open boolean := false;
    high_open boolean := false;
    is_list boolean := false;
    nullable boolean := false;
    item jsonb;
    n numeric;
BEGIN
    IF path ~ (scenario || '\.budget$') OR path ~ (scenario || channel || '\.arpu_monthly$')
       OR path ~ (row_key || '\.spend$') THEN
        low := 0;
    ELSIF path ~ (scenario || '\.category_shares\["(?:[^"\\]|\\.)*"\]$')
       OR path ~ (scenario || channel || '\.(share|margin|retention_monthly|min_share|max_share)$') THEN
        low := 0; high := 1;
    ELSIF path ~ (scenario || channel || '\.carryover$') THEN
        low := 0; high := 1; high_open := true;
    ELSIF path ~ (scenario || channel || '\.cpl$') THEN
        low := 0; low_open := true;
    ELSIF path ~ (scenario || channel || '\.saturation_spend$') THEN
        low := 0; low_open := true; nullable := true;
    ELSIF path ~ (scenario || channel || '\.conversion$') THEN
        low := 0; high := 1; is_list := true;
    ELSIF path ~ (row_key || '\.volumes$') THEN
        low := 0; is_list := true;
    ELSE
        RETURN NULL;
    END IF;
    IF nullable AND jsonb_typeof(value) = 'null' THEN
        RETURN NULL;
    END IF;
    IF is_list AND jsonb_typeof(value) <> 'array' THEN
        RETURN format('%s: must be a list of numbers (got %s)', path, value::text);
    END IF;
    FOR item IN SELECT e FROM jsonb_array_elements(CASE WHEN is_list THEN value
                                                        ELSE jsonb_build_array(value) END) e
    LOOP
        IF jsonb_typeof(item) <> 'number' THEN
            RETURN format('%s: must be a number (got %s)', path, value::text);
        END IF;
        n := item::text::numeric;
        IF (low_open AND n <= low) OR (NOT low_open AND n < low)
           OR (high IS NOT NULL AND ((high_open AND n >= high) OR (NOT high_open AND n > high))) THEN
            RETURN format('%s: must be %s (got %s)', path,
                          CASE WHEN high IS NULL AND low_open THEN 'greater than 0'
                               WHEN high IS NULL THEN 'a number of 0 or more'
                               WHEN high_open THEN 'at least 0 and less than 1'
                               ELSE 'between 0 and 1' END,
                          value::text);
        END IF;
    END LOOP;
    RETURN NULL;
END
$f$;

CREATE FUNCTION cplan.value_checking() RETURNS trigger
LANGUAGE plpgsql AS $f$
DECLARE
    problem text;
BEGIN
    IF NEW.shape = 'value' THEN
        problem := cplan.value_problem(NEW.path, NEW.value);
        IF problem IS NOT NULL THEN
            RAISE EXCEPTION '%', problem USING ERRCODE = 'CPL05', DETAIL = NEW.path;
        END IF;
    END IF;
    RETURN NEW;
END
$f$;
-- Named to fire before field_changing (BEFORE triggers fire in name order): nothing of a
-- refused value is written, not even its history.
CREATE TRIGGER checking_value BEFORE INSERT OR UPDATE ON cplan.fields
    FOR EACH ROW EXECUTE FUNCTION cplan.value_checking();
)sql"),
        // 6: a window following the others' edits asks for the rows written after its revision
        // (TeamStore::changesSince); without an index that read every row of the plan (58,012 on
        // a 200 x 120 x 5 plan) for each notification.
        QStringLiteral(R"sql(
CREATE INDEX fields_by_revision ON cplan.fields (plan_id, revision);
CREATE INDEX history_by_revision ON cplan.history (plan_id, revision);
)sql"),
    };
    return migrations;
}

} // namespace cplan
