import type { UnitKind } from '../../db/schema';

/**
 * Demo organisation for Helan county (贺兰县), from the units its 2024 innovation plan names
 * (DOMAIN.md). Demo data an office can correct, not an authority. `code` is the demo
 * reporter's login for that unit.
 */
export interface DemoUnit {
  code: string;
  name: string;
  kind: UnitKind;
  aliases?: string[];
}

export const HELAN_REGION = { code: '640122', name: '贺兰县' } as const;

/** The demo plan document (a public official document), imported at the first start. */
export const HELAN_PLAN_FILE = 'helan-innovation-county-plan-2024.txt';

/** The unit that hosts the leading group's office (保障措施 (一)). */
export const OFFICE_HOST_UNIT = '科技和工信局';
export const SUPERVISION_UNIT = '县委县政府督查室';

export const HELAN_UNITS: readonly DemoUnit[] = [
  { code: 'kjgx', name: '科技和工信局', kind: 'department', aliases: ['县科技和工信局'] },
  { code: 'fgj', name: '发改局', kind: 'department' },
  { code: 'rsj', name: '人社局', kind: 'department' },
  { code: 'nync', name: '农业农村局', kind: 'department' },
  { code: 'wjj', name: '卫健局', kind: 'department' },
  { code: 'zzb', name: '组织部(人才办)', kind: 'department', aliases: ['组织部', '人才办'] },
  { code: 'czj', name: '财政局', kind: 'department' },
  { code: 'wxb', name: '网信办', kind: 'department' },
  { code: 'swtc', name: '商务和投资促进局', kind: 'department' },
  { code: 'zrzy', name: '自然资源局', kind: 'department' },
  { code: 'xczx', name: '乡村振兴服务中心', kind: 'department' },
  { code: 'slj', name: '水务局', kind: 'department' },
  { code: 'wlj', name: '文旅局', kind: 'department' },
  { code: 'scjg', name: '市场监管局', kind: 'department' },
  { code: 'zjj', name: '住建局', kind: 'department' },
  { code: 'jtys', name: '交通运输局', kind: 'department' },
  { code: 'zhzf', name: '综合执法局', kind: 'department' },
  { code: 'jtj', name: '教体局', kind: 'department' },
  { code: 'spfw', name: '审批服务管理局', kind: 'department', aliases: ['审批服务局'] },
  { code: 'yjgl', name: '应急管理局', kind: 'department' },
  { code: 'kx', name: '县科协', kind: 'department', aliases: ['科协'] },
  { code: 'zys', name: '政研室', kind: 'department' },
  { code: 'dcs', name: SUPERVISION_UNIT, kind: 'department', aliases: ['督查室'] },
  { code: 'yq', name: '贺兰工业园区管委会', kind: 'park', aliases: ['宁夏贺兰工业园区'] },
  { code: 'rsgs', name: '融晟公司', kind: 'enterprise' },
  { code: 'sthj', name: '银川市生态环境局贺兰分局', kind: 'external' },
  { code: 'swju', name: '税务局', kind: 'external' },
  { code: 'fxj', name: '富兴街街道办', kind: 'township' },
  { code: 'xg', name: '习岗镇', kind: 'township' },
  { code: 'jg', name: '金贵镇', kind: 'township' },
  { code: 'lg', name: '立岗镇', kind: 'township' },
  { code: 'hg', name: '洪广镇', kind: 'township' },
  { code: 'cx', name: '常信乡', kind: 'township' },
  { code: 'nq', name: '暖泉农场', kind: 'township' },
];

/** 各乡镇(场): every township and farm (DOMAIN.md). */
export const HELAN_GROUPS: ReadonlyArray<{ name: string; aliases: string[]; members: string[] }> = [
  {
    name: '各乡镇(场)',
    aliases: ['各乡镇场'],
    members: ['习岗镇', '金贵镇', '立岗镇', '洪广镇', '常信乡', '暖泉农场'],
  },
];
