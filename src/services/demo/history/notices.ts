import type { Store } from '../../../db/store';
import { addDays, localDate } from '../../../domain/reporting/calendar';
import type { NoticeAction } from '../../../domain/supervision/notice-workflow';
import { actorOf } from '../../authorize';
import { actOnNotice } from '../../supervision/act-on-notice';
import { issueNotice } from '../../supervision/issue-notice';
import type { HistoryTarget } from './generate-history';
import { createRng } from './prng';
import { daysEarlier, daysLater } from './report-outcome';

export interface NoticeCounts {
  notices: number;
  closed: number;
}

const TIME_ZONE = 'Asia/Shanghai';
/** How far each notice got by `asOf`, one per notice, in this order: a county's usual mix. */
const JOURNEYS: ReadonlyArray<readonly NoticeAction[]> = [['sign', 'respond', 'close'], ['sign', 'respond', 'close'], ['sign', 'respond'], ['sign'], []];

/**
 * Supervision notices (督办单) of the weeks before `asOf`: the office presses a few tasks' lead
 * units, each notice issued, signed for, answered and closed as far as its journey goes — some
 * closed, some awaiting the office, one overdue and unsigned. Written through the supervision
 * services (numbered, with history, audit and in-app notices), from their own random stream so
 * the reports and values written before stay the same.
 */
export async function writeNotices(store: Store, options: { seed: string | number; stream: string | number; asOf: Date; userAgent: string }, target: HistoryTarget): Promise<NoticeCounts> {
  const rng = createRng(options.seed, options.stream, 'notices');
  const { repos } = store;
  const [tasks, accounts] = await Promise.all([repos.plans.listTasks(target.planId), repos.users.list({ regionId: target.regionId })]);
  const office = actorOf(accounts.find((a) => a.login === target.officeLogin)!);
  const reporterOf = new Map(accounts.filter((a) => a.roles.includes('unit_reporter') && a.unit_id !== null).map((a) => [a.unit_id!, actorOf(a)]));
  const ctxAt = (now: Date) => ({ now, ip: null, userAgent: options.userAgent });
  let notices = 0;
  let closed = 0;
  for (const [index, task] of rng.sample(tasks, JOURNEYS.length).entries()) {
    const leads = (await repos.reporting.leadUnitsOfTask(task.id)).filter((unitId) => reporterOf.has(unitId));
    if (leads.length === 0) continue;
    const unitId = leads[0]!;
    const journey = JOURNEYS[index]!;
    let at = daysEarlier(rng, options.asOf, journey.length === 0 ? 20 : 35, journey.length === 0 ? 30 : 60);
    const dueDate = addDays(localDate(at, TIME_ZONE), rng.int(10, 15));
    let notice = await issueNotice(
      store,
      office,
      {
        planId: target.planId,
        subjectKind: 'task',
        subjectId: task.id,
        unitId,
        basis: `第${task.number}项任务“${task.title}”进度滞后于年度计划。`,
        requirement: '请对照任务分解表查明原因，制定整改措施，明确完成时限，并按期书面反馈办理情况。',
        urgency: rng.chance(0.3) ? 'urgent' : 'normal',
        dueDate,
      },
      ctxAt(at),
    );
    notices += 1;
    for (const action of journey) {
      at = daysLater(rng, at, 1, 4);
      const actor = action === 'close' ? office : reporterOf.get(unitId)!;
      const text = action === 'respond' ? '已召开专题会议研究整改，明确责任人和时间节点，目前相关工作已按计划推进。' : undefined;
      notice = await actOnNotice(store, actor, notice.id, action, { version: notice.version, text }, ctxAt(at));
      if (action === 'close') closed += 1;
    }
  }
  return { notices, closed };
}
