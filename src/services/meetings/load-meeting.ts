import type { Repositories } from '../../db/store';
import type { Action, Actor } from '../../domain/authorization/policy';
import { DomainError } from '../../domain/errors';
import { authorize } from '../authorize';
import { loadPlanWithRule } from '../reporting/load-plan';

/** A meeting with its plan, after asking the policy. */
export async function loadMeeting(repos: Repositories, actor: Actor, meetingId: string, action: Action) {
  const meeting = await repos.meetings.findMeeting(meetingId);
  if (!meeting) throw new DomainError('not_found', 'No such meeting.');
  const { plan, rule } = await loadPlanWithRule(repos, actor, meeting.plan_id);
  authorize(actor, action, { kind: 'region', regionId: plan.region_id });
  return { meeting, plan, rule };
}
