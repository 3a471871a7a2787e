import { sql, type Kysely } from 'kysely';
import type { DB } from './schema';

/** Indicator settings (baseline, provider, tracking) and actual values. */
export class IndicatorsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async findIndicator(id: string) {
    return this.db.selectFrom('plan_indicators').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async updateSettings(
    id: string,
    settings: { baselineYear: number | null; baselineValue: number | null; providerUnitId: string | null; tracking: 'yearly' | 'quarterly_cumulative' | 'quarterly_point'; tolerance: number | null },
  ): Promise<void> {
    await this.db
      .updateTable('plan_indicators')
      .set({ baseline_year: settings.baselineYear, baseline_value: settings.baselineValue, provider_unit_id: settings.providerUnitId, tracking: settings.tracking, tolerance: settings.tolerance })
      .where('id', '=', id)
      .execute();
  }

  async listValuesOfPlan(planId: string) {
    return this.db.selectFrom('indicator_values').selectAll().where('plan_id', '=', planId).orderBy('period').execute();
  }

  async findValue(id: string) {
    return this.db.selectFrom('indicator_values').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Enters (or corrects) the value of a period; it goes back to the office for review. */
  async upsertValue(v: { planId: string; indicatorId: string; period: string; year: number; value: number; source: string; note: string; enteredBy: string; now: Date }) {
    const values = { value: v.value, source: v.source, note: v.note, status: 'submitted' as const, entered_by: v.enteredBy, entered_at: v.now, reviewed_by: null, reviewed_at: null, return_reason: null };
    return this.db
      .insertInto('indicator_values')
      .values({ plan_id: v.planId, indicator_id: v.indicatorId, period: v.period, year: v.year, ...values })
      .onConflict((oc) => oc.columns(['indicator_id', 'period']).doUpdateSet({ ...values, version: sql<number>`indicator_values.version + 1` }))
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  async review(id: string, review: { status: 'accepted' | 'returned'; reason: string | null; by: string; now: Date }) {
    return this.db
      .updateTable('indicator_values')
      .set({ status: review.status, return_reason: review.reason, reviewed_by: review.by, reviewed_at: review.now, version: sql<number>`version + 1` })
      .where('id', '=', id)
      .where('status', '=', 'submitted')
      .returningAll()
      .executeTakeFirst();
  }

  /** Evidence (佐证材料) on a value; the file itself is in stored_files, by its hash. */
  async addEvidence(e: { planId: string; valueId: string; sha256: string; fileName: string; uploadedBy: string; now: Date }) {
    return this.db
      .insertInto('indicator_value_evidence')
      .values({ plan_id: e.planId, value_id: e.valueId, sha256: e.sha256, file_name: e.fileName, uploaded_by: e.uploadedBy, uploaded_at: e.now })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  private evidence() {
    return this.db
      .selectFrom('indicator_value_evidence as e')
      .innerJoin('stored_files as f', 'f.sha256', 'e.sha256')
      .select(['e.id', 'e.value_id', 'e.file_name', 'e.sha256', 'e.uploaded_at', 'f.size', 'f.media_type']);
  }

  async listEvidenceOfPlan(planId: string) {
    return this.evidence().where('e.plan_id', '=', planId).orderBy('e.uploaded_at').execute();
  }

  async findEvidence(id: string) {
    return this.evidence().where('e.id', '=', id).executeTakeFirst();
  }

  /** The office's choices of governing target (goal or table) for the plan's indicators. */
  async listTargetChoices(planId: string) {
    return this.db
      .selectFrom('indicator_target_choices as c')
      .innerJoin('plan_indicators as i', 'i.id', 'c.indicator_id')
      .select(['c.indicator_id', 'c.year', 'c.governs', 'c.chosen_by', 'c.chosen_at'])
      .where('i.plan_id', '=', planId)
      .execute();
  }

  async saveTargetChoice(choice: { indicatorId: string; year: number; governs: 'goal' | 'table'; by: string; now: Date }): Promise<void> {
    const values = { governs: choice.governs, chosen_by: choice.by, chosen_at: choice.now };
    await this.db
      .insertInto('indicator_target_choices')
      .values({ indicator_id: choice.indicatorId, year: choice.year, ...values })
      .onConflict((oc) => oc.columns(['indicator_id', 'year']).doUpdateSet(values))
      .execute();
  }
}
