import { HELAN_FIXTURE, readPlanFixture } from '../../../../test/fixtures/plans/read-plan-fixture';
import type { Store } from '../../../db/store';
import type { TaskStatus } from '../../../db/schema';
import { actorOf } from '../../authorize';
import { seedDemo } from '../../demo/seed-demo';
import { actOnReport } from '../../reporting/act-on-report';
import { openReport } from '../../reporting/open-report';
import { openPeriod } from '../../reporting/periods';
import { saveReport } from '../../reporting/save-report';

export const SEED_PASSWORD = 'Demo#Luoshi2025';

/** The quarter the document tests write about: 2024Q4, due 20 December 2024 (Beijing time). */
export const QUARTER = '2024Q4';

interface Submission {
  login: string;
  taskNumber: number;
  kind: 'unit' | 'consolidated';
  at: string;
  taskStatus: TaskStatus;
  problems: string;
  nextSteps: string;
}

/**
 * Three reports on task 1 of Helan's 2024Q4: 发改局 on time (problems raised), 科技和工信局's
 * consolidated report on time (lagging), 人社局 four days late; every other obligation missing.
 */
export const SUBMISSIONS: readonly Submission[] = [
  { login: 'fgj', taskNumber: 1, kind: 'unit', at: '2024-12-10T02:00:00Z', taskStatus: 'on_track', problems: '专项资金到位慢', nextSteps: '争取自治区专项资金' },
  { login: 'kjgx', taskNumber: 1, kind: 'consolidated', at: '2024-12-18T02:00:00Z', taskStatus: 'lagging', problems: '高层次人才引进难', nextSteps: '举办人才对接活动' },
  { login: 'rsj', taskNumber: 1, kind: 'unit', at: '2024-12-24T02:00:00Z', taskStatus: 'on_track', problems: '无', nextSteps: '继续推进' },
];

const ctxAt = (at: string) => ({ now: new Date(at), ip: null, userAgent: 'seed-quarter' });

/** Seeds the Helan demo, opens 2024Q4 and files SUBMISSIONS through the reporting services. */
export async function seedQuarter(store: Store): Promise<{ planId: string; periodId: string }> {
  await seedDemo(store, { password: SEED_PASSWORD, plan: { fileName: HELAN_FIXTURE, bytes: readPlanFixture(HELAN_FIXTURE) }, now: new Date('2024-10-01T02:00:00Z') });
  const actor = async (login: string) => actorOf((await store.repos.users.findByLogin(login))!);
  const office = await actor('office');
  const planId = (await store.repos.plans.listPlans(office.regionId!))[0]!.id;
  const period = await openPeriod(store, office, planId, QUARTER, ctxAt('2024-10-01T02:00:00Z'));
  const tasks = await store.repos.plans.listTasks(planId);
  for (const s of SUBMISSIONS) {
    const reporter = await actor(s.login);
    const taskId = tasks.find((t) => t.number === s.taskNumber)!.id;
    const opened = await openReport(store, reporter, { periodId: period.id, taskId, kind: s.kind }, ctxAt(s.at));
    const content = { progress: `${s.login}：本季度完成阶段任务`, problems: s.problems, nextSteps: s.nextSteps, taskStatus: s.taskStatus, targetProgress: [] };
    const saved = await saveReport(store, reporter, opened.id, { version: opened.version, ...content }, ctxAt(s.at));
    await actOnReport(store, reporter, saved.id, 'submit', { version: saved.version }, ctxAt(s.at));
  }
  return { planId, periodId: period.id };
}
