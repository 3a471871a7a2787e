import type { PlanDocument } from '../plan-document.schema';

/**
 * The Helan plan's facts, derived by hand from demo/helan-innovation-county-plan-2024.txt
 * (line numbers refer to that file). Unit names are written as the plan writes them, in the
 * canonical half-width form: 组织部(人才办), 各乡镇(场).
 */
export const HELAN_METADATA = {
  title: '贺兰县创新型县建设实施方案',
  issuers: ['中共贺兰县委办公室', '贺兰县人民政府办公室'],
  documentNumber: '贺党办〔2024〕1号',
  indexNumber: '11640122010103150T/2024-00010',
  publishDate: '2024-01-08',
  signDate: '2024-01-05',
  recipients: [
    '宁夏贺兰工业园区党工委',
    '县委各部委',
    '政府各部门',
    '各人民团体',
    '各乡镇场(街道)',
    '县属各企事业单位',
    '驻县区市属各单位党委(党组、党工委、总支部、支部)',
  ],
  disclosure: '长期公开',
  keywords: ['创新型县'],
};

type GoalFact = [metric: string, comparator: string, value: number, unit: string | null, kind: string];

/** Every quantified overall goal (lines 36–44), all due 2025. */
export const HELAN_GOALS: GoalFact[] = [
  ['国家高新技术企业', '>=', 40, '家', 'level'],
  ['自治区科技“小巨人”企业', '>=', 15, '家', 'level'],
  ['农业高新技术企业', '>=', 15, '家', 'level'],
  ['科技型中小企业', '>=', 180, '家', 'level'],
  ['自治区创新平台', '>=', 50, '个', 'level'],
  ['农产品“三品一标”数', '>=', 75, '个', 'level'],
  ['全社会研究与试验发展经费投入强度', '>=', 1.45, '%', 'level'],
  ['有研发活动的规上工业企业占比', '>=', 45, '%', 'level'],
  ['规上工业企业建立研发机构占比', '>=', 37.3, '%', 'level'],
  ['高新技术产业产值占工业总产值比重', '>=', 35, '%', 'level'],
  ['技术合同成交金额占地区生产总值比重', '>=', 1.1, '%', 'level'],
  ['每万人口有效发明专利拥有量', '>=', 6, '件', 'level'],
  ['有效发明专利累计授权量', '>=', 360, '件', 'level'],
  ['公民具备科学素质比例', '>', 16, '%', 'level'],
  ['规模以上工业增加值', 'increase_by', 6, '%', 'annual_growth'],
  ['地区生产总值', 'increase_by', 7, '%', 'annual_growth'],
  ['一般公共预算收入', 'increase_by', 3, '%', 'annual_growth'],
  ['城镇居民人均可支配收入', 'increase_by', 6.5, '%', 'annual_growth'],
  ['农村居民人均可支配收入', 'increase_by', 7, '%', 'annual_growth'],
  ['林木绿化率', '>=', 38, '%', 'level'],
  ['万元GDP综合能耗', 'decrease_by', 15, '%', 'relative_change'],
  ['可再生资源利用率', '>=', 50, '%', 'level'],
];

type IndicatorFact = [
  number: number,
  name: string,
  unit: string | null,
  targets: [number | null, number | null, number | null],
  attribute: string,
  direction: string,
];

/** The 20 rows of the annual table (lines 50–290): 2023, 2024 and 2025 targets. */
export const HELAN_INDICATORS: IndicatorFact[] = [
  [1, '全社会研发投入强度', '%', [1.2, 1.32, 1.45], 'expected', 'higher'],
  [2, '本级科学技术支出占当年本级财政一般公共预算支出比重', '%', [2.15, 2.2, 2.25], 'expected', 'higher'],
  [3, '实施重大、重点技术攻关项目', '个', [30, 30, 30], 'expected', 'higher'],
  [4, '引进新品种、新技术、新模式', '项', [40, 50, 60], 'expected', 'higher'],
  [5, '争取国家、自治区、银川市各类科技项目', '项', [30, 30, 30], 'expected', 'higher'],
  [6, '工业企业中有研发活动的占比', '%', [42, 43, 45], 'binding', 'higher'],
  [7, '新增国家高新技术企业', '个', [4, 3, 4], 'expected', 'higher'],
  [8, '新增国家专精特新“小巨人企业', '个', [3, 3, 3], 'expected', 'higher'],
  [9, '科技“小巨人”企业家数', '个', [25, 28, 32], 'expected', 'higher'],
  [10, '自治区科技型中小企业数', '个', [160, 180, 230], 'expected', 'higher'],
  [11, '新增自治区农业高新技术企业数', '个', [2, 2, 2], 'expected', 'higher'],
  [12, '新增自治区创新型示范企业、瞪羚企业', '个', [1, 2, 3], 'expected', 'higher'],
  [13, '新增“专精特新”示范企业', '家', [3, 3, 4], 'expected', 'higher'],
  [14, '新增科技创新服务平台', '个', [4, 4, 4], 'expected', 'higher'],
  [15, '新增科技服务或技术转移机构', '个', [2, 2, 2], 'expected', 'higher'],
  [16, '引育高精尖缺人才、学术技术带头人', null, [35, 35, 35], 'expected', 'higher'],
  [17, '选聘科技特派员', '人', [160, 170, 180], 'binding', 'higher'],
  [18, '公民具备科学素质比例', '%', [12, 14, 16], 'expected', 'higher'],
  [19, '数字经济核心产业增加值占GDP比重', '%', [7, 8, 8.5], 'expected', 'higher'],
  [20, '万元GDP综合能耗', '吨标准煤/万元', [0.5, 0.48, 0.46], 'binding', 'lower'],
];

const PARK = '贺兰工业园区管委会';
const TOWNS = '各乡镇(场)';
const TECH = '科技和工信局';
const ECO = '银川市生态环境局贺兰分局';

type TaskFact = [number: number, title: string, lead: string[], responsible: string[]];

/** Sections (一)…(七) and tasks 1…22 (lines 296–352), each with its units exactly as written. */
export const HELAN_SECTIONS: [number: string, title: string, tasks: TaskFact[]][] = [
  ['一', '加快提升创新发展综合能力', [
    [1, '实施创新力量厚植工程', [TECH], ['发改局', '人社局', '农业农村局', '卫健局', PARK]],
    [2, '实施创新主体培育工程', [TECH], ['发改局', PARK]],
    [3, '实施创新协同联动工程', [TECH], ['组织部(人才办)', '发改局', '教体局', '人社局', '农业农村局', '科协', PARK, '融晟公司']],
    [4, '实施创新生态涵养工程', [TECH], ['财政局', '组织部(人才办)', '人社局', '农业农村局', '卫健局', '科协', PARK]],
    [5, '实施科技人才集聚工程', ['组织部(人才办)'], ['人社局', TECH, '发改局', '农业农村局', '卫健局', '科协', PARK, TOWNS]],
  ]],
  ['二', '加快提升现代工业创新发展水平', [
    [6, '加快传统产业改造升级', [TECH], [PARK, '发改局', '农业农村局', '网信办', TOWNS]],
    [7, '推动新兴产业发展壮大', [TECH], ['发改局', '网信办', PARK, '商务和投资促进局', '融晟公司']],
  ]],
  ['三', '加快提升现代农业创新发展水平', [
    [8, '创新农业产业经营体系', ['农业农村局'], ['自然资源局', '发改局', TECH, '乡村振兴服务中心', TOWNS, PARK]],
    [9, '建立绿色农业生产体系', ['农业农村局'], ['发改局', '水务局', '自然资源局', TECH, '文旅局', '市场监管局', '乡村振兴服务中心', TOWNS]],
    [10, '推动农村产业融合发展', ['农业农村局'], ['自然资源局', '文旅局', '发改局', TECH, '商务和投资促进局', '乡村振兴服务中心', TOWNS, PARK]],
  ]],
  ['四', '加快提升现代服务业创新发展水平', [
    [11, '深入实施现代服务业扩容计划', ['发改局'], ['商务和投资促进局', '文旅局', '住建局', TECH, '交通运输局', '市场监管局', '富兴街街道办', PARK, TOWNS]],
    [12, '深入实施数字赋能计划', ['网信办'], ['发改局', TECH, '商务和投资促进局', '农业农村局', PARK, '富兴街街道办', TOWNS]],
  ]],
  ['五', '加快提升生态环境保护水平', [
    [13, '推进环境污染大治理', [ECO], ['住建局', '交通运输局', '水务局', '农业农村局', '市场监管局', '综合执法局', PARK, TOWNS]],
    [14, '持续推进资源高效集约利用', ['自然资源局'], ['水务局', '发改局', ECO, '住建局', '农业农村局', PARK, '富兴街街道办', TOWNS]],
    [15, '推动绿色低碳大发展', ['发改局'], [PARK, TECH, ECO, '市场监管局']],
  ]],
  ['六', '加快提升创新为民惠民水平', [
    [16, '统筹教育资源互联共享', ['教体局'], ['网信办', TECH, TOWNS]],
    [17, '完善医疗健康体系建设', ['卫健局'], ['健康贺兰建设领导小组各成员单位']],
    [18, '加快“智慧城市”建设步伐', ['网信办'], ['住建局', '审批服务局', '综合执法局', '应急管理局', TECH, '商务和投资促进局']],
    [19, '进一步加强科学技术普及工作', ['县科协'], ['县全民科学素质工作领导小组各成员单位']],
  ]],
  ['七', '加快提升改革开放融合发展水平', [
    [20, '深化“放管服”改革', ['发改局'], ['县优化营商环境领导小组各成员单位']],
    [21, '实施高标准市场体系建设行动', ['发改局'], ['政研室', PARK, '农业农村局', '财政局', TECH, '自然资源局', ECO, '交通运输局', '文旅局', '市场监管局', '审批服务管理局', '税务局', '融晟公司']],
    [22, '建设更高水平开放型经济', ['发改局'], ['商务和投资促进局', TECH, '人社局', '文旅局', '审批服务管理局', '税务局', PARK]],
  ]],
];

/** What every form of the Helan plan must yield, line numbers aside (they differ between forms). */
export function helanFacts(plan: PlanDocument) {
  const { metadata, rules } = plan;
  return {
    metadata: {
      title: metadata.title,
      issuers: metadata.issuers,
      documentNumber: metadata.documentNumber,
      indexNumber: metadata.indexNumber,
      publishDate: metadata.publishDate,
      signDate: metadata.signDate,
      recipients: metadata.recipients,
      disclosure: metadata.disclosure,
      keywords: metadata.keywords,
    },
    goals: plan.goals.map((g): GoalFact => [g.metric, g.comparator, g.value, g.unit, g.kind]),
    goalYears: [...new Set(plan.goals.map((g) => g.year))],
    indicators: plan.indicators.map((i): IndicatorFact => [
      i.number,
      i.name,
      i.unit,
      [i.targets['2023'] ?? null, i.targets['2024'] ?? null, i.targets['2025'] ?? null],
      i.attribute ?? '',
      i.direction,
    ]),
    sections: plan.sections.map((s) => [
      s.number ?? '',
      s.title,
      s.tasks.map((t): TaskFact => [t.number, t.title, t.leadUnits, t.responsibleUnits]),
    ]),
    reporting: rules.reporting && {
      cadence: rules.reporting.cadence,
      dueDay: rules.reporting.dueDay,
      dueMonthOfPeriod: rules.reporting.dueMonthOfPeriod,
      reportTo: rules.reporting.reportTo,
    },
    meetingCadence: rules.meeting?.cadence,
    officeHost: rules.office?.hostUnit,
    assessmentCadence: rules.assessment?.cadence,
    conflicts: plan.findings.filter((f) => f.code === 'conflicting_targets').map((f) => f.params['metric']),
  };
}

export const HELAN_FACTS = {
  metadata: HELAN_METADATA,
  goals: HELAN_GOALS,
  goalYears: [2025],
  indicators: HELAN_INDICATORS,
  sections: HELAN_SECTIONS,
  reporting: { cadence: 'quarterly', dueDay: 20, dueMonthOfPeriod: 'last', reportTo: '创新型县建设领导小组办公室' },
  meetingCadence: 'quarterly',
  officeHost: '科技和工信局',
  assessmentCadence: 'yearly',
  conflicts: ['自治区科技“小巨人”企业', '科技型中小企业'],
};
