import type { Repositories, Store } from '../../db/store';
import type { Actor } from '../../domain/authorization/policy';
import { DomainError } from '../../domain/errors';
import { DEFAULT_ESCALATION, type EscalationThresholds } from '../../domain/supervision/notice-escalation';
import { recordAudit } from '../audit/record-audit';
import { authorize } from '../authorize';
import { loadPlanWithRule } from '../reporting/load-plan';
import type { RequestContext } from '../request-context';

/** The plan's escalation thresholds: as the office or supervisor set them, else the default (3 days, 0 days). */
export async function thresholdsOf(repos: Repositories, planId: string): Promise<EscalationThresholds> {
  const row = await repos.supervision.findSettings(planId);
  return row ? { yellowDaysBefore: row.yellow_days_before, redDaysAfter: row.red_days_after } : DEFAULT_ESCALATION;
}

export async function getSupervisionSettings(store: Store, actor: Actor, planId: string): Promise<EscalationThresholds> {
  const { plan } = await loadPlanWithRule(store.repos, actor, planId);
  authorize(actor, 'supervision.read', { kind: 'region', regionId: plan.region_id });
  return thresholdsOf(store.repos, planId);
}

/** Changes when notices turn yellow and red for this plan; audited with the before and after. */
export async function saveSupervisionSettings(store: Store, actor: Actor, planId: string, input: EscalationThresholds, ctx: RequestContext): Promise<EscalationThresholds> {
  for (const [field, value] of Object.entries(input)) {
    if (!Number.isInteger(value) || value < 0 || value > 60) {
      throw new DomainError('validation_failed', 'Thresholds are whole days from 0 to 60.', { fields: [{ field, message: 'between 0 and 60' }] });
    }
  }
  return store.transaction(async (repos) => {
    const { plan } = await loadPlanWithRule(repos, actor, planId);
    authorize(actor, 'supervision.configure', { kind: 'region', regionId: plan.region_id });
    const before = await thresholdsOf(repos, planId);
    await repos.supervision.saveSettings({ planId, ...input, by: actor.userId, now: ctx.now });
    await recordAudit(repos, ctx, actor, { action: 'supervision.configure', outcome: 'success', object: { type: 'plan', id: planId }, details: { before, after: input } });
    return input;
  });
}
