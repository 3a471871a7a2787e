import { BodyBuilder } from '../documents/body-builder';
import { planSubject, type DocumentSetup } from '../documents/compose-circular';
import type { DocumentModel } from '../documents/document-model';
import type { AssessmentScheme } from './scheme';
import type { UnitScore } from './scoring';

type Ranked = Pick<UnitScore, 'total' | 'components'> & { unitName: string; rank: number };

const fixed = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2));

function rankingRows(units: readonly Ranked[]): string[][] {
  return units.map((u) => [
    String(u.rank),
    u.unitName,
    fixed(u.components.timeliness),
    fixed(u.components.quality),
    fixed(u.components.progress),
    fixed(u.components.indicators),
    fixed(u.components.deduction + u.components.bonus + u.components.adjustment),
    fixed(u.total),
  ]);
}

const COLUMNS = ['名次', '单位', '报送及时性', '报告质量', '任务进展', '指标完成', '加减分', '总分'];

/**
 * The assessment's 通报 (年度考核结果通报) in the documents area's model, so it is written with the
 * same GB/T 9704 .docx writer: the method, departments and townships ranked apart, the units named
 * for overdue notices, and what follows from the results.
 */
export function composeAssessmentCircular(input: {
  planTitle: string;
  year: number;
  scheme: AssessmentScheme;
  departments: readonly Ranked[];
  townships: readonly Ranked[];
  setup: DocumentSetup;
}): DocumentModel {
  const { scheme, year } = input;
  const { weights } = scheme;
  const body = new BodyBuilder();
  body.paragraph(`按照《${input.planTitle}》关于将落实情况纳入年度考核的要求，领导小组办公室依据各单位${year}年度进度报送、报告质量、任务推进、指标完成和督办落实等记录，对各责任单位进行了考核。现将考核结果通报如下：`);
  body
    .heading(1, '考核办法')
    .paragraph(
      `考核满分100分：报送及时性${weights.timeliness}分，报告质量${weights.quality}分，任务进展${weights.progress}分，指标完成${weights.indicators}分；单位无相关考核记录的项目不计分，其余项目按比例折算。督办事项每超期一件扣${scheme.overdueNoticePenalty}分（最多扣${scheme.maxDeduction}分），每提前完成一项任务加${scheme.earlyCompletionBonus}分（最多加${scheme.maxBonus}分）。每一项得分均对应具体记录，可在系统中查询。`,
    );
  body.heading(1, '部门考核结果').table(`${year}年度县直部门考核排名`, COLUMNS, rankingRows(input.departments));
  body.heading(1, '乡镇（场）考核结果').table(`${year}年度乡镇（场）考核排名`, COLUMNS, rankingRows(input.townships));
  const overdue = [...input.departments, ...input.townships].filter((u) => u.components.deduction < 0).map((u) => u.unitName);
  body.heading(1, '有关要求');
  if (overdue.length > 0) body.paragraph(`${overdue.join('、')}存在督办事项超期反馈的情况，予以通报，请认真整改。`);
  body.paragraph('排名靠后的单位要认真分析原因，对照考核记录查找差距，制定整改措施；各单位要按时报送进度、如实反映问题，确保各项任务按期完成。');
  return {
    kind: 'circular',
    number: null,
    title: `关于${year}年度${planSubject(input.planTitle)}工作考核结果的通报`,
    recipients: input.setup.recipients,
    blocks: body.blocks,
    issuer: input.setup.issuer,
    date: input.setup.date,
    colophon: { copyTo: input.setup.copyTo, printedBy: input.setup.issuer, printedOn: input.setup.date },
  };
}
