import type { Store } from '../../db/store';
import type { Actor } from '../../domain/authorization/policy';
import { DomainError } from '../../domain/errors';
import type { TargetSource } from '../../domain/indicators/goal-links';
import { recordAudit } from '../audit/record-audit';
import { authorize } from '../authorize';
import type { RequestContext } from '../request-context';
import { loadIndicator } from './indicator-values';
import { planGoalLinks } from './plan-goal-links';

/**
 * Where an overall goal and the annual table give an indicator's year different targets, the
 * office records which one governs; the status is judged against it from then on. Audited with
 * both values, so the choice can be traced back.
 */
export async function chooseGoverningTarget(store: Store, actor: Actor, indicatorId: string, input: { year: number; governs: TargetSource }, ctx: RequestContext) {
  const { indicator, plan, resource } = await loadIndicator(store, actor, indicatorId);
  authorize(actor, 'indicator.manage', resource);
  if (indicator.origin === 'goal') throw new DomainError('validation_failed', 'This indicator is an overall goal: it has no annual-table target to choose against.', { fields: [{ field: 'year', message: 'not a table indicator' }] });
  const links = await planGoalLinks(store.repos, plan.id, [{ id: indicator.id, name: indicator.name, unit: indicator.unit, targets: indicator.targets }]);
  const link = links.find((l) => l.year === input.year && l.conflict);
  if (!link) throw new DomainError('validation_failed', `No overall goal conflicts with this indicator's ${input.year} target.`, { fields: [{ field: 'year', message: 'no conflict that year' }] });
  return store.transaction(async (repos) => {
    const before = (await repos.indicators.listTargetChoices(plan.id)).find((c) => c.indicator_id === indicator.id && c.year === input.year);
    await repos.indicators.saveTargetChoice({ indicatorId: indicator.id, year: input.year, governs: input.governs, by: actor.userId, now: ctx.now });
    await recordAudit(repos, ctx, actor, {
      action: 'indicator.target_choice',
      outcome: 'success',
      object: { type: 'indicator', id: indicator.id },
      details: { year: input.year, before: before?.governs ?? null, after: input.governs, goalValue: link.goalValue, tableValue: link.tableValue },
    });
    return { year: input.year, governs: input.governs, target: input.governs === 'goal' ? link.goalValue : link.tableValue };
  });
}
