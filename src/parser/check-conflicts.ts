import type { Finding, Goal, Indicator, Section, Target } from './plan-document.schema';
import { createFinding } from './finding';
import { metricKey } from './metric-phrase';
import { areUnitsComparable } from './units-of-measure';

interface Statement {
  metric: string;
  year: number;
  kind: Target['kind'];
  value: number;
  unit: string | null;
  line: number;
  placeEn: string;
  placeZh: string;
}

/**
 * The same measure given different targets for the same year in different places: Helan's
 * overall goals want 180 科技型中小企业 by 2025 while its table's 2025 column says 230. Only
 * stated targets with a due year are compared, yearly ones never with totals, and counts
 * (家, 个) with counts.
 */
export function checkConflicts(goals: readonly Goal[], sections: readonly Section[], indicators: readonly Indicator[]): Finding[] {
  const statements: Statement[] = [
    ...goals.flatMap((g) => fromTarget(g, '', '总体目标')),
    ...sections.flatMap((s) => s.tasks.flatMap((t) => t.targets.flatMap((target) => fromTarget(target, ` task ${t.number}`, `第${t.number}项任务`)))),
    ...indicators.flatMap((indicator) =>
      Object.entries(indicator.targets).map(([year, value]) => ({
        metric: indicator.name,
        year: Number(year),
        kind: 'level' as const,
        value,
        unit: indicator.unit,
        line: indicator.line,
        placeEn: `indicator ${indicator.number}`,
        placeZh: `年度指标第${indicator.number}项`,
      })),
    ),
  ];
  const groups = new Map<string, Statement[]>();
  for (const statement of statements) {
    const key = `${metricKey(statement.metric)}|${statement.year}|${statement.kind}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [statement]);
    else group.push(statement);
  }
  const findings: Finding[] = [];
  for (const group of groups.values()) {
    const first = group[0];
    if (first === undefined || !group.every((s) => areUnitsComparable(s.unit, first.unit))) continue;
    const values = [...new Set(group.map((s) => s.value))];
    if (values.length < 2) continue;
    findings.push(createFinding('conflicting_targets', describe(group, values), group.map((s) => s.line)));
  }
  return findings;
}

function fromTarget(target: Target, placeEn: string, placeZh: string): Statement[] {
  if (target.year === null || target.cadence === 'yearly') return [];
  const where = placeEn === '' ? 'overall goals' : placeEn.trim();
  return [{ ...target, year: target.year, placeEn: where, placeZh }];
}

function describe(group: readonly Statement[], values: readonly number[]): Record<string, string | number> {
  const en: string[] = [];
  const zh: string[] = [];
  for (const value of values) {
    const at = group.filter((s) => s.value === value);
    const unit = at[0]?.unit ?? '';
    en.push(`${value}${unit} (${at.map((s) => `${s.placeEn}, line ${s.line}`).join('; ')})`);
    zh.push(`${at.map((s) => `${s.placeZh}(第${s.line}行)`).join('、')}为${value}${unit}`);
  }
  const named = group.find((s) => s.placeZh === '总体目标') ?? group[0];
  return { metric: named?.metric ?? '', year: group[0]?.year ?? '', valuesEn: en.join(' vs '), valuesZh: zh.join(',') };
}
