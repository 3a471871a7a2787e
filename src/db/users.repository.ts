import { sql, type Kysely } from 'kysely';
import type { DB, NewUser, Role, UserRow } from './schema';

/** An account joined with the names a client shows: its unit and region. */
export interface UserWithOrg extends UserRow {
  unit_name: string | null;
  region_name: string | null;
}

export class UsersRepository {
  constructor(private readonly db: Kysely<DB>) {}

  private selectWithOrg() {
    return this.db
      .selectFrom('users')
      .leftJoin('units', 'units.id', 'users.unit_id')
      .leftJoin('regions', 'regions.id', 'users.region_id')
      .selectAll('users')
      .select(['units.name as unit_name', 'regions.name as region_name']);
  }

  /** Logins are case-insensitive (the unique index is on lower(login)). */
  async findByLogin(login: string): Promise<UserWithOrg | undefined> {
    return this.selectWithOrg()
      .where(sql<string>`lower(users.login)`, '=', login.toLowerCase())
      .executeTakeFirst();
  }

  async findById(id: string): Promise<UserWithOrg | undefined> {
    return this.selectWithOrg().where('users.id', '=', id).executeTakeFirst();
  }

  async insert(user: NewUser): Promise<UserRow> {
    return this.db.insertInto('users').values(user).returningAll().executeTakeFirstOrThrow();
  }

  async count(): Promise<number> {
    const row = await this.db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return row.n;
  }

  /** Records the count of consecutive failed sign-ins, and the lock when one starts. */
  async recordFailedLogin(id: string, failedCount: number, lockUntil: Date | null, now: Date): Promise<void> {
    await this.db
      .updateTable('users')
      .set({ failed_login_count: failedCount, locked_until: lockUntil, updated_at: now })
      .where('id', '=', id)
      .execute();
  }

  async recordSuccessfulLogin(id: string, now: Date): Promise<void> {
    await this.db
      .updateTable('users')
      .set({ failed_login_count: 0, locked_until: null, last_login_at: now, updated_at: now })
      .where('id', '=', id)
      .execute();
  }

  async listByRole(role: Role): Promise<UserRow[]> {
    return this.db.selectFrom('users').selectAll().where(sql<boolean>`${role} = any(roles)`).orderBy('login').execute();
  }
}
