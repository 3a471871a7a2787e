import type { Store } from '../../db/store';
import type { Actor } from '../../domain/authorization/policy';
import { obligationCells } from '../../domain/cockpit/drill-down';
import { ratesOf } from '../../domain/reporting/timeliness';
import { DomainError } from '../../domain/errors';
import { lightOf } from '../../domain/cockpit/lights';
import { listIndicators } from '../indicators/list-indicators';
import { authorizeCockpit, loadCockpitData } from './load-cockpit-data';

/**
 * One task's reports by unit across every opened quarter (the cockpit's task drill-down): its
 * lead unit's consolidated report and each responsible unit's report, each with its state and
 * timeliness.
 */
export async function getTaskReports(store: Store, actor: Actor, planId: string, taskId: string, now: Date) {
  const { plan, rule } = await authorizeCockpit(store, actor, planId);
  const data = await loadCockpitData(store, plan, rule);
  const task = data.tasks.find((t) => t.id === taskId);
  if (!task) throw new DomainError('not_found', 'No such task in this plan.');
  const section = data.sections.find((s) => s.id === task.sectionId);
  const obligations = data.obligations.filter((o) => o.taskId === taskId);
  const cells = obligationCells(data.periods, obligations, data.reports, data.rule, now);
  return {
    task: { id: task.id, number: task.number, title: task.title, section: section ? { number: section.number, title: section.title } : null },
    periods: data.periods.map((p) => ({ id: p.id, key: p.key, dueDate: p.dueDate })),
    units: obligations.map((o) => ({ unitId: o.unitId, unitName: data.units.get(o.unitId)?.name ?? '', kind: o.kind })),
    cells,
    rates: ratesOf(cells.map((c) => c.timeliness)),
  };
}

/**
 * Everything one unit owes in the plan and the state of each (the cockpit's unit drill-down):
 * every task's report in every opened quarter, newest quarter first, and the indicators whose
 * actual values it provides, with their status and their latest value's review state.
 */
export async function getUnitObligations(store: Store, actor: Actor, planId: string, unitId: string, now: Date) {
  const { plan, rule } = await authorizeCockpit(store, actor, planId);
  const data = await loadCockpitData(store, plan, rule);
  const unit = data.units.get(unitId);
  if (!unit) throw new DomainError('not_found', 'No such unit in this county.');
  const tasks = new Map(data.tasks.map((t) => [t.id, t]));
  const obligations = data.obligations
    .filter((o) => o.unitId === unitId)
    .sort((a, b) => tasks.get(a.taskId)!.number - tasks.get(b.taskId)!.number || a.kind.localeCompare(b.kind));
  const cells = obligationCells([...data.periods].reverse(), obligations, data.reports, data.rule, now);
  const year = Math.min(Math.max(now.getFullYear(), plan.start_year), plan.end_year);
  const provided = (await listIndicators(store, actor, planId, year)).filter((i) => i.providerUnitId === unitId);
  return {
    unit: { id: unit.id, name: unit.name, kind: unit.kind },
    indicators: provided.map((i) => {
      const latest = i.values.toSorted((a, b) => a.period.localeCompare(b.period)).at(-1);
      return { id: i.id, number: i.number, name: i.name, status: i.status, light: lightOf(i.status), latest: latest ? { period: latest.period, value: latest.value, status: latest.status } : null };
    }),
    tasks: [...new Set(obligations.map((o) => o.taskId))].map((id) => ({ id, number: tasks.get(id)!.number, title: tasks.get(id)!.title })),
    cells,
    rates: ratesOf(cells.map((c) => c.timeliness)),
  };
}
