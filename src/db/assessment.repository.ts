import { sql, type Kysely } from 'kysely';
import type { DB } from './schema';

/** The assessment's scheme per plan, the office's ratings of reports, and its adjustments. */
export class AssessmentRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async findScheme(planId: string) {
    return this.db.selectFrom('assessment_schemes').selectAll().where('plan_id', '=', planId).executeTakeFirst();
  }

  async saveScheme(s: { planId: string; scheme: unknown; by: string; now: Date }): Promise<void> {
    const values = { scheme: JSON.stringify(s.scheme), updated_by: s.by, updated_at: s.now };
    await this.db
      .insertInto('assessment_schemes')
      .values({ plan_id: s.planId, ...values })
      .onConflict((oc) => oc.column('plan_id').doUpdateSet(values))
      .execute();
  }

  /** One rating per report: rating again replaces it (the audit log keeps the earlier one). */
  async saveRating(r: { reportId: string; planId: string; score: number; note: string; by: string; now: Date }) {
    const values = { score: r.score, note: r.note, rated_by: r.by, rated_at: r.now };
    return this.db
      .insertInto('report_ratings')
      .values({ report_id: r.reportId, plan_id: r.planId, ...values })
      .onConflict((oc) => oc.column('report_id').doUpdateSet(values))
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  async findRating(reportId: string) {
    return this.db.selectFrom('report_ratings').selectAll().where('report_id', '=', reportId).executeTakeFirst();
  }

  async listRatings(planId: string) {
    return this.db.selectFrom('report_ratings').selectAll().where('plan_id', '=', planId).execute();
  }

  async insertAdjustment(a: { planId: string; year: number; unitId: string; points: number; reason: string; by: string; now: Date }) {
    return this.db
      .insertInto('assessment_adjustments')
      .values({ plan_id: a.planId, year: a.year, unit_id: a.unitId, points: a.points, reason: a.reason, created_by: a.by, created_at: a.now })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  async listAdjustments(planId: string, year: number) {
    return this.db.selectFrom('assessment_adjustments').selectAll().where('plan_id', '=', planId).where('year', '=', year).orderBy('created_at').execute();
  }

  /** When each notice of the plan was first responded to (a return does not reset it). */
  async firstResponses(planId: string): Promise<Map<string, Date>> {
    const rows = await this.db
      .selectFrom('supervision_notice_events')
      .select(['notice_id', sql<Date>`min("at")`.as('at')])
      .where('plan_id', '=', planId)
      .where('action', '=', 'respond')
      .groupBy('notice_id')
      .execute();
    return new Map(rows.map((r) => [r.notice_id, new Date(r.at)]));
  }
}
