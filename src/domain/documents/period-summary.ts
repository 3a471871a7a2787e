import { enumerate, percent, periodLabel } from './chinese-text';
import {
  INDICATOR_STATUS_ZH,
  isLaggingIndicator,
  meaningfulText,
  TASK_PROGRESS_ZH,
  taskProgressOf,
  type PeriodFacts,
  type TaskFact,
  type TaskProgress,
} from './period-facts';

/** Sentences and tables that the circular and the leadership report share. */
const PROGRESS_ORDER: TaskProgress[] = ['completed', 'on_track', 'lagging', 'not_started', 'unreported'];

export const allTasks = (facts: PeriodFacts): TaskFact[] => facts.sections.flatMap((s) => s.tasks);

function countBy<T, K extends string>(items: readonly T[], key: (item: T) => K): Map<K, number> {
  const counts = new Map<K, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** 共调度重点任务22项，其中已完成2项、按计划推进15项、进展滞后3项…… */
export function taskOverviewSentence(facts: PeriodFacts): string {
  const tasks = allTasks(facts);
  const counts = countBy(tasks, taskProgressOf);
  const parts = PROGRESS_ORDER.filter((p) => counts.has(p)).map((p) => `${TASK_PROGRESS_ZH[p]}${counts.get(p)}项`);
  return `${periodLabel(facts.periodKey)}共调度重点任务${tasks.length}项${parts.length > 0 ? `，其中${parts.join('、')}` : ''}。`;
}

/** 应报送进展报告N份，实际报送M份，报送率x%，按时报送率y%。 */
export function ratesSentence(facts: PeriodFacts): string {
  const { expected, received, onTime, reportingRate, timelyRate } = facts.rates;
  if (expected === 0) return `本期进展报告截止日期为${facts.dueDate}，尚未到期。`;
  return `应报送进展报告${expected}份，实际报送${received}份（按时${onTime}份），报送率${percent(reportingRate)}，按时报送率${percent(timelyRate)}。`;
}

export const missingUnits = (facts: PeriodFacts) => facts.units.filter((u) => u.missing > 0);
export const lateUnits = (facts: PeriodFacts) => facts.units.filter((u) => u.late > 0);

/** Names every unit with a missing report and every unit that reported late: what a 通报 is for. */
export function timelinessSentences(facts: PeriodFacts): string[] {
  const missing = missingUnits(facts);
  const late = lateUnits(facts);
  const sentences: string[] = [];
  if (missing.length > 0) sentences.push(`逾期未报送的单位有：${enumerate(missing.map((u) => `${u.name}（${u.missing}份）`))}，予以通报批评。`);
  if (late.length > 0) sentences.push(`未按时报送的单位有：${enumerate(late.map((u) => `${u.name}（迟报${u.late}份，最长${u.maxDaysLate}天）`))}。`);
  if (missing.length === 0 && late.length === 0 && facts.rates.expected > 0) sentences.push('各单位均按时报送了进展报告。');
  return sentences;
}

/**
 * N项年度指标中，已达到目标a项……；M项总体目标中，……；X、Y等指标进展滞后。 The annual table and
 * the overall goals it does not measure are counted apart: "20项年度指标" stays the table's 20.
 */
export function indicatorSentences(facts: PeriodFacts): string[] {
  if (facts.indicators.length === 0) return [];
  const tally = (indicators: PeriodFacts['indicators']) => [...countBy(indicators, (i) => i.status).entries()].map(([status, n]) => `${INDICATOR_STATUS_ZH[status]}${n}项`).join('、');
  const table = facts.indicators.filter((i) => i.origin !== 'goal');
  const goals = facts.indicators.filter((i) => i.origin === 'goal');
  const groups = [
    ...(table.length > 0 ? [`${table.length}项年度指标中，${tally(table)}`] : []),
    ...(goals.length > 0 ? [`${goals.length}项总体目标中，${tally(goals)}`] : []),
  ];
  const lagging = facts.indicators.filter((i) => isLaggingIndicator(i.status));
  const sentences = [`按${facts.indicatorYear}年目标测算，${groups.join('；')}。`];
  if (lagging.length > 0) sentences.push(`${enumerate(lagging.map((i) => i.name))}等${lagging.length}项指标进展滞后，需加快推进。`);
  return sentences;
}

export const laggingIndicators = (facts: PeriodFacts) => facts.indicators.filter((i) => isLaggingIndicator(i.status));

export const laggingTasks = (facts: PeriodFacts) => allTasks(facts).filter((t) => taskProgressOf(t) === 'lagging');

/** Problems the reports raise, each once, with the unit and task that raised it. */
export function gatheredProblems(facts: PeriodFacts, limit: number): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const task of allTasks(facts)) {
    for (const report of task.reports) {
      const text = meaningfulText(report.problems);
      if (text === null || seen.has(text)) continue;
      seen.add(text);
      problems.push(`${report.unitName}（第${task.number}项任务）：${text}。`);
    }
  }
  return problems.slice(0, limit);
}

/** The next steps the lead units' consolidated reports announce, each once. */
export function gatheredNextSteps(facts: PeriodFacts, limit: number): string[] {
  const seen = new Set<string>();
  const steps: string[] = [];
  for (const task of allTasks(facts)) {
    for (const report of task.reports.filter((r) => r.kind === 'consolidated')) {
      const text = meaningfulText(report.nextSteps);
      if (text === null || seen.has(text)) continue;
      seen.add(text);
      steps.push(`${report.unitName}（第${task.number}项任务）：${text}。`);
    }
  }
  return steps.slice(0, limit);
}

/** Tasks by section and status: the table a reader of the circular expects. */
export function tasksBySectionTable(facts: PeriodFacts): { columns: string[]; rows: string[][] } {
  const columns = ['重点任务', '任务数', ...PROGRESS_ORDER.map((p) => TASK_PROGRESS_ZH[p])];
  const rows = facts.sections.map((section) => {
    const counts = countBy(section.tasks, taskProgressOf);
    return [section.title, String(section.tasks.length), ...PROGRESS_ORDER.map((p) => String(counts.get(p) ?? 0))];
  });
  return { columns, rows };
}
