/**
 * Name and text pools for synthetic counties, in the shapes of the Helan plan
 * (demo/helan-innovation-county-plan-2024.txt): its departments, section and task titles,
 * sentences and indicators, plus a few of the same kind so counties differ.
 */

/** Syllables for county (X X 县) and township (X X 镇) names; the pairs are not real places. */
// No 和: the parser reads a leading 和 in a unit list as the conjunction.
export const PLACE_FIRST = ['安', '永', '平', '嘉', '兴', '丰', '泰', '清', '云', '河', '金', '宁', '东', '西', '南', '北', '长', '新', '定', '阳'];
export const PLACE_SECOND = ['川', '源', '山', '泉', '湖', '原', '州', '丘', '谷', '林', '阜', '隆', '昌', '德', '顺', '乐', '康', '远', '城', '台'];
export const TRADE_NAMES = ['融晟', '鑫源', '华创', '瑞丰', '恒通', '宏泰', '盛达', '汇金', '天润', '博远'];

/** Departments every county has (the office host and the supervision office come from here). */
export const CORE_DEPARTMENTS = ['科技和工信局', '发改局', '财政局', '农业农村局', '人社局', '自然资源局'] as const;
export const SUPERVISION_UNIT = '县委县政府督查室';
/** Units that can host the leading group's office (保障措施 (一)). */
export const OFFICE_HOSTS = ['科技和工信局', '发改局'] as const;

/** Departments a county may have besides the core ones (name, and an alias the plan may use). */
export const OTHER_DEPARTMENTS: ReadonlyArray<{ name: string; aliases?: string[] }> = [
  { name: '卫健局' },
  { name: '组织部(人才办)', aliases: ['组织部', '人才办'] },
  { name: '网信办' },
  { name: '商务和投资促进局' },
  { name: '乡村振兴服务中心' },
  { name: '水务局' },
  { name: '文旅局' },
  { name: '市场监管局' },
  { name: '住建局' },
  { name: '交通运输局' },
  { name: '综合执法局' },
  { name: '教体局' },
  { name: '审批服务管理局', aliases: ['审批服务局'] },
  { name: '应急管理局' },
  { name: '县科协', aliases: ['科协'] },
  { name: '政研室' },
  { name: '民政局' },
  { name: '司法局' },
  { name: '统计局' },
  { name: '林草局' },
  { name: '医保局' },
  { name: '退役军人事务局' },
];

export const SECTION_TITLES = [
  '加快提升创新发展综合能力',
  '加快提升现代工业创新发展水平',
  '加快提升现代农业创新发展水平',
  '加快提升现代服务业创新发展水平',
  '加快提升生态环境保护水平',
  '加快提升创新为民惠民水平',
  '加快提升改革开放融合发展水平',
  '加快提升数字治理能力',
  '加快提升城乡融合发展水平',
];

export const TASK_TITLES = [
  '实施创新力量厚植工程', '实施创新主体培育工程', '实施创新协同联动工程', '实施创新生态涵养工程',
  '实施科技人才集聚工程', '加快传统产业改造升级', '推动新兴产业发展壮大', '创新农业产业经营体系',
  '建立绿色农业生产体系', '推动农村产业融合发展', '深入实施现代服务业扩容计划', '深入实施数字赋能计划',
  '推进环境污染大治理', '持续推进资源高效集约利用', '推动绿色低碳大发展', '统筹教育资源互联共享',
  '完善医疗健康体系建设', '加快智慧城市建设步伐', '进一步加强科学技术普及工作', '深化放管服改革',
  '实施高标准市场体系建设行动', '建设更高水平开放型经济', '推进科技成果转移转化', '完善科技金融服务体系',
  '加强知识产权保护运用', '推进数字乡村建设', '提升县域商业体系', '健全基层科普服务网络',
];

/** Sentences of a task's body, without numbers (targets come from TARGET_PHRASES). */
export const TASK_SENTENCES = [
  '完善创新平台培育体系,推进项目、人才、平台一体化配置,重点支持工程技术研究中心等创新平台建设。',
  '聚焦关键技术需求和技术瓶颈,开展新型材料、精密仪器仪表、生物医药、绿色食品等领域关键技术攻关。',
  '进一步完善科技型企业梯次培育体系,推动科技型企业数量和质量双提升。',
  '借助东西部科技合作机制,充分利用区外企业、高校的人才、技术、仪器设备等创新资源,联合开展技术攻关或成果转化。',
  '弘扬科学家精神和工匠精神,建立多元化科技创新投入机制,充分发挥创新引导资金作用。',
  '组建“产业专班+领军企业”引才小分队,支持企业加强专业人才队伍建设。',
  '深入实施工业对标提升转型发展行动,推动传统产业走专业化、精细化、特色化发展之路。',
  '统筹推进智能终端材料和半导体材料产业发展及产业链延伸,培育一批智能制造领军企业。',
  '加强良种繁育、储藏等关键技术攻关和成果转化推广,实施优质农产品品牌提升工程。',
  '加快实施现代化生态灌区工程,提升设施环境调控、植保作业机械化水平。',
  '推进农业与旅游、文化等产业深度融合,强化“从产地到厨房”的产销对接和品牌营销。',
  '深入推进文化旅游、现代物流、健康养老、电子商务等服务业转型升级,拓展“互联网+”消费生态体系。',
  '加强网络基础设施优化升级,推动5G网络在产业园区、重点企业、商务楼宇深度覆盖。',
  '依靠技术创新着力打好空气、土壤、水体等生态环境污染防治攻坚战。',
  '坚持节约集约利用土地,严守耕地保护红线,强化水资源刚性约束。',
  '推进绿色工厂、绿色园区建设,推广应用先进节能技术、工艺、装备,提升工业能效水平。',
  '进一步加强信息化网络资源应用,逐步实现学校管理、课堂教学质量数据化、智能化。',
  '推进公共卫生健康云基础服务建设,提高医疗机构诊断能力和水平。',
  '逐步搭建集智慧政务、智慧社区、智慧城管、应急管理为一体的城市治理指挥中枢。',
  '深入推进“互联网+科普”,持续推进科普进企业、进校园、进乡村、进社区。',
  '持续优化营商环境,推行“一窗全办、一网通办、容缺办结”。',
  '深化农业农村、国资国企、财税金融、社会事业等重点领域改革。',
  '主动承接城市产业外溢、东部沿海地区产业转移,进一步畅通开放通道。',
  '各责任单位要细化工作措施,明确时间节点,确保各项工作按期完成。',
];

/** Quantified sentences: {n} is the number, {end} the plan's last year, {start} its first. */
/** A target's metric: the same metric gets the same number everywhere in one plan. */
export interface TargetPhrase {
  metric: string;
  text: string;
  min: number;
  max: number;
}

export const TARGET_PHRASES: readonly TargetPhrase[] = [
  { metric: 'platforms', text: '到{end}年,新增各类创新平台{n}个以上。', min: 3, max: 20 },
  { metric: 'platformsYearly', text: '从{start}年开始,每年新增组建工程技术研究中心等创新平台{n}家以上。', min: 2, max: 8 },
  { metric: 'hitech', text: '到{end}年,国家级高新技术企业达到{n}家以上。', min: 10, max: 60 },
  { metric: 'sme', text: '到{end}年,科技型中小企业达到{n}家以上。', min: 60, max: 300 },
  { metric: 'envoys', text: '到{end}年,选聘科技特派员{n}人。', min: 80, max: 240 },
  { metric: 'factories', text: '到{end}年,建成自治区级智能工厂{n}个以上。', min: 2, max: 10 },
  { metric: 'processing', text: '到{end}年,农产品加工转换率达到{n}%以上。', min: 60, max: 85 },
  { metric: 'irrigation', text: '到{end}年,高效节水面积达到{n}万亩。', min: 10, max: 40 },
  { metric: 'sewage', text: '到{end}年,农村生活污水处理率达到{n}%以上。', min: 50, max: 80 },
  { metric: 'online', text: '到{end}年,政务服务事项网上可办率达到{n}%以上。', min: 80, max: 99 },
  { metric: 'farms', text: '到{end}年,休闲农业示范农庄达到{n}个。', min: 3, max: 12 },
  { metric: 'logistics', text: '到{end}年,限上物流企业达{n}家以上。', min: 3, max: 12 },
];

/** Goal themes of 总体目标 and the targets under them ({n}, {end} as above). */
export const GOAL_THEMES: ReadonlyArray<{ theme: string; targets: readonly TargetPhrase[] }> = [
  {
    theme: '县域创新能力水平实现新跃升',
    targets: [
      { metric: 'hitech', text: '培育国家高新技术企业{n}家以上', min: 20, max: 60 },
      { metric: 'sme', text: '科技型中小企业{n}家以上', min: 80, max: 260 },
      { metric: 'platformsRegional', text: '自治区创新平台{n}个以上', min: 20, max: 70 },
    ],
  },
  {
    theme: '创新创业生态优化达到新高度',
    targets: [
      { metric: 'rnd', text: '有研发活动的规上工业企业占比达到{n}%', min: 30, max: 55 },
      { metric: 'patents', text: '每万人口有效发明专利拥有量达到{n}件', min: 3, max: 12 },
    ],
  },
  {
    theme: '科技助推产业升级实现新突破',
    targets: [
      { metric: 'industry', text: '规模以上工业增加值年均增长{n}%以上', min: 4, max: 9 },
      { metric: 'revenue', text: '一般公共预算收入年均增长{n}%', min: 2, max: 6 },
    ],
  },
  {
    theme: '科技赋能促发展取得新成就',
    targets: [
      { metric: 'forest', text: '林木绿化率达到{n}%', min: 20, max: 45 },
      { metric: 'renewables', text: '可再生资源利用率提高到{n}%', min: 30, max: 60 },
    ],
  },
];

/** Annual indicators (年度目标): name with its unit, a typical first-year value, attribute. */
export const INDICATORS: ReadonlyArray<{ name: string; base: number; step: number; decimals: number; binding: boolean }> = [
  { name: '全社会研发投入强度(%)', base: 1.2, step: 0.12, decimals: 2, binding: false },
  { name: '本级科学技术支出占当年本级财政一般公共预算支出比重(%)', base: 2.15, step: 0.05, decimals: 2, binding: false },
  { name: '实施重大、重点技术攻关项目(个)', base: 30, step: 0, decimals: 0, binding: false },
  { name: '引进新品种、新技术、新模式不少于(项)', base: 40, step: 10, decimals: 0, binding: false },
  { name: '争取各类科技项目(项)', base: 30, step: 2, decimals: 0, binding: false },
  { name: '工业企业中有研发活动的占比达到(%)', base: 42, step: 1.5, decimals: 0, binding: true },
  { name: '新增国家高新技术企业(个)', base: 4, step: 0, decimals: 0, binding: false },
  { name: '科技“小巨人”企业家数(个)', base: 25, step: 3, decimals: 0, binding: false },
  { name: '自治区科技型中小企业数(个)', base: 160, step: 30, decimals: 0, binding: false },
  { name: '新增自治区农业高新技术企业数(个)', base: 2, step: 0, decimals: 0, binding: false },
  { name: '新增科技创新服务平台(个)', base: 4, step: 0, decimals: 0, binding: false },
  { name: '新增科技服务或技术转移机构(个)', base: 2, step: 0, decimals: 0, binding: false },
  { name: '选聘科技特派员(人)', base: 160, step: 10, decimals: 0, binding: true },
  { name: '公民具备科学素质比例超过(%)', base: 12, step: 2, decimals: 0, binding: false },
  { name: '数字经济核心产业增加值占GDP比重达到(%)', base: 7, step: 0.8, decimals: 1, binding: false },
  { name: '农产品加工转换率(%)', base: 70, step: 3, decimals: 0, binding: false },
  { name: '政务服务事项网上可办率(%)', base: 85, step: 3, decimals: 0, binding: true },
];

/** An indicator where lower is better, as the Helan table ends with one. */
export const ENERGY_INDICATOR = { name: '万元GDP综合能耗(吨标准煤/万元)', base: 0.5, step: -0.02, decimals: 2, binding: true };
