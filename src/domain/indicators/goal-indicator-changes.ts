import type { TableIndicator } from './goal-links';
import { assignGoalNumbers, goalIndicatorsOf, goalKeyOf, type GoalIndicator, type PlanGoal } from './goal-indicators';

/** A goal entry as the plan holds it now (plan_indicators, origin 'goal'), retired ones included. */
export interface StoredGoalEntry {
  id: string;
  kind: string;
  metricKey: string;
  number: number;
  isRetired: boolean;
  name: string;
  unit: string | null;
  comparator: string | null;
  qualifier: string | null;
  direction: string;
  targets: Readonly<Record<string, number>>;
  text: string | null;
  theme: string | null;
}

/**
 * One write of a plan import to the goal entries. `save` writes a goal the document names: a
 * new row (`stored` null) or the row found by its key, kept or revived; `retire` marks a row
 * the document no longer names (and moves it where a grown table took its number).
 */
export type GoalEntryStep =
  | { action: 'save'; entry: GoalIndicator; number: number; stored: StoredGoalEntry | null }
  | { action: 'retire'; number: number; stored: StoredGoalEntry };

/** What a plan import does to the goal entries, as the preview shows it and the audit records it. */
export interface GoalEntryChanges {
  added: Array<{ number: number; name: string }>;
  /** Active entries whose content the document changes (fields as in plan-changes.ts). */
  changed: Array<{ number: number; name: string; fields: string[] }>;
  /** Retired entries the document names again: back, with their values. */
  revived: Array<{ number: number; name: string }>;
  /** Active entries the document no longer names apart (dropped, or now measured by the table). */
  retired: Array<{ number: number; name: string }>;
  /** Entries whose number moves because a grown table needs it. */
  renumbered: Array<{ name: string; from: number; to: number }>;
  /** Active entries left exactly as they are. */
  unchanged: number;
}

/**
 * The writes a document makes to the plan's goal entries, before any is made: the entries it
 * wants (goalIndicatorsOf), matched to the stored rows by kind and metric key, numbered by
 * assignGoalNumbers. `tableNumbers`: the annual table's numbers, the document's and the stored
 * ones (retired too). The document's goals first, in its order, then the rows it drops: the
 * order the confirm writes them in.
 */
export function planGoalEntries(input: {
  goals: readonly PlanGoal[];
  table: ReadonlyArray<TableIndicator>;
  years: { startYear: number; endYear: number };
  stored: readonly StoredGoalEntry[];
  tableNumbers: readonly number[];
}): GoalEntryStep[] {
  const wanted = goalIndicatorsOf(input.goals, input.table, input.years);
  const byKey = new Map(input.stored.map((row) => [goalKeyOf(row), row]));
  const numbers = assignGoalNumbers({
    reserved: input.tableNumbers,
    existing: input.stored.map((row) => ({ key: goalKeyOf(row), number: row.number })),
    wanted: wanted.map(goalKeyOf),
  });
  const numberOf = (key: string) => numbers.get(key)!;
  const kept = new Set(wanted.map(goalKeyOf));
  return [
    ...wanted.map((entry): GoalEntryStep => ({ action: 'save', entry, number: numberOf(goalKeyOf(entry)), stored: byKey.get(goalKeyOf(entry)) ?? null })),
    ...input.stored.filter((row) => !kept.has(goalKeyOf(row))).map((row): GoalEntryStep => ({ action: 'retire', number: numberOf(goalKeyOf(row)), stored: row })),
  ];
}

const sameTargets = (a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>) => {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((year) => b[year] === a[year]);
};

/** The fields of a stored entry the document changes; the comparator is part of the targets. */
export function changedGoalFields(stored: StoredGoalEntry, entry: GoalIndicator): string[] {
  const fields: string[] = [];
  if (stored.name !== entry.name) fields.push('name');
  if (stored.unit !== entry.unit) fields.push('unit');
  if (stored.direction !== entry.direction) fields.push('direction');
  if (!sameTargets(stored.targets, entry.targets) || stored.comparator !== entry.comparator || stored.qualifier !== entry.qualifier) fields.push('targets');
  if ((stored.text ?? '') !== entry.text) fields.push('text');
  if (stored.theme !== entry.theme) fields.push('theme');
  return fields;
}

/** The steps in words: what is added, changed, revived, retired, renumbered, and how many stay as they are. */
export function summarizeGoalEntries(steps: readonly GoalEntryStep[]): GoalEntryChanges {
  const changes: GoalEntryChanges = { added: [], changed: [], revived: [], retired: [], renumbered: [], unchanged: 0 };
  for (const step of steps) {
    const { stored, number } = step;
    if (stored && stored.number !== number) changes.renumbered.push({ name: stored.name, from: stored.number, to: number });
    if (step.action === 'retire') {
      if (!step.stored.isRetired) changes.retired.push({ number, name: step.stored.name });
      continue;
    }
    const { entry } = step;
    if (!step.stored) {
      changes.added.push({ number, name: entry.name });
      continue;
    }
    if (step.stored.isRetired) {
      changes.revived.push({ number, name: entry.name });
      continue;
    }
    const fields = changedGoalFields(step.stored, entry);
    if (fields.length > 0) changes.changed.push({ number, name: entry.name, fields });
    else if (step.stored.number === number) changes.unchanged += 1;
  }
  return changes;
}
