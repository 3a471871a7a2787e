import { sql, type Kysely } from 'kysely';
import type { GoalIndicator } from '../domain/indicators/goal-indicators';
import type { DB, PlanRow, TaskUnitRole } from './schema';

export interface TaskRowWithUnits {
  id: string;
  number: number;
  title: string;
  text: string;
  unit_clause: string | null;
  source_line: number | null;
  is_retired: boolean;
  section_id: string;
  section_ordinal: number;
  section_number: string | null;
  section_title: string;
  units: Array<{ unitId: string; name: string; role: TaskUnitRole }>;
}

/** An overall goal's registry entry as plan import writes it (plan_indicators, origin 'goal'): the domain's entry with its number and whether it is retired. */
export type GoalIndicatorRow = GoalIndicator & { number: number; isRetired: boolean };

export interface TargetInsert {
  taskId: string | null;
  metric: string;
  comparator: string;
  value: number;
  maxValue: number | null;
  qualifier: string | null;
  unit: string | null;
  year: number | null;
  startYear: number | null;
  cadence: string;
  kind: string;
  theme: string | null;
  text: string;
  line: number | null;
}

/** A plan's content: imports waiting for confirmation, sections, tasks, targets, indicators, findings. */
export class PlansRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async insertImport(row: { regionId: string; planId: string | null; fileName: string; document: unknown; uploadedBy: string; now: Date }): Promise<string> {
    const { id } = await this.db
      .insertInto('plan_imports')
      .values({ region_id: row.regionId, plan_id: row.planId, file_name: row.fileName, document: JSON.stringify(row.document), uploaded_by: row.uploadedBy, created_at: row.now })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  }

  async findImport(id: string) {
    return this.db.selectFrom('plan_imports').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async latestConfirmedImport(planId: string) {
    return this.db
      .selectFrom('plan_imports')
      .selectAll()
      .where('plan_id', '=', planId)
      .where('confirmed_at', 'is not', null)
      .orderBy('confirmed_at', 'desc')
      .limit(1)
      .executeTakeFirst();
  }

  async markImportConfirmed(id: string, planId: string, now: Date): Promise<void> {
    await this.db.updateTable('plan_imports').set({ confirmed_at: now, plan_id: planId }).where('id', '=', id).execute();
  }

  async listPlans(regionId: string): Promise<PlanRow[]> {
    return this.db.selectFrom('plans').selectAll().where('region_id', '=', regionId).orderBy('start_year', 'desc').orderBy('title').execute();
  }

  async findPlan(id: string): Promise<PlanRow | undefined> {
    return this.db.selectFrom('plans').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async updatePlan(id: string, patch: Partial<{ title: string; documentNumber: string | null; startYear: number; endYear: number; rules: unknown; metadata: unknown; officeUnitId: string | null; importedAt: Date }>): Promise<void> {
    await this.db
      .updateTable('plans')
      .set({
        ...(patch.title !== undefined ? { title: patch.title } : {}),
        ...(patch.documentNumber !== undefined ? { document_number: patch.documentNumber } : {}),
        ...(patch.startYear !== undefined ? { start_year: patch.startYear } : {}),
        ...(patch.endYear !== undefined ? { end_year: patch.endYear } : {}),
        ...(patch.rules !== undefined ? { rules: JSON.stringify(patch.rules) } : {}),
        ...(patch.metadata !== undefined ? { metadata: JSON.stringify(patch.metadata) } : {}),
        ...(patch.officeUnitId !== undefined ? { office_unit_id: patch.officeUnitId } : {}),
        ...(patch.importedAt !== undefined ? { imported_at: patch.importedAt, updated_at: patch.importedAt } : {}),
      })
      .where('id', '=', id)
      .execute();
  }

  async upsertSection(planId: string, section: { ordinal: number; number: string | null; title: string }): Promise<string> {
    const { id } = await this.db
      .insertInto('plan_sections')
      .values({ plan_id: planId, ...section })
      .onConflict((oc) => oc.columns(['plan_id', 'ordinal']).doUpdateSet({ number: section.number, title: section.title }))
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  }

  async upsertTask(planId: string, task: { sectionId: string; number: number; title: string; text: string; unitClause: string | null; line: number | null }, now: Date): Promise<string> {
    const values = { section_id: task.sectionId, title: task.title, text: task.text, unit_clause: task.unitClause, source_line: task.line, is_retired: false, updated_at: now };
    const { id } = await this.db
      .insertInto('plan_tasks')
      .values({ plan_id: planId, number: task.number, created_at: now, ...values })
      .onConflict((oc) => oc.columns(['plan_id', 'number']).doUpdateSet(values))
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  }

  /** Retires the plan's tasks whose numbers are not in `keep` (they keep their history). */
  async retireTasksExcept(planId: string, keep: readonly number[], now: Date): Promise<void> {
    let query = this.db.updateTable('plan_tasks').set({ is_retired: true, updated_at: now }).where('plan_id', '=', planId);
    if (keep.length > 0) query = query.where('number', 'not in', keep);
    await query.execute();
  }

  async replaceTaskUnits(planId: string, taskId: string, units: ReadonlyArray<{ unitId: string; role: TaskUnitRole }>): Promise<void> {
    await this.db.deleteFrom('task_units').where('task_id', '=', taskId).execute();
    if (units.length === 0) return;
    // A unit named twice in one role (as itself and by alias) is one assignment.
    const seen = new Set<string>();
    const rows = units.filter((u) => !seen.has(`${u.unitId}/${u.role}`) && seen.add(`${u.unitId}/${u.role}`));
    await this.db
      .insertInto('task_units')
      .values(rows.map((u, index) => ({ plan_id: planId, task_id: taskId, unit_id: u.unitId, role: u.role, sort_order: index })))
      .execute();
  }

  /**
   * Replaces the plan's targets, group by group (the overall goals, then each task's), but leaves
   * a group untouched when its targets read the same: their ids, which reports' progress figures
   * point at, survive a re-import of an unchanged task.
   */
  async replaceTargets(planId: string, targets: readonly TargetInsert[]): Promise<void> {
    const signature = (t: { metric: string; comparator: string; value: number; unit: string | null; year: number | null; text: string }) =>
      JSON.stringify([t.metric, t.comparator, Number(t.value), t.unit, t.year, t.text]);
    const existing = await this.db.selectFrom('plan_targets').selectAll().where('plan_id', '=', planId).orderBy('sort_order').execute();
    const groupKey = (taskId: string | null) => taskId ?? 'goals';
    const before = new Map<string, string[]>();
    for (const t of existing) before.set(groupKey(t.task_id), [...(before.get(groupKey(t.task_id)) ?? []), signature(t)]);
    const after = new Map<string, TargetInsert[]>();
    for (const t of targets) after.set(groupKey(t.taskId), [...(after.get(groupKey(t.taskId)) ?? []), t]);

    for (const key of new Set([...before.keys(), ...after.keys()])) {
      const next = after.get(key) ?? [];
      if (JSON.stringify(before.get(key) ?? []) === JSON.stringify(next.map(signature))) continue;
      let remove = this.db.deleteFrom('plan_targets').where('plan_id', '=', planId);
      remove = key === 'goals' ? remove.where('task_id', 'is', null) : remove.where('task_id', '=', key);
      await remove.execute();
      if (next.length === 0) continue;
      await this.db
        .insertInto('plan_targets')
        .values(
          next.map((t, index) => ({
            plan_id: planId,
            task_id: t.taskId,
            metric: t.metric,
            comparator: t.comparator,
            value: t.value,
            max_value: t.maxValue,
            qualifier: t.qualifier,
            unit: t.unit,
            year: t.year,
            start_year: t.startYear,
            cadence: t.cadence,
            kind: t.kind,
            theme: t.theme,
            text: t.text,
            source_line: t.line,
            sort_order: index,
          })),
        )
        .execute();
    }
  }

  async upsertIndicator(planId: string, indicator: { number: number; name: string; unit: string | null; comparator: string | null; attribute: 'expected' | 'binding' | null; direction: 'higher' | 'lower'; targets: Record<string, number>; line: number | null }): Promise<void> {
    const values = {
      name: indicator.name,
      unit: indicator.unit,
      comparator: indicator.comparator,
      attribute: indicator.attribute,
      direction: indicator.direction,
      targets: JSON.stringify(indicator.targets),
      source_line: indicator.line,
      is_retired: false,
    };
    await this.db
      .insertInto('plan_indicators')
      .values({ plan_id: planId, number: indicator.number, ...values })
      .onConflict((oc) => oc.columns(['plan_id', 'number']).doUpdateSet(values))
      .execute();
  }

  /** Retires the annual table's indicators the document no longer numbers (goal entries are kept apart). */
  async retireIndicatorsExcept(planId: string, keep: readonly number[]): Promise<void> {
    let query = this.db.updateTable('plan_indicators').set({ is_retired: true }).where('plan_id', '=', planId).where('origin', '=', 'table');
    if (keep.length > 0) query = query.where('number', 'not in', keep);
    await query.execute();
  }

  /**
   * Writes an overall goal's registry entry (origin 'goal'): updated in place when `id` names the
   * row found by its metric key and kind, so its values, baseline and provider stay; else inserted.
   */
  async saveGoalIndicator(planId: string, id: string | null, goal: GoalIndicatorRow): Promise<void> {
    const values = {
      number: goal.number,
      name: goal.name,
      unit: goal.unit,
      comparator: goal.comparator,
      qualifier: goal.qualifier,
      attribute: null,
      direction: goal.direction,
      targets: JSON.stringify(goal.targets),
      goal_text: goal.text,
      theme: goal.theme,
      source_line: goal.line,
      is_retired: goal.isRetired,
    };
    if (id) {
      await this.db.updateTable('plan_indicators').set(values).where('id', '=', id).where('origin', '=', 'goal').execute();
      return;
    }
    await this.db
      .insertInto('plan_indicators')
      .values({ plan_id: planId, origin: 'goal', kind: goal.kind, metric_key: goal.metricKey, ...values })
      .execute();
  }

  /** Retires goal entries (and renumbers them where a grown table took their number). */
  async retireGoalIndicator(id: string, number: number): Promise<void> {
    await this.db.updateTable('plan_indicators').set({ is_retired: true, number }).where('id', '=', id).where('origin', '=', 'goal').execute();
  }

  async replaceFindings(planId: string, findings: ReadonlyArray<{ severity: 'error' | 'warning' | 'info'; code: string; message: string; messageZh: string; line: number | null; params: Record<string, string | number> }>): Promise<void> {
    await this.db.deleteFrom('plan_findings').where('plan_id', '=', planId).execute();
    if (findings.length === 0) return;
    await this.db
      .insertInto('plan_findings')
      .values(findings.map((f) => ({ plan_id: planId, severity: f.severity, code: f.code, message: f.message, message_zh: f.messageZh, source_line: f.line, params: JSON.stringify(f.params) })))
      .execute();
  }

  async setLeadingGroup(planId: string, name: string, officeUnitId: string | null, now: Date): Promise<void> {
    await this.db
      .insertInto('leading_groups')
      .values({ plan_id: planId, name, office_unit_id: officeUnitId, updated_at: now })
      .onConflict((oc) => oc.column('plan_id').doUpdateSet({ name, office_unit_id: officeUnitId, updated_at: now }))
      .execute();
  }

  /** The active tasks a unit takes part in, across the county's plans, with its role in each. */
  async listTasksOfUnit(unitId: string) {
    return this.db
      .selectFrom('task_units as tu')
      .innerJoin('plan_tasks as t', 't.id', 'tu.task_id')
      .innerJoin('plans as p', 'p.id', 't.plan_id')
      .innerJoin('plan_sections as s', 's.id', 't.section_id')
      .select(['p.id as plan_id', 'p.title as plan_title', 't.id as task_id', 't.number', 't.title', 's.number as section_number', 's.title as section_title', 'tu.role'])
      .where('tu.unit_id', '=', unitId)
      .where('t.is_retired', '=', false)
      .where('p.status', '=', 'active')
      .orderBy('p.start_year', 'desc')
      .orderBy('t.number')
      .orderBy('tu.role')
      .execute();
  }

  async findLeadingGroup(planId: string) {
    const group = await this.db.selectFrom('leading_groups').selectAll().where('plan_id', '=', planId).executeTakeFirst();
    if (!group) return null;
    const members = await this.db.selectFrom('leading_group_members').selectAll().where('leading_group_id', '=', group.id).orderBy('sort_order').execute();
    return { ...group, members };
  }

  async replaceLeadingGroupMembers(planId: string, groupId: string, members: ReadonlyArray<{ position: 'head' | 'deputy_head' | 'member'; personTitle: string | null; unitId: string | null }>): Promise<void> {
    await this.db.deleteFrom('leading_group_members').where('leading_group_id', '=', groupId).execute();
    if (members.length === 0) return;
    await this.db
      .insertInto('leading_group_members')
      .values(members.map((m, index) => ({ plan_id: planId, leading_group_id: groupId, position: m.position, person_title: m.personTitle, unit_id: m.unitId, sort_order: index })))
      .execute();
  }

  async listSections(planId: string) {
    return this.db.selectFrom('plan_sections').selectAll().where('plan_id', '=', planId).orderBy('ordinal').execute();
  }

  /** Every task of the plan with its section and units (lead, responsible, cooperating), in order. */
  async listTasks(planId: string, options: { includeRetired?: boolean } = {}): Promise<TaskRowWithUnits[]> {
    let query = this.db
      .selectFrom('plan_tasks as t')
      .innerJoin('plan_sections as s', 's.id', 't.section_id')
      .select([
        't.id',
        't.number',
        't.title',
        't.text',
        't.unit_clause',
        't.source_line',
        't.is_retired',
        't.section_id',
        's.ordinal as section_ordinal',
        's.number as section_number',
        's.title as section_title',
        sql<Array<{ unitId: string; name: string; role: TaskUnitRole }>>`coalesce((
          select json_agg(json_build_object('unitId', u.id, 'name', u.name, 'role', tu.role) order by tu.role, tu.sort_order)
          from task_units tu join units u on u.id = tu.unit_id where tu.task_id = t.id), '[]'::json)`.as('units'),
      ])
      .where('t.plan_id', '=', planId)
      .orderBy('t.number');
    if (!options.includeRetired) query = query.where('t.is_retired', '=', false);
    return query.execute();
  }

  async listTargets(planId: string) {
    return this.db.selectFrom('plan_targets').selectAll().where('plan_id', '=', planId).orderBy('sort_order').execute();
  }

  /**
   * The plan's indicators: the annual table's (by number), then the overall goals' entries.
   * `origin` keeps one of the two (the plan view and a re-import's comparison want the table).
   */
  async listIndicators(planId: string, options: { includeRetired?: boolean; origin?: 'table' | 'goal' } = {}) {
    let query = this.db.selectFrom('plan_indicators').selectAll().where('plan_id', '=', planId).orderBy('origin', 'desc').orderBy('number');
    if (!options.includeRetired) query = query.where('is_retired', '=', false);
    if (options.origin) query = query.where('origin', '=', options.origin);
    return query.execute();
  }

  async listFindings(planId: string) {
    return this.db.selectFrom('plan_findings').selectAll().where('plan_id', '=', planId).orderBy('source_line').execute();
  }
}
