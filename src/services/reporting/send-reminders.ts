import type { Store } from '../../db/store';
import { localDate, daysBetween } from '../../domain/reporting/calendar';
import { reminderKindOn, reminderText } from '../../domain/reporting/reminders';
import type { ReminderChannels } from '../../notify/channels';
import { deliverMessages, type OutboundMessage } from '../notifications/deliver-messages';
import { obligationsOfPeriod } from './period-obligations';
import { reportingRuleOf } from './reporting-rule';

const SUBMITTED = new Set(['submitted', 'accepted']);

export interface ReminderRun {
  claimed: number;
  units: number;
  failures: string[];
}

/**
 * Reminds every unit that still owes a report in an open period, 7, 3 and 1 days before the
 * deadline and daily while overdue. Each (obligation, kind, local day) is claimed in the
 * reminder ledger first; only the claim's winner sends, so two servers never remind twice.
 * In-app notifications commit with the claim; e-mail and robots go out after, one message per
 * unit listing its tasks.
 */
export async function sendReminders(store: Store, channels: ReminderChannels, now: Date): Promise<ReminderRun> {
  const run: ReminderRun = { claimed: 0, units: 0, failures: [] };
  for (const period of await store.repos.reporting.listOpenPeriodsOfActivePlans()) {
    const plan = (await store.repos.plans.findPlan(period.plan_id))!;
    const region = (await store.repos.org.findRegion(plan.region_id))!;
    const rule = reportingRuleOf(plan, region.time_zone);
    const today = localDate(now, rule.timeZone);
    const kind = reminderKindOn(today, period.due_date);
    if (!kind) continue;
    const owing = (await obligationsOfPeriod(store.repos, plan, period, rule, now)).filter((o) => !o.report || !SUBMITTED.has(o.report.status));
    if (owing.length === 0) continue;
    const tasks = new Map((await store.repos.plans.listTasks(plan.id)).map((t) => [t.id, `${t.number}.${t.title}`]));
    const units = new Map((await store.repos.org.listUnits(plan.region_id)).map((u) => [u.id, u.name]));

    const outbox = await store.transaction(async (repos) => {
      const claimedByUnit = new Map<string, string[]>();
      for (const o of owing) {
        const won = await repos.notifications.claimReminder({ planId: plan.id, periodId: period.id, taskId: o.taskId, unitId: o.unitId, reportKind: o.kind, reminderKind: kind, day: today, now });
        if (!won) continue;
        run.claimed += 1;
        const label = `${tasks.get(o.taskId) ?? ''}${o.kind === 'consolidated' ? '(汇总)' : ''}`;
        claimedByUnit.set(o.unitId, [...(claimedByUnit.get(o.unitId) ?? []), label]);
      }
      const messages: OutboundMessage[] = [];
      for (const [unitId, labels] of claimedByUnit) {
        const text = reminderText(kind, units.get(unitId) ?? '', period.key, period.due_date, labels, Math.max(0, daysBetween(period.due_date, today)));
        const accounts = await repos.reporting.accountsOfUnit(unitId);
        await repos.notifications.notify(accounts.map((a) => ({ planId: plan.id, userId: a.id, kind: `reminder.${kind}`, title: `${period.key} 报送提醒`, body: text, link: '/reports', now })));
        messages.push({ text, emails: accounts.flatMap((a) => (a.email ? [a.email] : [])), mobiles: accounts.flatMap((a) => (a.phone ? [a.phone] : [])) });
      }
      return messages;
    });

    run.units += outbox.length;
    run.failures.push(...(await deliverMessages(channels, outbox)));
  }
  return run;
}
