import type { PlanRow } from '../../db/schema';
import type { Repositories } from '../../db/store';
import type { NoticeNames } from './notice-view';

/** Unit names, and a label for every task (任务3：…) and indicator (指标5：…) of the plan. */
export async function noticeNamesOf(repos: Repositories, plan: Pick<PlanRow, 'id' | 'region_id'>): Promise<NoticeNames> {
  const [units, tasks, indicators, decisions] = await Promise.all([
    repos.org.listUnits(plan.region_id),
    repos.plans.listTasks(plan.id, { includeRetired: true }),
    repos.plans.listIndicators(plan.id, { includeRetired: true }),
    repos.supervision.listDecisionLabels(plan.id),
  ]);
  return {
    units: new Map(units.map((u) => [u.id, u.name])),
    subjects: new Map([
      ...tasks.map((t) => [t.id, `任务${t.number}：${t.title}`] as const),
      ...indicators.map((i) => [i.id, `指标${i.number}：${i.name}`] as const),
      ...decisions.map((d) => [d.id, `会议决定：${d.text.length > 30 ? `${d.text.slice(0, 30)}…` : d.text}`] as const),
    ]),
  };
}
