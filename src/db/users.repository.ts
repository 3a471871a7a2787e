import { sql, type Kysely } from 'kysely';
import { readByKey } from './batched-read';
import { escapeLike } from './escape-like';
import type { DB, NewUser, Role, UserRow, UserUpdate } from './schema';

/** An account joined with the names a client shows: its unit and region. */
export interface UserWithOrg extends UserRow {
  unit_name: string | null;
  region_name: string | null;
}

/** A session's times and its account. */
export interface SessionWithUser {
  session: { lastSeenAt: Date; expiresAt: Date };
  user: UserWithOrg;
}

export class UsersRepository {
  private readonly readSession: (sessionId: string) => Promise<SessionWithUser | undefined>;

  /** @param shared true outside transactions: concurrent session lookups share statements. */
  constructor(
    private readonly db: Kysely<DB>,
    shared = false,
  ) {
    this.readSession = readByKey((ids: string[]) => this.findBySessions(ids), undefined, shared);
  }

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

  /**
   * A session and its account, in one statement: what every authenticated request reads first.
   * Undefined when no session has this id. Outside transactions, concurrent lookups share
   * statements (db/batched-read.ts): never one that started before the call, so a session
   * ended or an account disabled before the request arrived is seen as such.
   */
  async findBySession(sessionId: string): Promise<SessionWithUser | undefined> {
    const found = await this.readSession(sessionId);
    // Callers that shared a statement get their own copies: one request cannot touch another's.
    return found && { session: { ...found.session }, user: { ...found.user } };
  }

  private async findBySessions(sessionIds: string[]): Promise<Map<string, SessionWithUser>> {
    const rows = await this.selectWithOrg()
      .innerJoin('sessions', 'sessions.user_id', 'users.id')
      .select(['sessions.id as session_id', 'sessions.last_seen_at as session_last_seen_at', 'sessions.expires_at as session_expires_at'])
      .where('sessions.id', 'in', sessionIds)
      .execute();
    return new Map(
      rows.map(({ session_id: id, session_last_seen_at: lastSeenAt, session_expires_at: expiresAt, ...user }) => [id, { session: { lastSeenAt, expiresAt }, user }]),
    );
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

  async setPassword(id: string, passwordHash: string, mustChange: boolean, now: Date): Promise<void> {
    await this.db
      .updateTable('users')
      .set({ password_hash: passwordHash, password_changed_at: now, must_change_password: mustChange, updated_at: now })
      .where('id', '=', id)
      .execute();
  }

  async addPasswordHistory(userId: string, passwordHash: string, now: Date): Promise<void> {
    await this.db.insertInto('password_history').values({ user_id: userId, password_hash: passwordHash, created_at: now }).execute();
  }

  /** The account's most recent earlier password hashes, newest first. */
  async recentPasswordHashes(userId: string, limit: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom('password_history')
      .select('password_hash')
      .where('user_id', '=', userId)
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map((row) => row.password_hash);
  }

  async update(id: string, patch: UserUpdate): Promise<void> {
    await this.db.updateTable('users').set(patch).where('id', '=', id).execute();
  }

  /** Accounts of a county (or every account, for a deployment-wide admin), by login. */
  async list(filter: { regionId: string | null; search?: string | undefined }): Promise<UserWithOrg[]> {
    let query = this.selectWithOrg().orderBy('users.login');
    if (filter.regionId !== null) query = query.where('users.region_id', '=', filter.regionId);
    if (filter.search) {
      const pattern = `%${escapeLike(filter.search)}%`;
      query = query.where((eb) =>
        eb.or([eb('users.login', 'ilike', pattern), eb('users.display_name', 'ilike', pattern), eb('units.name', 'ilike', pattern)]),
      );
    }
    return query.execute();
  }

  async listByRole(role: Role): Promise<UserRow[]> {
    return this.db.selectFrom('users').selectAll().where(sql<boolean>`${role} = any(roles)`).orderBy('login').execute();
  }
}
