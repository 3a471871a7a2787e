import { BodyBuilder } from './body-builder';
import { enumerate, periodLabel } from './chinese-text';
import { planSubject, type DocumentSetup } from './compose-circular';
import type { DocumentModel } from './document-model';
import { TASK_PROGRESS_ZH, type PeriodFacts } from './period-facts';
import {
  gatheredProblems,
  indicatorSentences,
  laggingTasks,
  lateUnits,
  missingUnits,
  ratesSentence,
  taskOverviewSentence,
  timelinessSentences,
} from './period-summary';

/**
 * The report to the county's principal leaders (报县委、县政府主要领导): the circular's facts,
 * shorter — overall progress, what needs their attention, and what the office proposes. No tables.
 */
export function composeLeaderReport(facts: PeriodFacts, setup: DocumentSetup): DocumentModel {
  const label = periodLabel(facts.periodKey);
  const body = new BodyBuilder();
  body.paragraph(`现将${label}《${facts.planTitle}》落实情况报告如下：`);
  body.heading(1, '总体情况').paragraph(`${taskOverviewSentence(facts)}${ratesSentence(facts)}`);
  for (const sentence of indicatorSentences(facts)) body.paragraph(sentence);

  body.heading(1, '需要关注的问题');
  const lagging = laggingTasks(facts);
  if (lagging.length > 0) {
    body.paragraph(`进展滞后的任务：${enumerate(lagging.map((t) => `第${t.number}项“${t.title}”（${enumerate(t.leadUnits)}牵头）`))}，均为${TASK_PROGRESS_ZH.lagging}。`);
  }
  for (const sentence of timelinessSentences(facts)) body.paragraph(sentence);
  gatheredProblems(facts, 5).forEach((p, index) => body.paragraph(`${index + 1}.${p}`));

  body.heading(1, '下步工作建议');
  const chased = [...missingUnits(facts), ...lateUnits(facts)].map((u) => u.name);
  body.paragraph(
    chased.length > 0
      ? `建议由督查室对${enumerate([...new Set(chased)])}开展督办，并在季度工作推进会上专题研究滞后事项。`
      : '建议在季度工作推进会上专题研究滞后事项，压实牵头单位责任。',
  );
  body.paragraph('领导小组办公室将继续按季度调度通报，推动各项任务按期完成。');

  return {
    kind: 'leader_report',
    number: null,
    title: `关于${label}${planSubject(facts.planTitle)}工作推进情况的报告`,
    recipients: '县委、县政府主要领导：',
    blocks: body.blocks,
    issuer: setup.issuer,
    date: setup.date,
    colophon: { copyTo: [], printedBy: setup.issuer, printedOn: setup.date },
  };
}
