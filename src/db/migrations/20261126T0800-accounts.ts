import { sql, type Kysely } from 'kysely';

/**
 * Accounts and organisation (issue 4): password history for the "none of the last 5" rule,
 * and each plan's leading group (组长, 副组长, member units) with the unit hosting its office.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('password_history')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('password_history_user_idx').on('password_history').columns(['user_id', 'id']).execute();

  await db.schema
    .createTable('leading_groups')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('plan_id', 'uuid', (c) => c.notNull().unique().references('plans.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('office_unit_id', 'uuid', (c) => c.references('units.id'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('leading_group_members')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('plan_id', 'uuid', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('leading_group_id', 'uuid', (c) => c.notNull().references('leading_groups.id').onDelete('cascade'))
    .addColumn('position', 'text', (c) => c.notNull().check(sql`position in ('head', 'deputy_head', 'member')`))
    .addColumn('person_title', 'text')
    .addColumn('unit_id', 'uuid', (c) => c.references('units.id'))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('leading_group_members_group_idx')
    .on('leading_group_members')
    .column('leading_group_id')
    .execute();
}
