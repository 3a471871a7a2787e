import { sql, type Kysely, type Selectable, type Updateable } from 'kysely';
import type { DB, NoticeStatus, SupervisionNoticesTable } from './schema';

export type NoticeRow = Selectable<SupervisionNoticesTable>;

/** Supervision notices (督办单), their history and evidence, escalation settings and reminder ledger. */
export class SupervisionRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async findSettings(planId: string) {
    return this.db.selectFrom('supervision_settings').selectAll().where('plan_id', '=', planId).executeTakeFirst();
  }

  async saveSettings(s: { planId: string; yellowDaysBefore: number; redDaysAfter: number; by: string; now: Date }): Promise<void> {
    const values = { yellow_days_before: s.yellowDaysBefore, red_days_after: s.redDaysAfter, updated_by: s.by, updated_at: s.now };
    await this.db
      .insertInto('supervision_settings')
      .values({ plan_id: s.planId, ...values })
      .onConflict((oc) => oc.column('plan_id').doUpdateSet(values))
      .execute();
  }

  /** The next serial of the plan's year (督办〔year〕N号); the unique key refuses a racing duplicate. */
  async nextSerial(planId: string, year: number): Promise<number> {
    const { n } = await this.db
      .selectFrom('supervision_notices')
      .select((eb) => eb.fn.coalesce(eb.fn.max('serial'), sql<number>`0`).as('n'))
      .where('plan_id', '=', planId)
      .where('year', '=', year)
      .executeTakeFirstOrThrow();
    return Number(n) + 1;
  }

  async insertNotice(n: Omit<NoticeRow, 'id' | 'response' | 'signed_at' | 'responded_at' | 'closed_at' | 'version' | 'status'>) {
    return this.db
      .insertInto('supervision_notices')
      .values({ ...n, status: 'issued' })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  async findNotice(id: string) {
    return this.db.selectFrom('supervision_notices').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Changes a notice still at `expectedVersion`; undefined when someone changed it first. */
  async updateIfVersion(id: string, expectedVersion: number, patch: Updateable<SupervisionNoticesTable>) {
    return this.db
      .updateTable('supervision_notices')
      .set({ ...patch, version: sql<number>`version + 1` })
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .returningAll()
      .executeTakeFirst();
  }

  async listNotices(filter: { planId: string; unitId?: string | undefined; statuses?: readonly NoticeStatus[] | undefined }) {
    let query = this.db.selectFrom('supervision_notices').selectAll().where('plan_id', '=', filter.planId);
    if (filter.unitId) query = query.where('unit_id', '=', filter.unitId);
    if (filter.statuses && filter.statuses.length > 0) query = query.where('status', 'in', [...filter.statuses]);
    return query.orderBy('issued_at', 'desc').execute();
  }

  /** Notices still waiting on a unit, across every active plan (for the reminder pass). */
  async listAwaitingUnitOfActivePlans() {
    return this.db
      .selectFrom('supervision_notices as n')
      .innerJoin('plans as p', 'p.id', 'n.plan_id')
      .selectAll('n')
      .where('p.status', '=', 'active')
      .where('n.status', 'in', ['issued', 'signed', 'returned'])
      .execute();
  }

  async addEvent(e: { planId: string; noticeId: string; action: string; from: NoticeStatus | null; to: NoticeStatus; note: string; userId: string; at: Date }): Promise<void> {
    await this.db
      .insertInto('supervision_notice_events')
      .values({ plan_id: e.planId, notice_id: e.noticeId, action: e.action, from_status: e.from, to_status: e.to, note: e.note, user_id: e.userId, at: e.at })
      .execute();
  }

  async listEvents(noticeId: string) {
    return this.db
      .selectFrom('supervision_notice_events as e')
      .innerJoin('users as u', 'u.id', 'e.user_id')
      .select(['e.id', 'e.action', 'e.from_status', 'e.to_status', 'e.note', 'e.at', 'u.display_name'])
      .where('e.notice_id', '=', noticeId)
      .orderBy('e.id')
      .execute();
  }

  async addAttachment(a: { planId: string; noticeId: string; sha256: string; fileName: string; uploadedBy: string; now: Date }) {
    return this.db
      .insertInto('supervision_notice_attachments')
      .values({ plan_id: a.planId, notice_id: a.noticeId, sha256: a.sha256, file_name: a.fileName, uploaded_by: a.uploadedBy, uploaded_at: a.now })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  async listAttachments(noticeId: string) {
    return this.db
      .selectFrom('supervision_notice_attachments as a')
      .innerJoin('stored_files as f', 'f.sha256', 'a.sha256')
      .select(['a.id', 'a.notice_id', 'a.file_name', 'a.sha256', 'a.uploaded_at', 'f.size', 'f.media_type'])
      .where('a.notice_id', '=', noticeId)
      .orderBy('a.uploaded_at')
      .execute();
  }

  async findAttachment(id: string) {
    return this.db
      .selectFrom('supervision_notice_attachments as a')
      .innerJoin('stored_files as f', 'f.sha256', 'a.sha256')
      .select(['a.id', 'a.notice_id', 'a.file_name', 'a.sha256', 'f.size', 'f.media_type'])
      .where('a.id', '=', id)
      .executeTakeFirst();
  }

  /** Claims one notice reminder (notice × kind × local day): true for exactly one caller. */
  async claimReminder(r: { noticeId: string; kind: string; day: string; now: Date }): Promise<boolean> {
    const row = await this.db
      .insertInto('supervision_reminder_ledger')
      .values({ notice_id: r.noticeId, reminder_kind: r.kind, day: r.day, created_at: r.now })
      .onConflict((oc) => oc.columns(['notice_id', 'reminder_kind', 'day']).doNothing())
      .returning('id')
      .executeTakeFirst();
    return row !== undefined;
  }

  /** Meeting decisions, to name the notices that follow them. */
  async listDecisionLabels(planId: string) {
    return this.db.selectFrom('work_meeting_decisions').select(['id', 'text']).where('plan_id', '=', planId).execute();
  }
}
