import type { Store } from '../../db/store';
import { localDate } from '../../domain/reporting/calendar';
import { noticeLevel, noticeReminderKind, noticeReminderText } from '../../domain/supervision/notice-escalation';
import { noticeNumber } from '../../domain/supervision/notice-workflow';
import type { ReminderChannels } from '../../notify/channels';
import { deliverMessages, type OutboundMessage } from '../notifications/deliver-messages';
import { thresholdsOf } from './supervision-settings';

export interface NoticeReminderRun {
  claimed: number;
  failures: string[];
}

/**
 * Reminds the units whose notices are yellow (deadline near) every day, and chases those that are
 * red (overdue) every day, as report reminders do: each (notice, kind, local day) is claimed in
 * the ledger first and only the winner sends, so several servers never remind twice. In-app
 * notifications commit with the claim; e-mail and robots go out after.
 */
export async function sendNoticeReminders(store: Store, channels: ReminderChannels, now: Date): Promise<NoticeReminderRun> {
  const run: NoticeReminderRun = { claimed: 0, failures: [] };
  const notices = await store.repos.supervision.listAwaitingUnitOfActivePlans();
  const outbox: OutboundMessage[] = [];
  for (const notice of notices) {
    const plan = (await store.repos.plans.findPlan(notice.plan_id))!;
    const region = (await store.repos.org.findRegion(plan.region_id))!;
    const today = localDate(now, region.time_zone);
    const kind = noticeReminderKind(noticeLevel(notice.status, notice.due_date, today, await thresholdsOf(store.repos, plan.id)));
    if (!kind) continue;
    const message = await store.transaction(async (repos) => {
      if (!(await repos.supervision.claimReminder({ noticeId: notice.id, kind, day: today, now }))) return null;
      run.claimed += 1;
      const unit = await repos.org.findUnit(notice.unit_id);
      const number = noticeNumber(notice.year, notice.serial);
      const text = noticeReminderText(kind, unit?.name ?? '', number, notice.requirement, notice.due_date, today);
      const accounts = await repos.reporting.accountsOfUnit(notice.unit_id);
      await repos.notifications.notify(accounts.map((a) => ({ planId: plan.id, userId: a.id, kind: `reminder.${kind}`, title: `督办单${number}`, body: text, link: `/notices/${notice.id}`, now })));
      return { text, emails: accounts.flatMap((a) => (a.email ? [a.email] : [])), mobiles: accounts.flatMap((a) => (a.phone ? [a.phone] : [])) };
    });
    if (message) outbox.push(message);
  }
  run.failures = await deliverMessages(channels, outbox);
  return run;
}
