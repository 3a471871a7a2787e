import { sql, type Kysely, type Selectable, type Updateable } from 'kysely';
import type { DB, ReportKind, ReportStatus, ReportsTable, TargetProgress, TaskStatus } from './schema';

export type ReportRow = Selectable<ReportsTable>;

/** Periods, exceptions, reports and their versions. */
export class ReportingRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Open periods of the active plans, across every county (for the reminder job). */
  async listOpenPeriodsOfActivePlans() {
    return this.db
      .selectFrom('reporting_periods as p')
      .innerJoin('plans as pl', 'pl.id', 'p.plan_id')
      .selectAll('p')
      .where('p.status', '=', 'open')
      .where('pl.status', '=', 'active')
      .execute();
  }

  async listPeriods(planId: string) {
    return this.db.selectFrom('reporting_periods').selectAll().where('plan_id', '=', planId).orderBy('start_date').execute();
  }

  async findPeriod(id: string) {
    return this.db.selectFrom('reporting_periods').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async upsertOpenPeriod(p: { planId: string; key: string; year: number; start: string; end: string; dueDate: string; lateAfter: Date; now: Date }) {
    return this.db
      .insertInto('reporting_periods')
      .values({ plan_id: p.planId, key: p.key, year: p.year, start_date: p.start, end_date: p.end, due_date: p.dueDate, late_after: p.lateAfter, status: 'open', opened_at: p.now })
      .onConflict((oc) => oc.columns(['plan_id', 'key']).doUpdateSet({ status: 'open', closed_at: null }))
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  async closePeriod(id: string, now: Date): Promise<void> {
    await this.db.updateTable('reporting_periods').set({ status: 'closed', closed_at: now }).where('id', '=', id).execute();
  }

  async grantException(e: { planId: string; periodId: string; unitId: string; reason: string; grantedBy: string; now: Date }): Promise<void> {
    await this.db
      .insertInto('period_exceptions')
      .values({ plan_id: e.planId, period_id: e.periodId, unit_id: e.unitId, reason: e.reason, granted_by: e.grantedBy, created_at: e.now })
      .onConflict((oc) => oc.columns(['period_id', 'unit_id']).doUpdateSet({ reason: e.reason, granted_by: e.grantedBy, created_at: e.now }))
      .execute();
  }

  async hasException(periodId: string, unitId: string): Promise<boolean> {
    const row = await this.db.selectFrom('period_exceptions').select('unit_id').where('period_id', '=', periodId).where('unit_id', '=', unitId).executeTakeFirst();
    return row !== undefined;
  }

  /** Every unit assignment of the plan's active tasks. */
  async listAssignments(planId: string) {
    return this.db
      .selectFrom('task_units as tu')
      .innerJoin('plan_tasks as t', 't.id', 'tu.task_id')
      .select(['tu.task_id as taskId', 'tu.unit_id as unitId', 'tu.role'])
      .where('tu.plan_id', '=', planId)
      .where('t.is_retired', '=', false)
      .execute();
  }

  /**
   * The assignments that name a unit or a group it belongs to, on the active tasks of active
   * plans, with each task's number and title: a unit's share of the plans without reading every
   * unit's (task_units_unit_idx).
   */
  async listAssignmentsOfUnit(unitId: string) {
    return this.db
      .selectFrom('task_units as tu')
      .innerJoin('plan_tasks as t', 't.id', 'tu.task_id')
      .innerJoin('plans as p', 'p.id', 'tu.plan_id')
      .select(['tu.plan_id as planId', 'tu.task_id as taskId', 'tu.unit_id as unitId', 'tu.role', 't.number as taskNumber', 't.title as taskTitle'])
      .where((eb) => eb.or([eb('tu.unit_id', '=', unitId), eb('tu.unit_id', 'in', eb.selectFrom('unit_group_members').select('group_id').where('member_id', '=', unitId))]))
      .where('t.is_retired', '=', false)
      .where('p.status', '=', 'active')
      .execute();
  }

  /** The open periods of a county's active plans. */
  async listOpenPeriodsOfRegion(regionId: string) {
    return this.db
      .selectFrom('reporting_periods as rp')
      .innerJoin('plans as p', 'p.id', 'rp.plan_id')
      .selectAll('rp')
      .where('p.region_id', '=', regionId)
      .where('p.status', '=', 'active')
      .where('rp.status', '=', 'open')
      .orderBy('rp.start_date')
      .execute();
  }

  /** One unit's reports in the open periods (reports_unit_period_idx). */
  async listReportsOfUnitInOpenPeriods(unitId: string) {
    return this.db
      .selectFrom('reports as r')
      .innerJoin('reporting_periods as rp', 'rp.id', 'r.period_id')
      .selectAll('r')
      .where('r.unit_id', '=', unitId)
      .where('rp.status', '=', 'open')
      .execute();
  }

  /** The unit assignments of one task. */
  async listAssignmentsOfTask(taskId: string) {
    return this.db.selectFrom('task_units').select(['task_id as taskId', 'unit_id as unitId', 'role']).where('task_id', '=', taskId).execute();
  }

  async leadUnitsOfTask(taskId: string): Promise<string[]> {
    const rows = await this.db.selectFrom('task_units').select('unit_id').where('task_id', '=', taskId).where('role', '=', 'lead').execute();
    return rows.map((r) => r.unit_id);
  }

  private reports() {
    return this.db.selectFrom('reports').selectAll();
  }

  async findReport(id: string) {
    return this.reports().where('id', '=', id).executeTakeFirst();
  }

  /** The report for an obligation, created as an empty draft the first time it is opened. */
  async findOrCreateReport(o: { planId: string; periodId: string; taskId: string; unitId: string; kind: ReportKind; now: Date; userId: string }) {
    await this.db
      .insertInto('reports')
      .values({ plan_id: o.planId, period_id: o.periodId, task_id: o.taskId, unit_id: o.unitId, kind: o.kind, status: 'draft', created_at: o.now, updated_at: o.now, updated_by: o.userId })
      .onConflict((oc) => oc.columns(['period_id', 'task_id', 'unit_id', 'kind']).doNothing())
      .execute();
    return this.reports()
      .where('period_id', '=', o.periodId)
      .where('task_id', '=', o.taskId)
      .where('unit_id', '=', o.unitId)
      .where('kind', '=', o.kind)
      .executeTakeFirstOrThrow();
  }

  /**
   * Changes a report if it is still at `expectedVersion` (optimistic locking); the version goes
   * up by one. Undefined when someone else changed it first.
   */
  async updateIfVersion(id: string, expectedVersion: number, patch: Updateable<ReportsTable>) {
    return this.db
      .updateTable('reports')
      .set({ ...patch, version: sql<number>`version + 1` })
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .returningAll()
      .executeTakeFirst();
  }

  async insertVersion(v: { planId: string; reportId: string; content: unknown; submittedBy: string; submittedAt: Date }): Promise<number> {
    const { n } = await this.db
      .selectFrom('report_versions')
      .select((eb) => eb.fn.coalesce(eb.fn.max('number'), sql<number>`0`).as('n'))
      .where('report_id', '=', v.reportId)
      .executeTakeFirstOrThrow();
    const number = Number(n) + 1;
    await this.db
      .insertInto('report_versions')
      .values({ plan_id: v.planId, report_id: v.reportId, number, content: JSON.stringify(v.content), submitted_by: v.submittedBy, submitted_at: v.submittedAt })
      .execute();
    return number;
  }

  /** Every submitted version, oldest first, with the name of the account that submitted it. */
  async listVersions(reportId: string) {
    return this.db
      .selectFrom('report_versions as v')
      .leftJoin('users as u', 'u.id', 'v.submitted_by')
      .selectAll('v')
      .select('u.display_name as submitted_by_name')
      .where('v.report_id', '=', reportId)
      .orderBy('v.number')
      .execute();
  }

  /** What a report is about, for people: its task's number and title and its unit's name. */
  async labelsOfReports(reportIds: readonly string[]): Promise<Map<string, { taskNumber: number; taskTitle: string; unitName: string }>> {
    if (reportIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('reports as r')
      .innerJoin('plan_tasks as t', 't.id', 'r.task_id')
      .innerJoin('units as u', 'u.id', 'r.unit_id')
      .select(['r.id', 't.number', 't.title', 'u.name'])
      .where('r.id', 'in', reportIds)
      .execute();
    return new Map(rows.map((r) => [r.id, { taskNumber: r.number, taskTitle: r.title, unitName: r.name }]));
  }

  /** The periods of a plan in which the unit was granted an exception (it may write while closed). */
  async exceptionPeriodsOfUnit(planId: string, unitId: string): Promise<Set<string>> {
    const rows = await this.db.selectFrom('period_exceptions').select('period_id').where('plan_id', '=', planId).where('unit_id', '=', unitId).execute();
    return new Set(rows.map((r) => r.period_id));
  }

  async listReportsOfPeriod(periodId: string) {
    return this.reports().where('period_id', '=', periodId).execute();
  }

  async listReportsOfTask(periodId: string, taskId: string) {
    return this.reports().where('period_id', '=', periodId).where('task_id', '=', taskId).orderBy('kind').execute();
  }

  async listByStatus(planId: string, status: ReportStatus) {
    return this.reports().where('plan_id', '=', planId).where('status', '=', status).orderBy('submitted_at').execute();
  }

  /** Units of the county with an active unit_head account: their reports need approval. */
  async unitsWithHead(regionId: string): Promise<Set<string>> {
    const rows = await this.db
      .selectFrom('users')
      .select('unit_id')
      .where('region_id', '=', regionId)
      .where('is_active', '=', true)
      .where(sql<boolean>`'unit_head' = any(roles)`)
      .where('unit_id', 'is not', null)
      .execute();
    return new Set(rows.map((r) => r.unit_id!));
  }

  /** Active accounts of a unit that act for it (reporters and heads): who gets told. */
  async accountsOfUnit(unitId: string) {
    return this.db
      .selectFrom('users')
      .select(['id', 'login', 'display_name', 'email', 'phone'])
      .where('unit_id', '=', unitId)
      .where('is_active', '=', true)
      .where(sql<boolean>`roles && array['unit_reporter', 'unit_head']::text[]`)
      .execute();
  }
}

export type { TargetProgress, TaskStatus };
