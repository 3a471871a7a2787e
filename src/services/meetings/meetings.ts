import type { Store } from '../../db/store';
import type { Actor } from '../../domain/authorization/policy';
import { DomainError } from '../../domain/errors';
import { localDate } from '../../domain/reporting/calendar';
import { agendaFrom, type AgendaItem } from '../../domain/supervision/meeting-agenda';
import { recordAudit, diffFields } from '../audit/record-audit';
import { authorize } from '../authorize';
import { loadPlanWithRule } from '../reporting/load-plan';
import type { RequestContext } from '../request-context';
import { issueNoticeIn } from '../supervision/issue-notice';
import { noticeNamesOf } from '../supervision/notice-names';
import { toNoticeView } from '../supervision/notice-view';
import { planLights } from '../supervision/plan-lights';
import { thresholdsOf } from '../supervision/supervision-settings';
import { loadMeeting } from './load-meeting';

export interface MeetingInput {
  title: string;
  heldOn: string;
  attendees: string[];
}

const required = (field: string, text: string) => new DomainError('validation_failed', text, { fields: [{ field, message: 'required' }] });

/**
 * The office convenes a quarterly work meeting: its agenda is drawn from the red and yellow items
 * of the day (重点难点), kept as they were, so the minutes read against what was on the table.
 */
export async function createMeeting(store: Store, actor: Actor, planId: string, input: MeetingInput, ctx: RequestContext) {
  const { plan } = await loadPlanWithRule(store.repos, actor, planId);
  authorize(actor, 'meeting.manage', { kind: 'region', regionId: plan.region_id });
  if (input.title.trim() === '') throw required('title', 'Give the meeting a title.');
  const agenda = agendaFrom(await planLights(store, actor, planId, ctx.now));
  return store.transaction(async (repos) => {
    const row = await repos.meetings.insertMeeting({ planId, title: input.title.trim(), heldOn: input.heldOn, attendees: input.attendees, agenda, createdBy: actor.userId, now: ctx.now });
    await recordAudit(repos, ctx, actor, { action: 'meeting.create', outcome: 'success', object: { type: 'meeting', id: row.id }, details: { title: row.title, heldOn: input.heldOn, agendaItems: agenda.length } });
    return row.id;
  });
}

/** The office records who attended and the minutes (纪要). */
export async function updateMeeting(store: Store, actor: Actor, meetingId: string, input: MeetingInput & { minutes: string }, ctx: RequestContext) {
  if (input.title.trim() === '') throw required('title', 'Give the meeting a title.');
  await store.transaction(async (repos) => {
    const { meeting } = await loadMeeting(repos, actor, meetingId, 'meeting.manage');
    const after = { title: input.title.trim(), held_on: input.heldOn, attendees: input.attendees, minutes: input.minutes };
    await repos.meetings.updateMeeting(meeting.id, { ...after, attendees: JSON.stringify(input.attendees), updated_at: ctx.now });
    await recordAudit(repos, ctx, actor, { action: 'meeting.update', outcome: 'success', object: { type: 'meeting', id: meeting.id }, details: diffFields({ ...meeting }, after) });
  });
}

/**
 * Records a decision and makes it a tracked action: a supervision notice to the owning unit with
 * the decision as its basis, followed like any notice (签收 → 反馈 → 销号). One transaction.
 */
export async function addDecision(store: Store, actor: Actor, meetingId: string, input: { text: string; unitId: string; dueDate: string; requirement?: string | undefined }, ctx: RequestContext) {
  const text = input.text.trim();
  if (text === '') throw required('text', 'State the decision.');
  return store.transaction(async (repos) => {
    const { meeting, plan, rule } = await loadMeeting(repos, actor, meetingId, 'meeting.manage');
    const decision = await repos.meetings.insertDecision({ planId: plan.id, meetingId: meeting.id, text, unitId: input.unitId, dueDate: input.dueDate, now: ctx.now });
    const notice = await issueNoticeIn(
      repos,
      actor,
      plan,
      rule.timeZone,
      { planId: plan.id, subjectKind: 'decision', subjectId: decision.id, unitId: input.unitId, basis: `${meeting.title}（${meeting.held_on}）议定：${text}`, requirement: input.requirement?.trim() || `落实会议议定事项：${text}`, urgency: 'normal', dueDate: input.dueDate },
      ctx,
    );
    await repos.meetings.linkNotice(decision.id, notice.id);
    await recordAudit(repos, ctx, actor, { action: 'meeting.decide', outcome: 'success', object: { type: 'meeting', id: meeting.id }, details: { decisionId: decision.id, noticeId: notice.id, unitId: input.unitId, dueDate: input.dueDate } });
    return { id: decision.id, notice };
  });
}

export async function listMeetings(store: Store, actor: Actor, planId: string) {
  const { plan } = await loadPlanWithRule(store.repos, actor, planId);
  authorize(actor, 'meeting.read', { kind: 'region', regionId: plan.region_id });
  return (await store.repos.meetings.listMeetings(planId)).map((m) => ({ id: m.id, title: m.title, heldOn: m.held_on, agendaItems: (m.agenda as AgendaItem[]).length }));
}

/** A meeting: agenda, attendees, minutes, and each decision with the state of its notice. */
export async function getMeeting(store: Store, actor: Actor, meetingId: string, now: Date) {
  const { meeting, plan, rule } = await loadMeeting(store.repos, actor, meetingId, 'meeting.read');
  const [decisions, names, thresholds] = await Promise.all([store.repos.meetings.listDecisions(meeting.id), noticeNamesOf(store.repos, plan), thresholdsOf(store.repos, plan.id)]);
  const today = localDate(now, rule.timeZone);
  const notices = await Promise.all(decisions.map((d) => (d.notice_id ? store.repos.supervision.findNotice(d.notice_id) : undefined)));
  return {
    id: meeting.id,
    planId: plan.id,
    title: meeting.title,
    heldOn: meeting.held_on,
    attendees: meeting.attendees,
    minutes: meeting.minutes,
    agenda: meeting.agenda as AgendaItem[],
    decisions: decisions.map((d, i) => ({
      id: d.id,
      text: d.text,
      unitId: d.unit_id,
      unitName: names.units.get(d.unit_id) ?? '',
      dueDate: d.due_date,
      notice: notices[i] ? toNoticeView(notices[i], names, today, thresholds) : null,
    })),
  };
}
