import type { Kysely, Updateable } from 'kysely';
import type { DB, WorkMeetingsTable } from './schema';

/** Quarterly work meetings and their decisions (each followed by a supervision notice). */
export class MeetingsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async insertMeeting(m: { planId: string; title: string; heldOn: string; attendees: string[]; agenda: unknown; createdBy: string; now: Date }) {
    return this.db
      .insertInto('work_meetings')
      .values({ plan_id: m.planId, title: m.title, held_on: m.heldOn, attendees: JSON.stringify(m.attendees), agenda: JSON.stringify(m.agenda), created_by: m.createdBy, created_at: m.now, updated_at: m.now })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  async updateMeeting(id: string, patch: Updateable<WorkMeetingsTable>) {
    return this.db.updateTable('work_meetings').set(patch).where('id', '=', id).returningAll().executeTakeFirst();
  }

  async findMeeting(id: string) {
    return this.db.selectFrom('work_meetings').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async listMeetings(planId: string) {
    return this.db.selectFrom('work_meetings').selectAll().where('plan_id', '=', planId).orderBy('held_on', 'desc').execute();
  }

  async insertDecision(d: { planId: string; meetingId: string; text: string; unitId: string; dueDate: string; now: Date }) {
    return this.db
      .insertInto('work_meeting_decisions')
      .values({ plan_id: d.planId, meeting_id: d.meetingId, text: d.text, unit_id: d.unitId, due_date: d.dueDate, created_at: d.now })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  async linkNotice(decisionId: string, noticeId: string): Promise<void> {
    await this.db.updateTable('work_meeting_decisions').set({ notice_id: noticeId }).where('id', '=', decisionId).execute();
  }

  async listDecisions(meetingId: string) {
    return this.db.selectFrom('work_meeting_decisions').selectAll().where('meeting_id', '=', meetingId).orderBy('created_at').execute();
  }
}
