import type { Store } from '../../db/store';
import type { Actor } from '../../domain/authorization/policy';
import type { NoticeStatus } from '../../domain/supervision/notice-escalation';
import { DomainError } from '../../domain/errors';
import { localDate } from '../../domain/reporting/calendar';
import { authorize } from '../authorize';
import { loadPlanWithRule } from '../reporting/load-plan';
import { loadNotice } from './load-notice';
import { noticeNamesOf } from './notice-names';
import { toNoticeView } from './notice-view';
import { thresholdsOf } from './supervision-settings';

/**
 * A plan's notices. The county-wide roles see every one (optionally one unit's); a unit's
 * people see their own unit's inbox, whatever unit they ask for.
 */
export async function listNotices(store: Store, actor: Actor, planId: string, filter: { unitId?: string | undefined; statuses?: NoticeStatus[] | undefined }, now: Date) {
  const { plan, rule } = await loadPlanWithRule(store.repos, actor, planId);
  const countyWide = actor.roles.some((r) => r === 'office' || r === 'supervisor' || r === 'leader');
  let unitId = filter.unitId;
  if (countyWide) authorize(actor, 'supervision.read', { kind: 'region', regionId: plan.region_id });
  else {
    if (!actor.unitId) throw new DomainError('forbidden', 'This account belongs to no unit.', { action: 'supervision.view' });
    unitId = actor.unitId;
    authorize(actor, 'supervision.view', { kind: 'notice', regionId: plan.region_id, unitId });
  }
  const [rows, names, thresholds] = await Promise.all([
    store.repos.supervision.listNotices({ planId, unitId, statuses: filter.statuses }),
    noticeNamesOf(store.repos, plan),
    thresholdsOf(store.repos, planId),
  ]);
  const today = localDate(now, rule.timeZone);
  return rows.map((row) => toNoticeView(row, names, today, thresholds));
}

/** One notice with its history (every step, who and when) and its evidence. */
export async function getNotice(store: Store, actor: Actor, noticeId: string, now: Date) {
  const { notice, plan, rule } = await loadNotice(store.repos, actor, noticeId, 'supervision.view');
  const [names, thresholds, events, attachments] = await Promise.all([
    noticeNamesOf(store.repos, plan),
    thresholdsOf(store.repos, plan.id),
    store.repos.supervision.listEvents(notice.id),
    store.repos.supervision.listAttachments(notice.id),
  ]);
  return {
    notice: toNoticeView(notice, names, localDate(now, rule.timeZone), thresholds),
    history: events.map((e) => ({ action: e.action, from: e.from_status, to: e.to_status, note: e.note, by: e.display_name, at: e.at.toISOString() })),
    attachments: attachments.map((a) => ({ id: a.id, fileName: a.file_name, size: a.size, mediaType: a.media_type, uploadedAt: a.uploaded_at.toISOString() })),
  };
}
