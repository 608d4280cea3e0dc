/**
 * One step of the PostgreSQL schema. Pending steps run in one transaction under an advisory lock, and each
 * applied step is a row of `schema_migrations`. A shipped step is never edited: change the schema by
 * appending a step. `sql` receives the quoted schema name.
 */
export interface PostgresMigration {
  readonly version: number
  readonly description: string
  readonly sql: (schema: string) => string
}

/**
 * The schema, step by step. The same shape as the SQLite store's:
 *
 * - `plans`: one row per plan id, with its current revision and the time of that revision (`deleted` after
 *   deletePlan). The revision check of every write is a conditional UPDATE of this row, which also holds the
 *   row lock that orders concurrent writers of one plan.
 * - `plan_revisions`: one row per revision, with the plan minus its actions as JSON text (`header`, NULL for
 *   a delete). A read of the past takes the latest revision written at or before `asOf`.
 * - `action_versions`: every version of every action, valid from the revision that wrote it until the
 *   revision that replaced it (`valid_to`, NULL while current); `state`, `due` and `pillars` are copied out
 *   of the JSON for the action queries.
 * - `history`: the audit trail.
 *
 * JSON is kept as `text`, not `jsonb`: text keeps the plan exactly as saved (`jsonb` refuses `\u0000` and
 * lone surrogates, both legal in a plan's strings). Ids live in `text` columns with `\` and NUL escaped.
 * Triggers refuse UPDATE and DELETE of history, revisions and action versions — only `valid_to` may be set,
 * once — except inside a purge or erasure transaction, which sets `techcommit.erasure` locally.
 */
export const postgresMigrations: readonly PostgresMigration[] = [
  {
    version: 1,
    description: 'plans, revisions, versioned actions, append-only history with erasure',
    sql: (s) => `
CREATE TABLE ${s}.plans (
  plan_key bigserial PRIMARY KEY,
  plan_id text NOT NULL UNIQUE,
  revision integer NOT NULL CHECK (revision >= 1),
  saved_at text NOT NULL,
  saved_at_ms bigint NOT NULL,
  deleted boolean NOT NULL DEFAULT false
);

CREATE TABLE ${s}.plan_revisions (
  plan_key bigint NOT NULL REFERENCES ${s}.plans (plan_key),
  revision integer NOT NULL,
  saved_at text NOT NULL,
  saved_at_ms bigint NOT NULL,
  header text,
  action_count integer NOT NULL,
  PRIMARY KEY (plan_key, revision)
);
CREATE INDEX plan_revisions_by_time ON ${s}.plan_revisions (plan_key, saved_at_ms);

CREATE TABLE ${s}.action_versions (
  version_id bigserial PRIMARY KEY,
  plan_key bigint NOT NULL REFERENCES ${s}.plans (plan_key),
  action_id text NOT NULL,
  position integer NOT NULL,
  valid_from integer NOT NULL,
  valid_to integer,
  state text NOT NULL,
  due text,
  pillars text[] NOT NULL,
  data text NOT NULL
);
CREATE UNIQUE INDEX action_versions_current ON ${s}.action_versions (plan_key, action_id) WHERE valid_to IS NULL;
CREATE INDEX action_versions_by_revision ON ${s}.action_versions (plan_key, valid_from);

CREATE TABLE ${s}.history (
  seq bigserial PRIMARY KEY,
  plan_key bigint NOT NULL REFERENCES ${s}.plans (plan_key),
  revision integer NOT NULL,
  kind text NOT NULL CHECK (kind IN ('save', 'update', 'delete', 'erasure')),
  action_id text,
  recorded_at text NOT NULL,
  entry text
);
CREATE INDEX history_by_action ON ${s}.history (plan_key, action_id, seq);

CREATE FUNCTION ${s}.keep_history() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF current_setting('techcommit.erasure', true) = 'on' THEN
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
  END IF;
  IF TG_TABLE_NAME = 'action_versions' AND TG_OP = 'UPDATE' THEN
    IF OLD.valid_to IS NULL AND NEW.valid_to IS NOT NULL
       AND (to_jsonb(NEW) - 'valid_to') = (to_jsonb(OLD) - 'valid_to') THEN
      RETURN NEW;
    END IF;
    RAISE EXCEPTION 'action versions are immutable: only valid_to may be set, once';
  END IF;
  RAISE EXCEPTION '% is append-only: rows cannot be changed or deleted (% refused)', TG_TABLE_NAME, TG_OP;
END
$fn$;
CREATE TRIGGER history_is_append_only BEFORE UPDATE OR DELETE ON ${s}.history
  FOR EACH ROW EXECUTE FUNCTION ${s}.keep_history();
CREATE TRIGGER plan_revisions_are_append_only BEFORE UPDATE OR DELETE ON ${s}.plan_revisions
  FOR EACH ROW EXECUTE FUNCTION ${s}.keep_history();
CREATE TRIGGER action_versions_are_kept BEFORE UPDATE OR DELETE ON ${s}.action_versions
  FOR EACH ROW EXECUTE FUNCTION ${s}.keep_history();
`,
  },
]

/**
 * The schema version this build writes and understands.
 *
 * @example
 * // SELECT max(version) FROM techcommit.schema_migrations  -- equals postgresSchemaVersion after open
 */
export const postgresSchemaVersion: number = postgresMigrations.at(-1)!.version
