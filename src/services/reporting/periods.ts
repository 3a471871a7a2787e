import type { Store } from '../../db/store';
import type { Actor } from '../../domain/authorization/policy';
import { DomainError } from '../../domain/errors';
import { periodByKey, periodsOfPlan } from '../../domain/reporting/periods';
import { recordAudit } from '../audit/record-audit';
import { authorize } from '../authorize';
import type { RequestContext } from '../request-context';
import { loadPeriod, loadPlanWithRule } from './load-plan';

/** The plan's periods under its rule, with the state of those the office has opened. */
export async function listPeriods(store: Store, actor: Actor, planId: string) {
  const { plan, rule } = await loadPlanWithRule(store.repos, actor, planId);
  authorize(actor, 'plan.read', { kind: 'region', regionId: plan.region_id });
  const opened = new Map((await store.repos.reporting.listPeriods(planId)).map((p) => [p.key, p]));
  // A unit account learns in which closed periods it may still write (the office's exception).
  const excepted = actor.unitId ? await store.repos.reporting.exceptionPeriodsOfUnit(planId, actor.unitId) : new Set<string>();
  return {
    rule,
    periods: periodsOfPlan(rule, plan.start_year, plan.end_year).map((p) => {
      const row = opened.get(p.key);
      return { key: p.key, id: row?.id ?? null, start: p.start, end: p.end, dueDate: p.dueDate, status: row?.status ?? ('not_opened' as const), hasException: row !== undefined && excepted.has(row.id) };
    }),
  };
}

/** The office opens a period (or reopens a closed one): reports for it can now be written. */
export async function openPeriod(store: Store, actor: Actor, planId: string, key: string, ctx: RequestContext) {
  return store.transaction(async (repos) => {
    const { plan, rule } = await loadPlanWithRule(repos, actor, planId);
    authorize(actor, 'period.manage', { kind: 'region', regionId: plan.region_id });
    const period = periodByKey(rule, key);
    if (!period || period.year < plan.start_year || period.year > plan.end_year) {
      throw new DomainError('validation_failed', `${key} is not a reporting period of this plan.`, { fields: [{ field: 'key', message: 'unknown period' }] });
    }
    const row = await repos.reporting.upsertOpenPeriod({ planId, key, year: period.year, start: period.start, end: period.end, dueDate: period.dueDate, lateAfter: period.lateAfter, now: ctx.now });
    await recordAudit(repos, ctx, actor, { action: 'period.open', outcome: 'success', object: { type: 'period', id: row.id }, details: { key } });
    return row;
  });
}

/** The office closes a period: its reports are locked, except for units granted an exception. */
export async function closePeriod(store: Store, actor: Actor, periodId: string, ctx: RequestContext) {
  await store.transaction(async (repos) => {
    const { period, plan } = await loadPeriod(repos, actor, periodId);
    authorize(actor, 'period.manage', { kind: 'region', regionId: plan.region_id });
    await repos.reporting.closePeriod(period.id, ctx.now);
    await recordAudit(repos, ctx, actor, { action: 'period.close', outcome: 'success', object: { type: 'period', id: period.id }, details: { key: period.key } });
  });
}

/** Lets one unit keep reporting in a closed period (DHIS2's exception), with a recorded reason. */
export async function grantPeriodException(store: Store, actor: Actor, periodId: string, input: { unitId: string; reason: string }, ctx: RequestContext) {
  await store.transaction(async (repos) => {
    const { period, plan } = await loadPeriod(repos, actor, periodId);
    authorize(actor, 'period.manage', { kind: 'region', regionId: plan.region_id });
    const unit = await repos.org.findUnit(input.unitId);
    if (!unit || unit.region_id !== plan.region_id) throw new DomainError('validation_failed', 'No such unit in this county.', { fields: [{ field: 'unitId', message: 'unknown unit' }] });
    await repos.reporting.grantException({ planId: plan.id, periodId: period.id, unitId: unit.id, reason: input.reason, grantedBy: actor.userId, now: ctx.now });
    await recordAudit(repos, ctx, actor, { action: 'period.exception', outcome: 'success', object: { type: 'period', id: period.id }, details: { unitId: unit.id, unit: unit.name, reason: input.reason } });
  });
}
