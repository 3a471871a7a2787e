import type { Rng } from './prng';

/**
 * The three parts of a unit's progress report (进展情况 / 存在问题 / 下步打算, DOMAIN.md), in the
 * register county departments write them. Lengths follow what such reports run to: a few hundred
 * characters of progress, a sentence or two of problems and next steps.
 */
const PROGRESS = [
  '本季度,我单位对照任务分工,细化工作措施,明确责任人和时间节点,各项工作有序推进。',
  '召开专题推进会{n}次,研究解决重点难点问题,形成工作台账并实行销号管理。',
  '组织开展实地调研{n}次,走访企业和项目现场,了解实际需求,协调解决具体困难。',
  '争取上级资金{n}万元,重点支持科技创新平台建设和关键技术攻关项目。',
  '完成年度目标任务的{n}%,进度符合预期。',
  '新增培育相关企业{n}家,储备后备企业{n}家,梯次培育体系进一步完善。',
  '开展政策宣传培训{n}场次,覆盖企业和群众{n}人次,政策知晓率明显提升。',
  '与区内外高校、科研院所签订合作协议{n}项,推动成果转化落地。',
  '配合牵头单位报送相关数据和佐证材料,按时完成阶段性工作任务。',
  '建立月调度、季通报工作机制,压实各方责任,确保任务按期完成。',
];
const PROBLEMS = [
  '部分项目前期手续办理进度较慢,资金到位不及时。',
  '专业技术人才短缺,基层工作力量相对薄弱。',
  '企业创新意愿不强,研发投入积极性有待提高。',
  '部门间信息共享不够及时,数据统计口径不一致。',
  '受市场环境影响,部分指标完成存在一定压力。',
];
const NEXT_STEPS = [
  '下一步,将继续加强与牵头单位的沟通协调,加快推进重点项目建设。',
  '持续跟踪任务进展,及时研究解决存在问题,确保全年目标任务完成。',
  '加大政策宣传和服务指导力度,进一步激发企业创新活力。',
  '加强督促检查,对进度滞后的事项实行挂账督办。',
  '积极争取上级项目和资金支持,补齐短板弱项。',
];

export interface ReportText {
  progress: string;
  problems: string;
  nextSteps: string;
}

const fillNumbers = (rng: Rng, text: string) => text.replace(/\{n\}/g, () => String(rng.int(2, 60)));

/** One report's text; `share` in (0, 1] writes a partial draft (fewer sentences). */
export function writeReportText(rng: Rng, share = 1): ReportText {
  const count = (min: number, max: number) => Math.max(1, Math.round(rng.int(min, max) * share));
  return {
    progress: rng.sample(PROGRESS, count(3, 7)).map((s) => fillNumbers(rng, s)).join(''),
    problems: rng.chance(0.2) ? '暂无。' : rng.sample(PROBLEMS, count(1, 2)).join(''),
    nextSteps: rng.sample(NEXT_STEPS, count(1, 3)).join(''),
  };
}
