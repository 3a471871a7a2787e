import type { Finding, Goal, Indicator, Metadata, Section, Unit } from './plan-document.schema';
import { checkConflicts } from './check-conflicts';
import { createFinding } from './finding';

export interface PlanParts {
  metadata: Metadata;
  goals: Goal[];
  indicators: Indicator[];
  sections: Section[];
  units: Unit[];
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * Checks the plan, not just its reading: targets that disagree, tasks nobody leads, numbering
 * gaps, targets no task carries, units that may be one unit under two names. Findings come
 * errors first, then by line.
 */
export function checkPlan(parts: PlanParts): Finding[] {
  const findings = [
    ...checkConflicts(parts.goals, parts.sections, parts.indicators),
    ...checkTasks(parts.sections),
    ...checkOwnership(parts.goals, parts.indicators),
    ...checkUnits(parts.units),
    ...checkMetadata(parts.metadata),
  ];
  return findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.line ?? 0) - (b.line ?? 0));
}

function checkTasks(sections: readonly Section[]): Finding[] {
  const findings: Finding[] = [];
  let previous: number | null = null;
  for (const task of sections.flatMap((s) => s.tasks)) {
    const params = { task: task.number, title: task.title };
    if (task.leadUnits.length === 0) findings.push(createFinding('task_without_lead_unit', params, [task.line]));
    else if (task.responsibleUnits.length === 0 && task.cooperatingUnits.length === 0) {
      findings.push(createFinding('task_without_responsible_units', params, [task.line]));
    }
    if (previous !== null && task.number !== previous + 1) {
      findings.push(createFinding('task_number_gap', { previous, task: task.number }, [task.line]));
    }
    previous = task.number;
  }
  return findings;
}

function checkOwnership(goals: readonly Goal[], indicators: readonly Indicator[]): Finding[] {
  const unownedGoals = goals
    .filter((g) => g.ownerTasks.length === 0)
    .map((g) => createFinding('target_without_owner', { metric: g.metric, source: 'overall goal', sourceZh: '总体目标' }, [g.line]));
  const unownedIndicators = indicators
    .filter((i) => i.ownerTasks.length === 0)
    .map((i) =>
      createFinding('target_without_owner', { metric: i.name, source: `indicator ${i.number}`, sourceZh: `年度指标第${i.number}项` }, [i.line]),
    );
  return [...unownedGoals, ...unownedIndicators];
}

function checkUnits(units: readonly Unit[]): Finding[] {
  const findings: Finding[] = [];
  units.forEach((unit, index) => {
    for (const other of unit.suspectedDuplicates) {
      const otherIndex = units.findIndex((u) => u.name === other);
      if (otherIndex <= index) continue;
      const lines = [...unit.lines.slice(0, 1), ...(units[otherIndex]?.lines.slice(0, 1) ?? [])];
      findings.push(createFinding('suspected_duplicate_unit', { a: unit.name, b: other }, lines));
    }
  });
  return findings;
}

const METADATA_FIELDS: [keyof Metadata, string, string][] = [
  ['title', 'title', '方案标题'],
  ['documentNumber', 'document number (文号)', '文号'],
  ['issuers', 'issuers', '发文机关'],
];

function checkMetadata(metadata: Metadata): Finding[] {
  return METADATA_FIELDS.filter(([key]) => {
    const value = metadata[key];
    return value === null || (Array.isArray(value) && value.length === 0);
  }).map(([, field, fieldZh]) => createFinding('metadata_missing', { field, fieldZh }, []));
}
