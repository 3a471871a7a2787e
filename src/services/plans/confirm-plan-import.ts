import type { Repositories, Store } from '../../db/store';
import type { TaskUnitRole } from '../../db/schema';
import type { Actor } from '../../domain/authorization/policy';
import { DomainError } from '../../domain/errors';
import type { UnitResolution } from '../../domain/plans/resolve-units';
import type { PlanDocument, Target } from '../../parser';
import { recordAudit } from '../audit/record-audit';
import { authorize } from '../authorize';
import type { RequestContext } from '../request-context';
import { prepareImport, type ImportDescription } from './describe-import';
import { applyGoalIndicators } from './sync-goal-indicators';

const targetRow = (taskId: string | null, t: Target, theme: string | null = null) => ({
  taskId,
  metric: t.metric,
  comparator: t.comparator,
  value: t.value,
  maxValue: t.maxValue,
  qualifier: t.qualifier,
  unit: t.unit,
  year: t.year,
  startYear: t.startYear,
  cadence: t.cadence,
  kind: t.kind,
  theme,
  text: t.text,
  line: t.line,
});

/**
 * Creates the units the plan names that the registry lacks; returns every name the plan uses
 * for a unit (its name and its aliases, as written) → unit id.
 */
async function createMissingUnits(
  repos: Repositories,
  regionId: string,
  named: PlanDocument['units'],
  resolutions: readonly UnitResolution[],
): Promise<Map<string, string>> {
  const byName = new Map<string, string>();
  const fresh = resolutions.filter((r): r is Extract<UnitResolution, { status: 'new' }> => r.status === 'new');
  const existingCount = (await repos.org.listUnits(regionId)).length;
  const created = await repos.org.insertUnits(
    regionId,
    fresh.map((r, index) => ({ name: r.name, kind: r.kind, aliases: r.aliases.filter((a) => a !== r.name), sortOrder: existingCount + index })),
  );
  for (const unit of created) byName.set(unit.name, unit.id);
  for (const r of resolutions) if (r.status === 'matched') byName.set(r.name, r.unitId);
  const ids = new Map<string, string>();
  named.forEach((unit, index) => {
    const id = byName.get(resolutions[index]!.name);
    if (id) for (const name of [unit.name, ...unit.aliases]) ids.set(name, id);
  });
  return ids;
}

/** Every unit a task names must resolve; a silent drop would lose an assignment. */
function unitIdOf(ids: ReadonlyMap<string, string>, name: string, taskNumber: number): string {
  const id = ids.get(name);
  if (!id) throw new DomainError('validation_failed', `Task ${taskNumber} names the unit "${name}", which the plan's unit list does not contain.`);
  return id;
}

/**
 * Step 2: the office confirms a previewed document. The plan (new, or the one being revised)
 * gets the document's sections, tasks and their units, targets, indicators, findings and rules,
 * in one transaction. Tasks and indicators are updated in place by number, so what hangs on
 * them (reports, actual values) stays; ones the document no longer has are retired, not deleted.
 * Overall goals the annual table does not measure get registry entries of their own, found again
 * by metric key: the steps the preview showed are the ones written (sync-goal-indicators.ts).
 */
export async function confirmPlanImport(
  store: Store,
  actor: Actor,
  importId: string,
  input: { unitOverrides?: Record<string, string> | undefined },
  ctx: RequestContext,
): Promise<{ planId: string; description: ImportDescription }> {
  const confirmed = await store.transaction(async (repos) => {
    const row = await repos.plans.findImport(importId);
    if (!row || (actor.regionId !== null && row.region_id !== actor.regionId)) throw new DomainError('not_found', 'No such import.');
    authorize(actor, 'plan.manage', { kind: 'region', regionId: row.region_id });
    if (row.confirmed_at) throw new DomainError('conflict', 'This import was already confirmed.');
    const { description, years, goalSteps } = await prepareImport(repos, row, input.unitOverrides ?? {});
    const { document } = description;
    const unitIds = await createMissingUnits(repos, row.region_id, document.units, description.units);
    const officeUnitId = document.rules.office?.hostUnit ? (unitIds.get(document.rules.office.hostUnit) ?? null) : null;
    const title = document.metadata.title ?? row.file_name;

    let planId = row.plan_id;
    if (!planId) {
      const plan = await repos.org.insertPlan({
        regionId: row.region_id,
        code: `plan-${years.startYear}-${importId.slice(0, 8)}`,
        title,
        documentNumber: document.metadata.documentNumber,
        startYear: years.startYear,
        endYear: years.endYear,
        status: 'active',
      });
      planId = plan.id;
    }
    await repos.plans.updatePlan(planId, {
      title,
      documentNumber: document.metadata.documentNumber,
      ...years,
      rules: document.rules,
      metadata: document.metadata,
      officeUnitId,
      importedAt: ctx.now,
    });
    if (document.rules.leadingGroup) await repos.plans.setLeadingGroup(planId, document.rules.leadingGroup.name, officeUnitId, ctx.now);

    const targets = document.goals.map((goal) => targetRow(null, goal, goal.theme));
    for (const [index, section] of document.sections.entries()) {
      const sectionId = await repos.plans.upsertSection(planId, { ordinal: section.ordinal ?? index + 1, number: section.number, title: section.title });
      for (const task of section.tasks) {
        const taskId = await repos.plans.upsertTask(planId, { sectionId, number: task.number, title: task.title, text: task.text, unitClause: task.unitClause, line: task.line }, ctx.now);
        const assign = (names: string[], role: TaskUnitRole) => names.map((name) => ({ unitId: unitIdOf(unitIds, name, task.number), role }));
        await repos.plans.replaceTaskUnits(planId, taskId, [
          ...assign(task.leadUnits, 'lead'),
          ...assign(task.responsibleUnits, 'responsible'),
          ...assign(task.cooperatingUnits, 'cooperating'),
        ]);
        targets.push(...task.targets.map((t) => targetRow(taskId, t)));
      }
    }
    await repos.plans.retireTasksExcept(planId, document.sections.flatMap((s) => s.tasks.map((t) => t.number)), ctx.now);
    await repos.plans.replaceTargets(planId, targets);
    // The overall goals' entries first: one whose number a grown table needs moves out of its way.
    await applyGoalIndicators(repos, planId, goalSteps);
    for (const indicator of document.indicators) {
      await repos.plans.upsertIndicator(planId, { ...indicator, line: indicator.line });
    }
    await repos.plans.retireIndicatorsExcept(planId, document.indicators.map((i) => i.number));
    await repos.plans.replaceFindings(planId, document.findings);
    await repos.plans.markImportConfirmed(importId, planId, ctx.now);
    await recordAudit(repos, ctx, actor, {
      action: row.plan_id ? 'plan.reimport' : 'plan.import',
      outcome: 'success',
      object: { type: 'plan', id: planId },
      details: {
        fileName: row.file_name,
        tasks: description.changes.tasks,
        indicators: description.changes.indicators,
        goalIndicators: description.changes.goals,
        newUnits: description.units.filter((u) => u.status === 'new').map((u) => u.name),
      },
    });
    return { planId, description: { ...description, planId, confirmedAt: ctx.now.toISOString() } };
  });
  // A plan import writes hundreds of rows at once: let the planner see them.
  await store.refreshStatistics();
  return confirmed;
}
