import type { Unit, UnitRole } from './plan-document.schema';
import { classifyUnit, describeGroup } from './unit-kind';

export interface UnitMention {
  name: string;
  role: UnitRole;
  line: number;
  task?: number;
}

/**
 * The key under which spellings of one unit meet: a leading 县 or the county's own name adds
 * nothing (县科协 is 科协, 县科技和工信局 is 科技和工信局). 县委…, 县政府…, 县属… keep theirs:
 * there the 县 is part of what the unit is.
 */
export function unitKey(name: string, place: string | null): string {
  let key = name.replace(/\s+/g, '');
  if (place !== null && key.startsWith(place) && key.length > place.length + 1) key = key.slice(place.length);
  if (/^县(?!委|政府|人民|属|直|区|级)/.test(key) && key.length > 2) key = key.slice(1);
  return key;
}

/**
 * One registry of every unit the document names. Spellings that share a key merge, and the
 * plan's most frequent spelling is the name (the others become aliases). Names that only look
 * alike (审批服务局 / 审批服务管理局) are not merged but flagged for a person to confirm.
 */
export function buildUnitRegistry(mentions: readonly UnitMention[], place: string | null): Unit[] {
  const byKey = new Map<string, { spellings: Map<string, number>; mentions: UnitMention[] }>();
  for (const mention of mentions) {
    const name = mention.name.trim();
    if (name === '') continue;
    const key = unitKey(name, place);
    const entry = byKey.get(key) ?? { spellings: new Map<string, number>(), mentions: [] };
    entry.spellings.set(name, (entry.spellings.get(name) ?? 0) + 1);
    entry.mentions.push(mention);
    byKey.set(key, entry);
  }
  const units: Unit[] = [...byKey.values()].map(({ spellings, mentions: own }) => {
    const name = [...spellings.entries()].reduce((best, next) => (next[1] > best[1] ? next : best))[0];
    return {
      name,
      aliases: [...spellings.keys()].filter((s) => s !== name),
      kind: classifyUnit(name),
      roles: [...new Set(own.map((m) => m.role))],
      taskNumbers: [...new Set(own.flatMap((m) => (m.task === undefined ? [] : [m.task])))].sort((a, b) => a - b),
      lines: [...new Set(own.map((m) => m.line))].sort((a, b) => a - b),
      group: describeGroup(name),
      suspectedDuplicates: [],
    };
  });
  flagLookalikes(units);
  return units;
}

/** Resolves a written name to its registry name (县科技和工信局 → 科技和工信局). */
export function findUnit(units: readonly Unit[], written: string, place: string | null): Unit | undefined {
  const key = unitKey(written, place);
  return units.find((u) => u.name === written || u.aliases.includes(written) || unitKey(u.name, place) === key);
}

/** A county names well under 200 units; a bigger bucket is noise (or hostile input) and is not paired. */
const MAX_BUCKET = 400;

function flagLookalikes(units: Unit[]): void {
  const candidates = units.filter((u) => u.kind !== 'group');
  // Look-alikes share their bare name, or their first and last character: bucket by those so a
  // long list of units is not compared pair by pair.
  const buckets = new Map<string, Unit[]>();
  const add = (key: string, unit: Unit) => {
    const bucket = buckets.get(key);
    if (bucket === undefined) buckets.set(key, [unit]);
    else bucket.push(unit);
  };
  for (const unit of candidates) {
    add(`bare:${bareName(unit.name)}`, unit);
    add(`ends:${unit.name.charAt(0)}${unit.name.at(-1) ?? ''}`, unit);
  }
  for (const [key, bucket] of buckets) {
    if (bucket.length < 2 || bucket.length > MAX_BUCKET) continue;
    const isBare = key.startsWith('bare:');
    for (let i = 0; i < bucket.length; i += 1) {
      for (let j = i + 1; j < bucket.length; j += 1) {
        const a = bucket[i];
        const b = bucket[j];
        if (a === undefined || b === undefined || a.suspectedDuplicates.includes(b.name)) continue;
        if (!isBare && !isContainedInOrder(a.name, b.name)) continue;
        a.suspectedDuplicates.push(b.name);
        b.suspectedDuplicates.push(a.name);
      }
    }
  }
}

const bareName = (name: string) => name.replace(/\([^()]*\)$/, '');

/**
 * 审批服务局 / 审批服务管理局: same first and last character, and the shorter name's characters
 * appear in order in the longer one, which adds at most three. 组织部(人才办) / 组织部: the same
 * name once its bracketed part is dropped.
 */
export function areLookalikes(a: string, b: string): boolean {
  return (a !== b && bareName(a) === bareName(b)) || isContainedInOrder(a, b);
}

function isContainedInOrder(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 3 || long.length - short.length > 3 || short === long) return false;
  if (short.charAt(0) !== long.charAt(0) || short.at(-1) !== long.at(-1)) return false;
  let k = 0;
  for (const char of long) if (char === short.charAt(k)) k += 1;
  return k === short.length;
}
