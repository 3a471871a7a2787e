import type { Repositories, Store } from '../../db/store';
import type { Actor } from '../../domain/authorization/policy';
import { DomainError } from '../../domain/errors';
import { checkValuePeriod } from '../../domain/indicators/value-period';
import { toPlainText } from '../../domain/reporting/plain-text';
import { periodLabel } from '../../documents/indicators-xlsx';
import { recordAudit } from '../audit/record-audit';
import { authorize } from '../authorize';
import { notifyUnit } from '../reporting/notify-unit';
import type { RequestContext } from '../request-context';

/** The indicator, its plan and its policy resource; not_found outside the actor's county. */
export async function loadIndicator(store: Store, actor: Actor, indicatorId: string) {
  const indicator = await store.repos.indicators.findIndicator(indicatorId);
  const plan = indicator ? await store.repos.plans.findPlan(indicator.plan_id) : undefined;
  if (!indicator || !plan || (actor.regionId !== null && plan.region_id !== actor.regionId)) throw new DomainError('not_found', 'No such indicator.');
  return { indicator, plan, resource: { kind: 'indicator' as const, regionId: plan.region_id, providerUnitId: indicator.provider_unit_id } };
}

/** The office sets an indicator's baseline, providing unit, tracking and 左右 tolerance. */
export async function updateIndicatorSettings(
  store: Store,
  actor: Actor,
  indicatorId: string,
  input: { baselineYear: number | null; baselineValue: number | null; providerUnitId: string | null; tracking: 'yearly' | 'quarterly_cumulative' | 'quarterly_point'; tolerance: number | null },
  ctx: RequestContext,
) {
  const { indicator, plan, resource } = await loadIndicator(store, actor, indicatorId);
  authorize(actor, 'indicator.manage', resource);
  if ((input.baselineYear === null) !== (input.baselineValue === null)) {
    throw new DomainError('validation_failed', 'A baseline needs both its year and its value.', { fields: [{ field: 'baselineValue', message: 'year and value together' }] });
  }
  // A growth rate is not a flow: a quarter's value is the year-to-date rate, never pro-rated.
  if (indicator.kind === 'annual_growth' && input.tracking === 'quarterly_cumulative') {
    throw new DomainError('validation_failed', 'A growth rate is tracked quarterly as point-in-time values (the year-to-date rate), not as a cumulative flow.', { fields: [{ field: 'tracking', message: 'quarterly_point for a growth rate' }] });
  }
  if (input.providerUnitId) {
    const unit = await store.repos.org.findUnit(input.providerUnitId);
    if (!unit || unit.region_id !== plan.region_id) throw new DomainError('validation_failed', 'No such unit in this county.', { fields: [{ field: 'providerUnitId', message: 'unknown unit' }] });
  }
  await store.transaction(async (repos) => {
    await repos.indicators.updateSettings(indicator.id, input);
    await recordAudit(repos, ctx, actor, {
      action: 'indicator.settings',
      outcome: 'success',
      object: { type: 'indicator', id: indicator.id },
      details: {
        before: { baselineYear: indicator.baseline_year, baselineValue: indicator.baseline_value, providerUnitId: indicator.provider_unit_id, tracking: indicator.tracking, tolerance: indicator.tolerance },
        after: input,
      },
    });
  });
}

/** The providing unit (or the office) enters an actual value for a year or quarter. */
export async function enterIndicatorValue(
  store: Store,
  actor: Actor,
  indicatorId: string,
  input: { period: string; value: number; source: string; note: string },
  ctx: RequestContext,
) {
  const { indicator, plan, resource } = await loadIndicator(store, actor, indicatorId);
  authorize(actor, 'indicator.enter', resource);
  const problem = checkValuePeriod(input.period, indicator.tracking, { startYear: plan.start_year, endYear: plan.end_year });
  if (problem) throw new DomainError('validation_failed', problem.en, { fields: [{ field: 'period', message: problem.en }] });
  return store.transaction(async (repos) => {
    const row = await writeIndicatorValue(repos, actor, { planId: plan.id, indicatorId: indicator.id, ...input }, ctx);
    return { id: row.id, period: row.period, value: row.value, status: row.status };
  });
}

/**
 * Stores a value (a correction too) for the office to review, and audits it: the one write
 * behind the form and the .xlsx import. Run inside the caller's transaction.
 */
export async function writeIndicatorValue(
  repos: Repositories,
  actor: Actor,
  input: { planId: string; indicatorId: string; period: string; value: number; source: string; note: string },
  ctx: RequestContext,
  via: 'form' | 'xlsx' = 'form',
) {
  const year = Number(input.period.slice(0, 4));
  const row = await repos.indicators.upsertValue({ ...input, year, source: toPlainText(input.source), note: toPlainText(input.note), enteredBy: actor.userId, now: ctx.now });
  await recordAudit(repos, ctx, actor, { action: 'indicator.value', outcome: 'success', object: { type: 'indicator', id: input.indicatorId }, details: { period: input.period, value: input.value, source: input.source, via } });
  return row;
}

/**
 * The office accepts a value, or returns it with a reason; a returned value no longer counts in
 * the status, and the providing unit is told in the app (with the reason and a link to the page).
 */
export async function reviewIndicatorValue(store: Store, actor: Actor, valueId: string, input: { accept: boolean; reason?: string | undefined }, ctx: RequestContext) {
  const value = await store.repos.indicators.findValue(valueId);
  if (!value) throw new DomainError('not_found', 'No such value.');
  const { indicator, resource } = await loadIndicator(store, actor, value.indicator_id);
  authorize(actor, 'indicator.review', resource);
  const reason = input.reason?.trim() ?? '';
  if (!input.accept && reason === '') throw new DomainError('validation_failed', 'Say why the value is returned.', { fields: [{ field: 'reason', message: 'required' }] });
  return store.transaction(async (repos) => {
    const row = await repos.indicators.review(value.id, { status: input.accept ? 'accepted' : 'returned', reason: input.accept ? null : reason, by: actor.userId, now: ctx.now });
    if (!row) throw new DomainError('conflict', 'Only a value waiting for review can be accepted or returned.', { status: value.status });
    await recordAudit(repos, ctx, actor, { action: input.accept ? 'indicator.accept' : 'indicator.return', outcome: 'success', object: { type: 'indicator_value', id: value.id }, details: reason ? { reason } : {} });
    if (!input.accept && indicator.provider_unit_id) {
      await notifyUnit(
        repos,
        indicator.provider_unit_id,
        { planId: value.plan_id, kind: 'indicator_value_returned', title: `指标数值被退回：${indicator.name}`, body: `${periodLabel(value.period)}数值${value.value}被退回：${reason}`, link: `/indicators/${indicator.id}` },
        ctx.now,
      );
    }
    return { id: row.id, status: row.status };
  });
}
