import { lightOf } from '../cockpit/lights';
import { selectAttentionItems, type AttentionItem } from './attention-items';
import { BodyBuilder } from './body-builder';
import { enumerate, periodLabel } from './chinese-text';
import { planSubject, type DocumentSetup } from './compose-circular';
import type { DocumentModel } from './document-model';
import { INDICATOR_STATUS_ZH, meaningfulText, type PeriodFacts } from './period-facts';
import { ratesSentence, taskOverviewSentence } from './period-summary';

/**
 * The quarterly work meeting's pack (季度工作推进会议材料): the red and yellow items, each with
 * why it is flagged and its latest report (进展情况, 存在问题, 下步打算).
 */
export function composeMeetingPack(facts: PeriodFacts, setup: DocumentSetup): DocumentModel {
  const label = periodLabel(facts.periodKey);
  const items = selectAttentionItems(facts);
  const body = new BodyBuilder();
  body.paragraph(`${taskOverviewSentence(facts)}${ratesSentence(facts)}现将需要会议研究的红灯、黄灯事项汇总如下。`);
  const red = items.filter((i) => i.light === 'red');
  const yellow = items.filter((i) => i.light === 'yellow');
  body.heading(1, `红灯事项（${red.length}项）`);
  if (red.length === 0) body.paragraph('本期无红灯事项。');
  red.forEach((item) => addItem(body, item));
  body.heading(1, `黄灯事项（${yellow.length}项）`);
  if (yellow.length === 0) body.paragraph('本期无黄灯事项。');
  yellow.forEach((item) => addItem(body, item));
  // Indicators in the cockpit's lights (domain/cockpit/lights.ts): red and yellow ones, with why.
  const flagged = facts.indicators.map((i) => ({ ...i, light: lightOf(i.status, i.attribute) })).filter((i) => i.light === 'red' || i.light === 'yellow');
  if (flagged.length > 0) {
    body.heading(1, `指标预警（${flagged.length}项）`);
    flagged.forEach((i) => body.paragraph(`${i.light === 'red' ? '【红灯】' : '【黄灯】'}${i.name}（${INDICATOR_STATUS_ZH[i.status]}）：${i.explanation}`));
  }
  body.table(
    '附表  红灯、黄灯事项清单',
    ['序号', '灯色', '任务', '牵头单位', '原因'],
    items.map((i, index) => [String(index + 1), i.light === 'red' ? '红灯' : '黄灯', `第${i.taskNumber}项 ${i.taskTitle}`, enumerate(i.leadUnits), i.reasons.join('；')]),
  );
  return {
    kind: 'meeting_pack',
    number: null,
    title: `${label}${planSubject(facts.planTitle)}工作推进会议材料`,
    recipients: '领导小组各成员单位：',
    blocks: body.blocks,
    issuer: setup.issuer,
    date: setup.date,
    colophon: { copyTo: [], printedBy: setup.issuer, printedOn: setup.date },
  };
}

function addItem(body: BodyBuilder, item: AttentionItem): void {
  body.heading(2, `第${item.taskNumber}项“${item.taskTitle}”（牵头单位：${enumerate(item.leadUnits) || '未明确'}）`);
  body.paragraph(`列入原因：${item.reasons.join('；')}。`);
  const report = item.latestReport;
  if (!report) {
    body.paragraph('本期未收到进展报告。');
    return;
  }
  body.paragraph(`最新进展（${report.unitName}）：${meaningfulText(report.progress) ?? '未填写'}`);
  body.paragraph(`存在问题：${meaningfulText(report.problems) ?? '无'}`);
  body.paragraph(`下步打算：${meaningfulText(report.nextSteps) ?? '未填写'}`);
}
