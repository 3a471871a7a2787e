import type { Store } from '../../db/store';
import { can, type Actor } from '../../domain/authorization/policy';
import { DomainError } from '../../domain/errors';
import { checkValuePeriod } from '../../domain/indicators/value-period';
import { periodLabel, readIndicatorsXlsx } from '../../documents/indicators-xlsx';
import type { SheetProblem } from '../../documents/units-xlsx';
import { recordAudit } from '../audit/record-audit';
import { authorize } from '../authorize';
import type { RequestContext } from '../request-context';
import { writeIndicatorValue } from './indicator-values';

const rejected = (problems: SheetProblem[]) =>
  new DomainError('validation_failed', `The workbook has ${problems.length} problem(s); nothing was imported.`, { problems });

/**
 * Reads a filled indicator workbook back (the template exportIndicatorsXlsx writes). Every row is
 * checked — the indicator exists, this account may enter it, the period fits its tracking and the
 * plan — and any problem rejects the whole file with the row, column and reason in Chinese. Else
 * every value is stored in one transaction and enters the office's review like a form entry;
 * rows that repeat the value already stored are left alone (re-uploading changes nothing).
 */
export async function importIndicatorValues(store: Store, actor: Actor, planId: string, bytes: Uint8Array, ctx: RequestContext) {
  const plan = await store.repos.plans.findPlan(planId);
  if (!plan || (actor.regionId !== null && plan.region_id !== actor.regionId)) throw new DomainError('not_found', 'No such plan.');
  authorize(actor, 'indicator.read', { kind: 'indicator', regionId: plan.region_id, providerUnitId: null });
  const { rows, problems } = await readIndicatorsXlsx(bytes);
  if (problems.length === 0 && rows.length === 0) throw rejected([{ row: 0, column: 'L', message: '没有填写任何填报值' }]);
  const [indicators, values] = await Promise.all([store.repos.plans.listIndicators(planId), store.repos.indicators.listValuesOfPlan(planId)]);
  const seen = new Map<string, number>();
  const writes: Array<{ indicatorId: string; period: string; value: number; source: string; note: string }> = [];
  let unchanged = 0;
  for (const row of rows) {
    const indicator = indicators.find((i) => i.number === row.number);
    if (!indicator) {
      problems.push({ row: row.sheetRow, column: 'A', message: `序号${row.number}不是本方案的指标` });
      continue;
    }
    if (!can(actor, 'indicator.enter', { kind: 'indicator', regionId: plan.region_id, providerUnitId: indicator.provider_unit_id })) {
      problems.push({ row: row.sheetRow, column: 'A', message: `无权填报第${row.number}项指标（该指标由其他单位填报）` });
      continue;
    }
    // Overall goals are numbered after the table: a revised plan whose table grew moves them,
    // so a template from before names another indicator under the same number.
    if (row.name !== '' && row.name !== indicator.name) {
      problems.push({ row: row.sheetRow, column: 'B', message: `指标名称“${row.name}”与序号${row.number}的指标“${indicator.name}”不一致，请重新下载模板` });
      continue;
    }
    const period = checkValuePeriod(row.period, indicator.tracking, { startYear: plan.start_year, endYear: plan.end_year });
    if (period) problems.push({ row: row.sheetRow, column: 'F', message: period.zh });
    const key = `${indicator.id}|${row.period}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) problems.push({ row: row.sheetRow, column: 'F', message: `第${row.number}项指标${periodLabel(row.period)}与第${earlier}行重复` });
    seen.set(key, row.sheetRow);
    const current = values.find((v) => v.indicator_id === indicator.id && v.period === row.period);
    if (current && current.status !== 'returned' && current.value === row.value && current.source === row.source && current.note === row.note) unchanged += 1;
    else writes.push({ indicatorId: indicator.id, period: row.period, value: row.value, source: row.source, note: row.note });
  }
  if (problems.length > 0) throw rejected(problems);

  return store.transaction(async (repos) => {
    for (const write of writes) await writeIndicatorValue(repos, actor, { planId, ...write }, ctx, 'xlsx');
    await recordAudit(repos, ctx, actor, { action: 'indicator.import', outcome: 'success', object: { type: 'plan', id: planId }, details: { entered: writes.length, unchanged } });
    return { entered: writes.length, unchanged };
  });
}
