import { sql, type Kysely } from 'kysely';

/**
 * Data versions (issue 7): a counter per plan and per region that every committed change to the
 * data the cockpit reads moves forward, so a response computed at one version can be served
 * again, on any server, for as long as the version stands.
 *
 * The counter is moved by a deferred constraint trigger: it fires at COMMIT, once per scope and
 * transaction (a transaction-local setting remembers the scopes it has moved), so the counter's
 * row is locked only for the instant of the commit and a burst of submissions to one county
 * queues on it for that instant, not for the whole of each transaction. A rolled-back
 * transaction moves nothing.
 */
/**
 * The tables the cockpit reads, and the column that names each row's scope (a plan, or for the
 * organisation's tables a region). A test compares this with what the cockpit actually reads
 * (src/services/cockpit/cockpit-cache.test.ts), so a new read cannot go unversioned.
 */
const VERSIONED_TABLES: ReadonlyArray<{ table: string; scopeBy: string }> = [
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
  { table: 'indicator_target_choices', scopeBy: 'indicator_id' },
  { table: 'supervision_notices', scopeBy: 'plan_id' },
  { table: 'regions', scopeBy: 'id' },
  { table: 'units', scopeBy: 'region_id' },
  { table: 'unit_group_members', scopeBy: 'group_id' },
];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('data_versions')
    .addColumn('scope_id', 'uuid', (c) => c.primaryKey())
    .addColumn('version', 'bigint', (c) => c.notNull())
    .execute();

  await sql`
    create function luoshi_bump_version(scope uuid) returns void language plpgsql as $$
    declare
      seen text := 'luoshi.version_' || replace(scope::text, '-', '_');
    begin
      if scope is null or current_setting(seen, true) = 'bumped' then return; end if;
      perform set_config(seen, 'bumped', true);
      insert into data_versions (scope_id, version) values (scope, 1)
        on conflict (scope_id) do update set version = data_versions.version + 1;
    end;
    $$`.execute(db);

  // One trigger function per way a row names its scope; TG_ARGV[0] is the column.
  await sql`
    create function luoshi_versioned_row() returns trigger language plpgsql as $$
    declare
      changed jsonb := to_jsonb(case when tg_op = 'DELETE' then old else new end);
    begin
      perform luoshi_bump_version((changed ->> tg_argv[0])::uuid);
      if tg_op = 'UPDATE' and (to_jsonb(old) ->> tg_argv[0]) is distinct from (changed ->> tg_argv[0]) then
        perform luoshi_bump_version((to_jsonb(old) ->> tg_argv[0])::uuid);
      end if;
      return null;
    end;
    $$`.execute(db);

  await sql`
    create function luoshi_versioned_indicator_row() returns trigger language plpgsql as $$
    begin
      perform luoshi_bump_version((select plan_id from plan_indicators
        where id = (case when tg_op = 'DELETE' then old.indicator_id else new.indicator_id end)));
      return null;
    end;
    $$`.execute(db);

  await sql`
    create function luoshi_versioned_group_row() returns trigger language plpgsql as $$
    begin
      perform luoshi_bump_version((select region_id from units
        where id = (case when tg_op = 'DELETE' then old.group_id else new.group_id end)));
      return null;
    end;
    $$`.execute(db);

  for (const { table, scopeBy } of VERSIONED_TABLES) {
    const call =
      scopeBy === 'indicator_id'
        ? sql`luoshi_versioned_indicator_row()`
        : scopeBy === 'group_id'
          ? sql`luoshi_versioned_group_row()`
          : sql`luoshi_versioned_row(${sql.lit(scopeBy)})`;
    await sql`
      create constraint trigger ${sql.id(`${table}_versioned`)}
        after insert or update or delete on ${sql.table(table)}
        deferrable initially deferred
        for each row execute function ${call}`.execute(db);
  }
}
