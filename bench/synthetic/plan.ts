import type { Rng } from '../../src/services/demo/history/prng';
import type { SyntheticUnit } from './county';
import { ENERGY_INDICATOR, GOAL_THEMES, INDICATORS, SECTION_TITLES, SUPERVISION_UNIT, TARGET_PHRASES, TASK_SENTENCES, TASK_TITLES, type TargetPhrase } from './pools';

export interface SyntheticTask {
  number: number;
  title: string;
  /** The task's text before its unit clause. */
  body: string;
  lead: string;
  /** Responsible units as the clause lists them (各乡镇(场) last when present). */
  responsible: string[];
}

export interface SyntheticIndicator {
  name: string;
  /** One value per plan year. */
  values: number[];
  binding: boolean;
}

/** The structure of a Helan-shaped plan; plan-text.ts writes it as the document an office uploads. */
export interface SyntheticPlan {
  countyName: string;
  shortName: string;
  title: string;
  documentNumber: string;
  /** ISO dates: the notice is signed, then published a few days later. */
  signDate: string;
  publishDate: string;
  startYear: number;
  endYear: number;
  officeHost: string;
  /** Reports are due before this day of each quarter's last month. */
  dueDay: number;
  goals: Array<{ theme: string; targets: string[] }>;
  indicators: SyntheticIndicator[];
  /** Helan's flattened web page (one cell per line), or one tab-separated row per indicator. */
  indicatorLayout: 'cells' | 'rows';
  sections: Array<{ title: string; tasks: SyntheticTask[] }>;
}

const fill = (text: string, values: Record<string, number>) => text.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key]));

/** Writes target phrases with one number per metric, so a plan does not contradict itself at random. */
function targetWriter(rng: Rng, years: { start: number; end: number }): (phrase: TargetPhrase) => string {
  const chosen = new Map<string, number>();
  return (phrase) => {
    const n = chosen.get(phrase.metric) ?? rng.int(phrase.min, phrase.max);
    chosen.set(phrase.metric, n);
    return fill(phrase.text, { n, start: years.start, end: years.end });
  };
}

function indicatorValues(rng: Rng, spec: { base: number; step: number; decimals: number }, years: number): number[] {
  const scale = 0.7 + rng.next() * 0.6;
  const factor = 10 ** spec.decimals;
  return Array.from({ length: years }, (_, i) => Math.max(1 / factor, Math.round((spec.base * scale + spec.step * i) * factor) / factor));
}

function generateTasks(rng: Rng, units: readonly SyntheticUnit[], officeHost: string, writeTarget: (phrase: TargetPhrase) => string): SyntheticPlan['sections'] {
  const departments = units.filter((u) => u.kind === 'department' && u.name !== SUPERVISION_UNIT).map((u) => u.name);
  const assignable = units.filter((u) => u.kind !== 'township' && u.name !== SUPERVISION_UNIT).map((u) => u.name);
  const hasTownships = units.some((u) => u.kind === 'township');
  const sectionTitles = rng.sample(SECTION_TITLES, rng.int(5, 8)).sort((a, b) => SECTION_TITLES.indexOf(a) - SECTION_TITLES.indexOf(b));
  const titles = rng.sample(TASK_TITLES, TASK_TITLES.length);
  let number = 0;
  return sectionTitles.map((title) => ({
    title,
    tasks: Array.from({ length: rng.int(2, 4) }, () => {
      number += 1;
      // The office's host leads a good share of the tasks, as 科技和工信局 does in Helan.
      const lead = rng.chance(0.35) ? officeHost : rng.pick(departments);
      const responsible = rng.sample(assignable.filter((name) => name !== lead), rng.int(2, 8));
      if (hasTownships && rng.chance(0.4)) responsible.push('各乡镇(场)');
      const sentences = rng.sample(TASK_SENTENCES, rng.int(2, 4));
      const targets = rng.sample(TARGET_PHRASES, rng.int(0, 2)).map(writeTarget);
      return { number, title: titles[(number - 1) % titles.length]!, body: [...sentences, ...targets].join(''), lead, responsible };
    }),
  }));
}

/** A plan for one county: randomised sections, tasks, units, goals and indicators in Helan's shape. */
export function generatePlan(
  rng: Rng,
  county: { countyName: string; shortName: string; units: readonly SyntheticUnit[]; officeHost: string; startYear: number },
): SyntheticPlan {
  const startYear = county.startYear;
  const endYear = startYear + 2;
  const signDay = rng.int(3, 20);
  const indicatorSpecs = [...rng.sample(INDICATORS, rng.int(12, INDICATORS.length)).sort((a, b) => INDICATORS.indexOf(a) - INDICATORS.indexOf(b))];
  if (rng.chance(0.7)) indicatorSpecs.push(ENERGY_INDICATOR);
  const writeTarget = targetWriter(rng, { start: startYear, end: endYear });
  return {
    countyName: county.countyName,
    shortName: county.shortName,
    title: `${county.countyName}创新型县建设实施方案`,
    documentNumber: `${county.shortName.charAt(0)}党办〔${startYear}〕${rng.int(1, 30)}号`,
    signDate: `${startYear}-01-${String(signDay).padStart(2, '0')}`,
    publishDate: `${startYear}-01-${String(signDay + rng.int(1, 5)).padStart(2, '0')}`,
    startYear,
    endYear,
    officeHost: county.officeHost,
    dueDay: rng.pick([10, 15, 20, 25]),
    goals: rng.sample(GOAL_THEMES, rng.int(2, GOAL_THEMES.length)).map((goal) => ({
      theme: goal.theme,
      targets: goal.targets.filter(() => rng.chance(0.8)).map(writeTarget),
    })),
    indicators: indicatorSpecs.map((spec) => ({ name: spec.name, values: indicatorValues(rng, spec, endYear - startYear + 1), binding: spec.binding })),
    indicatorLayout: rng.chance(0.5) ? 'cells' : 'rows',
    sections: generateTasks(rng, county.units, county.officeHost, writeTarget),
  };
}
