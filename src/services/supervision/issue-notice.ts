import type { PlanRow } from '../../db/schema';
import type { Repositories, Store } from '../../db/store';
import type { Actor } from '../../domain/authorization/policy';
import { DomainError } from '../../domain/errors';
import { daysBetween, localDate } from '../../domain/reporting/calendar';
import { noticeNumber, type SubjectKind, type Urgency } from '../../domain/supervision/notice-workflow';
import { recordAudit } from '../audit/record-audit';
import { authorize } from '../authorize';
import { loadPlanWithRule } from '../reporting/load-plan';
import { notifyUnit } from '../reporting/notify-unit';
import type { RequestContext } from '../request-context';
import { noticeNamesOf } from './notice-names';
import { toNoticeView, type NoticeView } from './notice-view';
import { thresholdsOf } from './supervision-settings';

export interface IssueNoticeInput {
  planId: string;
  subjectKind: SubjectKind;
  /** The task, indicator or meeting decision; null when the notice is about the unit as a whole. */
  subjectId: string | null;
  unitId: string;
  basis: string;
  requirement: string;
  urgency: Urgency;
  /** The local date by which the unit must respond. */
  dueDate: string;
}

const invalid = (field: string, message: string, text: string) => new DomainError('validation_failed', text, { fields: [{ field, message }] });

/** Checks that the subject belongs to the plan, and returns the notice's subject columns. */
async function subjectColumns(repos: Repositories, planId: string, kind: SubjectKind, subjectId: string | null) {
  if (kind === 'unit') return { task_id: null, indicator_id: null, decision_id: null };
  if (!subjectId) throw invalid('subjectId', 'required', 'Name the task, indicator or decision the notice is about.');
  const found =
    kind === 'task'
      ? (await repos.plans.listTasks(planId)).some((t) => t.id === subjectId)
      : kind === 'indicator'
        ? (await repos.plans.listIndicators(planId)).some((i) => i.id === subjectId)
        : (await repos.supervision.listDecisionLabels(planId)).some((d) => d.id === subjectId);
  if (!found) throw invalid('subjectId', `unknown ${kind}`, `No such ${kind} in this plan.`);
  return { task_id: kind === 'task' ? subjectId : null, indicator_id: kind === 'indicator' ? subjectId : null, decision_id: kind === 'decision' ? subjectId : null };
}

/**
 * Issues a notice inside the caller's transaction (meetings issue their decisions' notices
 * with the meeting): numbered 督办〔year〕N号, recorded as the first event of its history,
 * audited, and the unit's accounts are told in the app.
 */
export async function issueNoticeIn(repos: Repositories, actor: Actor, plan: PlanRow, timeZone: string, input: IssueNoticeInput, ctx: RequestContext): Promise<NoticeView> {
  authorize(actor, 'supervision.issue', { kind: 'region', regionId: plan.region_id });
  const basis = input.basis.trim();
  const requirement = input.requirement.trim();
  if (basis === '') throw invalid('basis', 'required', 'State the basis of the notice (督办依据).');
  if (requirement === '') throw invalid('requirement', 'required', 'State what the unit must do (督办要求).');
  const today = localDate(ctx.now, timeZone);
  if (daysBetween(today, input.dueDate) < 0) throw invalid('dueDate', 'in the past', 'The response deadline cannot be in the past.');
  const unit = await repos.org.findUnit(input.unitId);
  if (!unit || unit.region_id !== plan.region_id || unit.kind === 'group' || !unit.is_active) {
    throw invalid('unitId', 'unknown unit', 'Address the notice to one active unit of this county.');
  }
  const subject = await subjectColumns(repos, plan.id, input.subjectKind, input.subjectId);
  const year = Number(today.slice(0, 4));
  const serial = await repos.supervision.nextSerial(plan.id, year);
  const notice = await repos.supervision.insertNotice({
    plan_id: plan.id,
    year,
    serial,
    subject_kind: input.subjectKind,
    ...subject,
    unit_id: unit.id,
    basis,
    requirement,
    urgency: input.urgency,
    due_date: input.dueDate,
    issued_by: actor.userId,
    issued_at: ctx.now,
  });
  const number = noticeNumber(year, serial);
  await repos.supervision.addEvent({ planId: plan.id, noticeId: notice.id, action: 'issue', from: null, to: 'issued', note: requirement, userId: actor.userId, at: ctx.now });
  await notifyUnit(repos, unit.id, { planId: plan.id, kind: 'notice.issued', title: `督办单${number}`, body: `${requirement}（请于${input.dueDate}前反馈）`, link: `/notices/${notice.id}` }, ctx.now);
  await recordAudit(repos, ctx, actor, {
    action: 'supervision.issue',
    outcome: 'success',
    object: { type: 'notice', id: notice.id },
    details: { number, unitId: unit.id, unit: unit.name, subjectKind: input.subjectKind, subjectId: input.subjectId, dueDate: input.dueDate, urgency: input.urgency },
  });
  return toNoticeView(notice, await noticeNamesOf(repos, plan), today, await thresholdsOf(repos, plan.id));
}

/** The supervisor or the office issues a notice to a unit (督办单). */
export async function issueNotice(store: Store, actor: Actor, input: IssueNoticeInput, ctx: RequestContext): Promise<NoticeView> {
  return store.transaction(async (repos) => {
    const { plan, rule } = await loadPlanWithRule(repos, actor, input.planId);
    return issueNoticeIn(repos, actor, plan, rule.timeZone, input, ctx);
  });
}
