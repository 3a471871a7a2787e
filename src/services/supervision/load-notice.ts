import type { Repositories } from '../../db/store';
import type { Action, Actor } from '../../domain/authorization/policy';
import { DomainError } from '../../domain/errors';
import { authorize } from '../authorize';
import { loadPlanWithRule } from '../reporting/load-plan';

/** A notice with its plan, after asking the policy whether the actor may take `action` on it. */
export async function loadNotice(repos: Repositories, actor: Actor, noticeId: string, action: Action) {
  const notice = await repos.supervision.findNotice(noticeId);
  if (!notice) throw new DomainError('not_found', 'No such supervision notice.');
  const { plan, rule } = await loadPlanWithRule(repos, actor, notice.plan_id);
  authorize(actor, action, { kind: 'notice', regionId: plan.region_id, unitId: notice.unit_id });
  return { notice, plan, rule };
}
