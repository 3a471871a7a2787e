import type { Store } from '../../db/store';
import type { Action, Actor } from '../../domain/authorization/policy';
import { DomainError } from '../../domain/errors';
import { localDate } from '../../domain/reporting/calendar';
import { noticeNumber, noticeTransition, type NoticeAction } from '../../domain/supervision/notice-workflow';
import { recordAudit } from '../audit/record-audit';
import { notifyUnit } from '../reporting/notify-unit';
import type { RequestContext } from '../request-context';
import { loadNotice } from './load-notice';
import { noticeNamesOf } from './notice-names';
import { toNoticeView, type NoticeView } from './notice-view';
import { thresholdsOf } from './supervision-settings';

const PERMISSION: Record<NoticeAction, Action> = {
  sign: 'supervision.sign',
  respond: 'supervision.respond',
  return: 'supervision.close',
  close: 'supervision.close',
};

/** Words for the history and the bell. */
const DONE: Record<NoticeAction, string> = { sign: '已签收', respond: '已反馈', return: '被退回重办', close: '已销号' };

/**
 * Moves a notice along: the unit signs for it (签收) and responds with what it did (反馈, with
 * evidence attached first); the supervisor or office closes it (销号) or returns it for more work
 * with a reason. Optimistic locking on the notice's version; every step lands in its history and
 * the audit log in the same transaction.
 */
export async function actOnNotice(
  store: Store,
  actor: Actor,
  noticeId: string,
  action: NoticeAction,
  input: { version: number; text?: string | undefined },
  ctx: RequestContext,
): Promise<NoticeView> {
  return store.transaction(async (repos) => {
    const { notice, plan, rule } = await loadNotice(repos, actor, noticeId, PERMISSION[action]);
    const step = noticeTransition(notice.status, action);
    if (!step.ok) throw new DomainError('conflict', `Cannot ${action}: ${step.reason}.`, { reason: 'invalid_transition', status: notice.status });
    const text = input.text?.trim() ?? '';
    if ((action === 'respond' || action === 'return') && text === '') {
      const field = action === 'respond' ? 'response' : 'reason';
      throw new DomainError('validation_failed', action === 'respond' ? 'Say what the unit did (办理情况).' : 'Say why the notice is returned.', { fields: [{ field, message: 'required' }] });
    }
    if (text.length > 20_000) throw new DomainError('validation_failed', 'At most 20,000 characters.', { fields: [{ field: 'text', message: 'at most 20000 characters' }] });
    const saved = await repos.supervision.updateIfVersion(notice.id, input.version, {
      status: step.status,
      ...(action === 'sign' ? { signed_at: ctx.now } : {}),
      ...(action === 'respond' ? { response: text, responded_at: ctx.now } : {}),
      ...(action === 'close' ? { closed_at: ctx.now } : {}),
    });
    if (!saved) throw new DomainError('conflict', 'Someone changed this notice first; reload it.', { reason: 'stale_version', currentVersion: notice.version });
    await repos.supervision.addEvent({ planId: plan.id, noticeId: notice.id, action, from: notice.status, to: step.status, note: text, userId: actor.userId, at: ctx.now });
    const number = noticeNumber(notice.year, notice.serial);
    const link = `/notices/${notice.id}`;
    if (action === 'respond') {
      await repos.notifications.notify([{ planId: plan.id, userId: notice.issued_by, kind: 'notice.responded', title: `督办单${number}${DONE[action]}`, body: text.slice(0, 200), link, now: ctx.now }]);
    } else if (action !== 'sign') {
      await notifyUnit(repos, notice.unit_id, { planId: plan.id, kind: `notice.${action}`, title: `督办单${number}${DONE[action]}`, body: text || DONE[action], link }, ctx.now);
    }
    await recordAudit(repos, ctx, actor, {
      action: `supervision.${action}`,
      outcome: 'success',
      object: { type: 'notice', id: notice.id },
      details: { number, from: notice.status, to: step.status, ...(text && action === 'return' ? { reason: text } : {}) },
    });
    return toNoticeView(saved, await noticeNamesOf(repos, plan), localDate(ctx.now, rule.timeZone), await thresholdsOf(repos, plan.id));
  });
}
