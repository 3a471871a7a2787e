import type { Kysely } from 'kysely';
import type { DB } from './schema';

/** In-app notifications (the bell), and the reminder ledger that makes reminders go out once. */
export class NotificationsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async notify(rows: ReadonlyArray<{ planId: string | null; userId: string; kind: string; title: string; body: string; link: string | null; now: Date }>): Promise<void> {
    if (rows.length === 0) return;
    await this.db
      .insertInto('notifications')
      .values(rows.map((r) => ({ plan_id: r.planId, user_id: r.userId, kind: r.kind, title: r.title, body: r.body, link: r.link, created_at: r.now })))
      .execute();
  }

  async listForUser(userId: string, limit: number) {
    return this.db.selectFrom('notifications').selectAll().where('user_id', '=', userId).orderBy('created_at', 'desc').limit(limit).execute();
  }

  async markRead(userId: string, id: string, now: Date): Promise<void> {
    await this.db.updateTable('notifications').set({ read_at: now }).where('id', '=', id).where('user_id', '=', userId).where('read_at', 'is', null).execute();
  }

  /** Marks every unread notification of the account as read; how many there were. */
  async markAllRead(userId: string, now: Date): Promise<number> {
    const result = await this.db.updateTable('notifications').set({ read_at: now }).where('user_id', '=', userId).where('read_at', 'is', null).executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  /**
   * Claims one reminder (obligation × kind × local day). True for exactly one caller, however
   * many servers race: the ledger's unique key decides.
   */
  async claimReminder(r: { planId: string; periodId: string; taskId: string; unitId: string; reportKind: 'unit' | 'consolidated'; reminderKind: string; day: string; now: Date }): Promise<boolean> {
    const row = await this.db
      .insertInto('reminder_ledger')
      .values({ plan_id: r.planId, period_id: r.periodId, task_id: r.taskId, unit_id: r.unitId, report_kind: r.reportKind, reminder_kind: r.reminderKind, day: r.day, created_at: r.now })
      .onConflict((oc) => oc.columns(['period_id', 'task_id', 'unit_id', 'report_kind', 'reminder_kind', 'day']).doNothing())
      .returning('id')
      .executeTakeFirst();
    return row !== undefined;
  }
}
