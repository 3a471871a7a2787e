import type { SyntheticPlan, SyntheticTask } from './plan';

const CHINESE_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

const chineseDate = (iso: string) => {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}年${month}月${day}日`;
};

function header(plan: SyntheticPlan): string[] {
  const notice = `中共${plan.countyName}委办公室 ${plan.countyName}人民政府办公室 关于印发《${plan.title}》的通知`;
  return [
    '您当前浏览位置:首页>政务公开>党群部门信息公开目录>县委办公室>县委办文件',
    '',
    notice,
    '',
    `索引号 11${plan.startYear}0000/${plan.startYear}-00010 文 号 ${plan.documentNumber} 发布日期 ${plan.publishDate}`,
    `发布机构 中共${plan.countyName}委办公室 公开时限 长期公开 所属分类 县委办文件`,
    '关 键 词 创新型县',
    '',
    '县委各部委,政府各部门、各人民团体、各乡镇场(街道)、县属各企事业单位:',
    '',
    `《${plan.title}》已经县委常委会会议、县人民政府常务会议研究同意,现印发给你们,请认真抓好贯彻落实。`,
    '',
    `中共${plan.countyName}委办公室    `,
    '',
    `${plan.countyName}人民政府办公室    `,
    '',
    `${chineseDate(plan.signDate)}        `,
    '',
    '(此件公开发布)',
    '',
    '',
    plan.title,
    '',
    '为全面贯彻落实党的二十大精神,大力实施创新驱动发展战略,加快推进科技创新示范县建设,结合县域实际,特制定本方案。',
    '',
    '一、指导思想',
    '',
    '坚持以习近平新时代中国特色社会主义思想为指导,以科技支撑产业高质量发展为主题,以深化体制机制改革为动力,确保顺利完成国家创新型县建设。',
    '',
  ];
}

function goals(plan: SyntheticPlan): string[] {
  const lines = ['二、主要目标', '', '1.总体目标', ''];
  for (const goal of plan.goals) {
    const targets = goal.targets.length > 0 ? `到${plan.endYear}年,力争${goal.targets.join('、')}。` : '各项工作稳步推进。';
    lines.push(`——${goal.theme}。${targets}`, '');
  }
  return lines;
}

function indicatorTable(plan: SyntheticPlan): string[] {
  const years = Array.from({ length: plan.endYear - plan.startYear + 1 }, (_, i) => plan.startYear + i);
  const attribute = (binding: boolean) => (binding ? '约束性' : '预期性');
  const lines = ['2.年度目标', '', `${plan.countyName}创新型县建设年度任务计划表(${plan.startYear}年—${plan.endYear}年)`, ''];
  if (plan.indicatorLayout === 'rows') {
    lines.push(['序号', '指标', ...years.map(String), '指标属性'].join('\t'));
    plan.indicators.forEach((indicator, i) => lines.push([String(i + 1), indicator.name, ...indicator.values.map(String), attribute(indicator.binding)].join('\t')));
    return [...lines, ''];
  }
  // Helan's web page flattened: a run-together header, then every cell on its own line.
  lines.push(`序号          指标${years.join('')}指标属性`, '');
  plan.indicators.forEach((indicator, i) => {
    for (const cell of [String(i + 1), indicator.name, ...indicator.values.map(String), attribute(indicator.binding)]) lines.push(cell, '');
  });
  return [...lines, ''];
}

const unitClause = (task: SyntheticTask) => `(牵头单位:${task.lead};责任单位:${task.responsible.join('、')})`;

function tasks(plan: SyntheticPlan): string[] {
  const lines = ['三、重点任务', ''];
  plan.sections.forEach((section, i) => {
    lines.push(`(${CHINESE_NUMBERS[i]})${section.title}`, '');
    for (const task of section.tasks) lines.push(`${task.number}.${task.title}。${task.body}${unitClause(task)}`, '');
  });
  return lines;
}

function safeguards(plan: SyntheticPlan): string[] {
  return [
    '四、保障措施',
    '',
    `(一)加强组织领导。组建由县政府主要领导担任组长,县政府分管副县长担任副组长,县直相关部门、各乡镇政府主要负责人为成员的创新型县建设领导小组,负责创新型县建设工作的总体安排部署、组织协调、督促检查等;领导小组办公室设在县${plan.officeHost},具体负责创新型县建设日常工作。`,
    '',
    `(二)分工协作推进。各牵头单位切实履行主体责任,及时协调各责任单位推动具体工作。各责任单位对标对表任务分工,细化工作措施、抓好工作落实,并在每季度末${plan.dueDay}日前向创新型县建设领导小组办公室上报工作推进情况。县委、县政府督查室要督促各部门强化责任,确保各项任务落到实处。`,
    '',
    '(三)强化督导考核。将创新型县建设取得的成效纳入各部门、各乡镇(场)年度考核重要内容,县委、县政府督查室要加强督查、定期通报,促进各项工作有计划、有步骤开展。创新型县建设领导小组办公室每季度组织召开工作例会研判重点难点工作,并将工作推动落实情况报县委、县政府主要领导。',
    '',
  ];
}

/** The plan as the text of its web page, laid out like the Helan document (demo/). */
export function renderPlanText(plan: SyntheticPlan): string {
  return [...header(plan), ...goals(plan), ...indicatorTable(plan), '', ...tasks(plan), ...safeguards(plan)].join('\n');
}
