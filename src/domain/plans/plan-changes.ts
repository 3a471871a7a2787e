/**
 * What a (re-)imported document changes in a plan, for the office to read before confirming.
 * Tasks and indicators are matched by their number in the document; a task's reports and
 * evidence hang on its identity, so a changed task is updated in place, never replaced.
 */
export interface TaskContent {
  number: number;
  title: string;
  text: string;
  section: string;
  leadUnits: readonly string[];
  responsibleUnits: readonly string[];
  cooperatingUnits: readonly string[];
}

export interface IndicatorContent {
  number: number;
  name: string;
  unit: string | null;
  attribute: string | null;
  direction: string;
  targets: Readonly<Record<string, number>>;
}

export interface ItemChanges {
  added: number[];
  removed: number[];
  changed: Array<{ number: number; fields: string[] }>;
  unchanged: number;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const sameValue = (a: unknown, b: unknown): boolean =>
  Array.isArray(a) && Array.isArray(b) ? sameList(a as string[], b as string[]) : JSON.stringify(a) === JSON.stringify(b);

function compareByNumber<T extends { number: number }>(before: readonly T[], after: readonly T[], fields: ReadonlyArray<keyof T>): ItemChanges {
  const old = new Map(before.map((item) => [item.number, item]));
  const next = new Map(after.map((item) => [item.number, item]));
  const changes: ItemChanges = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const item of after) {
    const previous = old.get(item.number);
    if (!previous) {
      changes.added.push(item.number);
      continue;
    }
    const differing = fields.filter((field) => !sameValue(previous[field], item[field])).map(String);
    if (differing.length > 0) changes.changed.push({ number: item.number, fields: differing });
    else changes.unchanged += 1;
  }
  for (const item of before) if (!next.has(item.number)) changes.removed.push(item.number);
  return changes;
}

export function compareTasks(before: readonly TaskContent[], after: readonly TaskContent[]): ItemChanges {
  return compareByNumber(before, after, ['title', 'text', 'section', 'leadUnits', 'responsibleUnits', 'cooperatingUnits']);
}

export function compareIndicators(before: readonly IndicatorContent[], after: readonly IndicatorContent[]): ItemChanges {
  return compareByNumber(before, after, ['name', 'unit', 'attribute', 'direction', 'targets']);
}
