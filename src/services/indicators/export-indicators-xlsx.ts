import type { Store } from '../../db/store';
import type { Actor } from '../../domain/authorization/policy';
import { can } from '../../domain/authorization/policy';
import { DomainError } from '../../domain/errors';
import { STATUS_LABELS_ZH } from '../../domain/indicators/explain-status';
import { writeIndicatorsXlsx, type IndicatorSheetRow } from '../../documents/indicators-xlsx';
import { recordAudit } from '../audit/record-audit';
import type { RequestContext } from '../request-context';
import { listIndicators } from './list-indicators';

const ATTRIBUTE_ZH = { expected: '预期性', binding: '约束性' } as const;
const REVIEW_ZH = { submitted: '待审核', accepted: '已通过', returned: '已退回' } as const;
const UNIT_ROLES = new Set(['unit_reporter', 'unit_head']);

/** The periods of a year an indicator takes values for: the year, and its quarters when tracked quarterly. */
const periodsOf = (year: number, tracking: string) => (tracking === 'yearly' ? [String(year)] : [String(year), ...[1, 2, 3, 4].map((q) => `${year}Q${q}`)]);

/**
 * The indicator table with actuals and status, which is also the bulk-entry template: a unit
 * account gets the indicators it provides, the county-wide roles every indicator. One row per
 * indicator and period (the plan's years, or `year`). Every export is audited.
 */
export async function exportIndicatorsXlsx(store: Store, actor: Actor, planId: string, year: number | null, ctx: RequestContext) {
  const plan = await store.repos.plans.findPlan(planId);
  if (!plan) throw new DomainError('not_found', 'No such plan.');
  const years = year !== null ? [year] : Array.from({ length: plan.end_year - plan.start_year + 1 }, (_, i) => plan.start_year + i);
  // listIndicators checks the plan and the right to read; one assessment per year for its status.
  const byYear = new Map(await Promise.all(years.map(async (y) => [y, await listIndicators(store, actor, planId, y)] as const)));
  const units = new Map((await store.repos.org.listUnits(plan.region_id)).map((u) => [u.id, u.name]));
  const unitAccount = actor.roles.some((r) => UNIT_ROLES.has(r)) && !actor.roles.includes('office');
  const rows: IndicatorSheetRow[] = [];
  for (const [y, indicators] of byYear) {
    for (const indicator of indicators) {
      if (unitAccount && !can(actor, 'indicator.enter', { kind: 'indicator', regionId: plan.region_id, providerUnitId: indicator.providerUnitId })) continue;
      for (const period of periodsOf(y, indicator.tracking)) {
        const current = indicator.values.find((v) => v.period === period);
        rows.push({
          number: indicator.number,
          name: indicator.name,
          unit: indicator.unit,
          attribute: indicator.origin === 'goal' ? '总体目标' : indicator.attribute ? ATTRIBUTE_ZH[indicator.attribute] : '',
          providerName: indicator.providerUnitId ? (units.get(indicator.providerUnitId) ?? '') : '',
          period,
          target: indicator.targets[String(y)] ?? null,
          currentValue: current?.value ?? null,
          reviewState: current ? REVIEW_ZH[current.status] : '',
          status: STATUS_LABELS_ZH[indicator.status],
          explanation: indicator.explanation,
        });
      }
    }
  }
  rows.sort((a, b) => a.number - b.number || a.period.localeCompare(b.period));
  const title = `${plan.title}指标${year !== null ? `（${year}年）` : ''}`;
  const bytes = await writeIndicatorsXlsx(title, rows, ctx.now);
  await store.transaction((repos) =>
    recordAudit(repos, ctx, actor, { action: 'indicator.export', outcome: 'success', object: { type: 'plan', id: planId }, details: { rows: rows.length, year } }),
  );
  return { fileName: `${title}.xlsx`, bytes };
}
