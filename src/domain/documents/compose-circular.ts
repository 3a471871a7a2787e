import { BodyBuilder } from './body-builder';
import { enumerate, percent, periodLabel } from './chinese-text';
import type { DocumentModel } from './document-model';
import { INDICATOR_STATUS_ZH, TASK_PROGRESS_ZH, taskProgressOf, type PeriodFacts } from './period-facts';
import {
  gatheredNextSteps,
  gatheredProblems,
  indicatorSentences,
  laggingIndicators,
  laggingTasks,
  missingUnits,
  ratesSentence,
  taskOverviewSentence,
  tasksBySectionTable,
  timelinessSentences,
} from './period-summary';

/** Who issues a document, to whom, and when: the office's settings for the plan. */
export interface DocumentSetup {
  issuer: string;
  recipients: string;
  copyTo: string[];
  /** 成文日期 and 印发日期, 'YYYY-MM-DD'. */
  date: string;
}

/** 《贺兰县创新型县建设实施方案》 → 贺兰县创新型县建设 (the plan's subject, for titles). */
export const planSubject = (planTitle: string) => planTitle.replace(/[《》]/g, '').replace(/实施方案$|工作方案$|方案$/u, '');

/**
 * The quarterly circular (季度通报): overall progress, indicators naming the lagging ones, tasks
 * by section and status, timeliness naming every late and missing unit, the problems the reports
 * raise, and what units must do next; with tables where a reader expects them.
 */
export function composeCircular(facts: PeriodFacts, setup: DocumentSetup): DocumentModel {
  const label = periodLabel(facts.periodKey);
  const body = new BodyBuilder();
  body.paragraph(`为推动《${facts.planTitle}》各项任务落实落地，领导小组办公室对${label}各责任单位工作推进情况进行了调度。现将有关情况通报如下：`);
  body.heading(1, '总体进展情况').paragraph(`${taskOverviewSentence(facts)}${ratesSentence(facts)}`);
  const byStatus = tasksBySectionTable(facts);
  body.table(`表1  ${label}重点任务推进情况`, byStatus.columns, byStatus.rows);
  addIndicators(body, facts);
  addTasks(body, facts);
  addTimeliness(body, facts, label);
  const problems = gatheredProblems(facts, 12);
  body.heading(1, '存在问题');
  if (problems.length === 0) body.paragraph('各单位本期报告未反映突出问题。');
  problems.forEach((p, index) => body.paragraph(`${index + 1}.${p}`));
  body.heading(1, '下步工作要求');
  nextStepRequirements(facts).forEach(([heading, text]) => body.heading(2, heading).paragraph(text));
  return {
    kind: 'circular',
    number: null,
    title: `关于${label}${planSubject(facts.planTitle)}工作推进情况的通报`,
    recipients: setup.recipients,
    blocks: body.blocks,
    issuer: setup.issuer,
    date: setup.date,
    colophon: { copyTo: setup.copyTo, printedBy: setup.issuer, printedOn: setup.date },
  };
}

/** 二、主要指标完成情况: the counts by status, each lagging indicator with why, and the table. */
function addIndicators(body: BodyBuilder, facts: PeriodFacts): void {
  body.heading(1, '主要指标完成情况');
  for (const sentence of indicatorSentences(facts)) body.paragraph(sentence);
  laggingIndicators(facts).forEach((i) => body.paragraph(`${i.name}${i.attribute === 'binding' ? '（约束性）' : ''}：${i.explanation.replace(/^约束性指标：/u, '')}`));
  // Overall goals the table does not measure follow its rows, numbered after it, marked 总体目标.
  const hasGoals = facts.indicators.some((i) => i.origin === 'goal');
  const attributeOf = (i: PeriodFacts['indicators'][number]) => (i.origin === 'goal' ? '总体目标' : i.attribute === 'binding' ? '约束性' : i.attribute === 'expected' ? '预期性' : '');
  body.table(
    hasGoals ? '表2  年度指标和总体目标完成情况' : '表2  年度指标完成情况',
    ['序号', '指标名称', '属性', '状态', '说明'],
    facts.indicators.map((i) => [String(i.number), i.name, attributeOf(i), INDICATOR_STATUS_ZH[i.status], i.explanation]),
  );
}

/** 三、重点任务推进情况: each section, each task with its lead unit and progress. */
function addTasks(body: BodyBuilder, facts: PeriodFacts): void {
  body.heading(1, '重点任务推进情况');
  for (const section of facts.sections) {
    body.heading(2, section.title);
    const lines = section.tasks.map((t) => `第${t.number}项“${t.title}”（牵头单位：${enumerate(t.leadUnits) || '未明确'}）${TASK_PROGRESS_ZH[taskProgressOf(t)]}`);
    body.paragraph(`${lines.join('；')}。`);
  }
}

/** 四、进展报告报送情况: the rates, every missing and late unit named, and the table of them. */
function addTimeliness(body: BodyBuilder, facts: PeriodFacts, label: string): void {
  body.heading(1, '进展报告报送情况').paragraph(ratesSentence(facts));
  for (const sentence of timelinessSentences(facts)) body.paragraph(sentence);
  body.table(
    `表3  ${label}进展报告报送情况`,
    ['序号', '单位', '应报', '按时', '迟报', '未报', '按时报送率'],
    facts.units
      .filter((u) => u.late > 0 || u.missing > 0)
      .map((u, index) => [String(index + 1), u.name, String(u.expected), String(u.onTime), String(u.late), String(u.missing), percent(u.expected === 0 ? null : u.onTime / u.expected)]),
  );
}

/** The office's requirements: chase the missing units, push the lagging tasks, carry out the plans. */
export function nextStepRequirements(facts: PeriodFacts): Array<[string, string]> {
  const requirements: Array<[string, string]> = [];
  const missing = missingUnits(facts);
  if (missing.length > 0) {
    requirements.push(['抓紧补报进展', `请${enumerate(missing.map((u) => u.name))}于本通报印发之日起5个工作日内补报${periodLabel(facts.periodKey)}进展报告，并说明逾期原因。`]);
  }
  const lagging = laggingTasks(facts);
  const lead = [...new Set(lagging.flatMap((t) => t.leadUnits))];
  if (lagging.length > 0) {
    requirements.push(['加快滞后任务推进', `请${enumerate(lead)}对${enumerate(lagging.map((t) => `第${t.number}项`))}任务逐项分析原因，制定整改措施，明确完成时限。`]);
  }
  const indicators = laggingIndicators(facts);
  if (indicators.length > 0) {
    requirements.push(['盯紧年度指标', `${enumerate(indicators.map((i) => i.name))}等指标的责任单位要加强监测调度，确保完成年度目标。`]);
  }
  const steps = gatheredNextSteps(facts, 8);
  requirements.push(['抓好下步工作落实', steps.length > 0 ? `各牵头单位要按照报送的下步打算抓好落实：${steps.join('')}` : '各牵头单位要对照任务分工，细化下步工作安排，确保各项任务按期完成。']);
  return requirements;
}
