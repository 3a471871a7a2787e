import { sql, type Kysely } from 'kysely';

/**
 * Data versions (issue 7): a counter per plan and per region that every committed change to the
 * data the cockpit reads moves forward, so a response computed at one version can be served
 * again, on any server, for as long as the version stands.
 *
 * The counter is moved by a deferred constraint trigger: it fires at COMMIT, once per scope and
 * transaction (a transaction-local setting remembers the scopes it has moved), so a counter's row
 * is locked only for the instant of the commit, and a rolled-back transaction moves nothing.
 * Each scope's counter is split over SHARDS rows, one chosen by the server process committing,
 * and a version is their sum: a burst of submissions to one county would otherwise queue its
 * commits on one row (measured: 880 concurrent one-row transactions on one plan took twice as
 * long with a single row as without a counter).
 */
const SHARDS = 16;

/**
 * The tables the cockpit reads, and the column that names each row's scope (a plan, or for the
 * organisation's tables a region). A test compares this with what the cockpit actually reads
 * (src/services/cockpit/cockpit-versions.test.ts), so a new read cannot go unversioned.
 */
const VERSIONED_TABLES: ReadonlyArray<{ table: string; scopeBy: string; via?: { table: string; column: string } }> = [
  { table: 'plans', scopeBy: 'id' },
  { table: 'plan_sections', scopeBy: 'plan_id' },
  { table: 'plan_tasks', scopeBy: 'plan_id' },
  { table: 'task_units', scopeBy: 'plan_id' },
  { table: 'plan_targets', scopeBy: 'plan_id' },
  { table: 'plan_indicators', scopeBy: 'plan_id' },
  { table: 'plan_findings', scopeBy: 'plan_id' },
  { table: 'reporting_periods', scopeBy: 'plan_id' },
  { table: 'period_exceptions', scopeBy: 'plan_id' },
  { table: 'reports', scopeBy: 'plan_id' },
  { table: 'indicator_values', scopeBy: 'plan_id' },
  { table: 'indicator_value_evidence', scopeBy: 'plan_id' },
  { table: 'indicator_target_choices', scopeBy: 'indicator_id', via: { table: 'plan_indicators', column: 'plan_id' } },
  { table: 'supervision_notices', scopeBy: 'plan_id' },
  { table: 'regions', scopeBy: 'id' },
  { table: 'units', scopeBy: 'region_id' },
  { table: 'unit_group_members', scopeBy: 'group_id', via: { table: 'units', column: 'region_id' } },
];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('data_versions')
    .addColumn('scope_id', 'uuid', (c) => c.notNull())
    .addColumn('shard', 'smallint', (c) => c.notNull())
    .addColumn('version', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('data_versions_pk', ['scope_id', 'shard'])
    .execute();

  await sql`
    create function luoshi_bump_version(scope uuid) returns void language plpgsql as $$
    declare
      seen text := 'luoshi.version_' || replace(scope::text, '-', '_');
    begin
      if scope is null or current_setting(seen, true) = 'bumped' then return; end if;
      perform set_config(seen, 'bumped', true);
      insert into data_versions (scope_id, shard, version) values (scope, pg_backend_pid() % ${sql.lit(SHARDS)}, 1)
        on conflict (scope_id, shard) do update set version = data_versions.version + 1;
    end;
    $$`.execute(db);

  // The scope of a row: the value of its column TG_ARGV[0] (a plan's or a region's id), or, where
  // the row names it only through another row, that row's column TG_ARGV[2] in table TG_ARGV[1]
  // (a governing-target choice names its indicator, a group member its group).
  await sql`
    create function luoshi_scope_of(id text, via_table text, via_column text) returns uuid language plpgsql as $$
    declare
      scope uuid;
    begin
      if via_table is null then return id::uuid; end if;
      execute format('select %I from %I where id = $1', via_column, via_table) into scope using id::uuid;
      return scope;
    end;
    $$`.execute(db);

  await sql`
    create function luoshi_versioned_row() returns trigger language plpgsql as $$
    declare
      changed jsonb := to_jsonb(case when tg_op = 'DELETE' then old else new end);
      before jsonb := case when tg_op = 'UPDATE' then to_jsonb(old) end;
    begin
      perform luoshi_bump_version(luoshi_scope_of(changed ->> tg_argv[0], tg_argv[1], tg_argv[2]));
      -- A row moved to another scope changes both.
      if (before ->> tg_argv[0]) is distinct from (changed ->> tg_argv[0]) and before is not null then
        perform luoshi_bump_version(luoshi_scope_of(before ->> tg_argv[0], tg_argv[1], tg_argv[2]));
      end if;
      return null;
    end;
    $$`.execute(db);

  for (const { table, scopeBy, via } of VERSIONED_TABLES) {
    const args = [scopeBy, ...(via ? [via.table, via.column] : [])].map((a) => sql.lit(a));
    await sql`
      create constraint trigger ${sql.id(`${table}_versioned`)}
        after insert or update or delete on ${sql.table(table)}
        deferrable initially deferred
        for each row execute function luoshi_versioned_row(${sql.join(args)})`.execute(db);
  }
}
