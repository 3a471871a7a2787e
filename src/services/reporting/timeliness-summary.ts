import type { Store } from '../../db/store';
import type { Actor } from '../../domain/authorization/policy';
import { ratesOf } from '../../domain/reporting/timeliness';
import { authorize } from '../authorize';
import { loadPeriod } from './load-plan';
import { obligationsOfPeriod } from './period-obligations';

/**
 * Timeliness of a period: each obligation (on time, late by N days, missing, not yet due), each
 * unit's counts and rates, and the period's reporting rate and timely rate (DOMAIN.md, DHIS2).
 */
export async function timelinessSummary(store: Store, actor: Actor, periodId: string, now: Date) {
  const { period, plan, rule } = await loadPeriod(store.repos, actor, periodId);
  authorize(actor, 'timeliness.read', { kind: 'region', regionId: plan.region_id });
  const obligations = await obligationsOfPeriod(store.repos, plan, period, rule, now);
  const units = new Map((await store.repos.org.listUnits(plan.region_id)).map((u) => [u.id, u]));
  const tasks = new Map((await store.repos.plans.listTasks(plan.id)).map((t) => [t.id, t]));
  const byUnit = new Map<string, typeof obligations>();
  for (const o of obligations) byUnit.set(o.unitId, [...(byUnit.get(o.unitId) ?? []), o]);
  return {
    period: { id: period.id, key: period.key, dueDate: period.due_date, status: period.status },
    rates: ratesOf(obligations.map((o) => o.timeliness)),
    units: [...byUnit.entries()]
      .map(([unitId, list]) => ({
        unitId,
        unitName: units.get(unitId)?.name ?? '',
        unitKind: units.get(unitId)?.kind ?? 'department',
        rates: ratesOf(list.map((o) => o.timeliness)),
        late: list.filter((o) => o.timeliness.status === 'late').length,
        missing: list.filter((o) => o.timeliness.status === 'missing').length,
      }))
      .sort((a, b) => a.unitName.localeCompare(b.unitName, 'zh-CN')),
    obligations: obligations.map((o) => ({
      taskId: o.taskId,
      taskNumber: tasks.get(o.taskId)?.number ?? 0,
      taskTitle: tasks.get(o.taskId)?.title ?? '',
      unitId: o.unitId,
      kind: o.kind,
      reportId: o.report?.id ?? null,
      status: o.report?.status ?? 'not_started',
      firstSubmittedAt: o.report?.first_submitted_at?.toISOString() ?? null,
      timeliness: o.timeliness,
    })),
  };
}
