/**
 * Rules for a county's unit registry: every name and alias points at exactly one unit; a group
 * (各乡镇(场)) has members and no parent chain through itself.
 */
export const UNIT_KINDS = ['department', 'township', 'park', 'enterprise', 'group', 'external'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export interface UnitNames {
  id: string;
  name: string;
  aliases: readonly string[];
}

/** Full-width brackets and spaces as plans write them are folded, so 组织部（人才办） = 组织部(人才办). */
export function normaliseUnitName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '')
    .trim();
}

/** Names among `candidate`'s name and aliases that another unit already uses (as name or alias). */
export function findNameClashes(candidate: UnitNames, others: readonly UnitNames[]): string[] {
  const taken = new Map<string, string>();
  for (const unit of others) {
    if (unit.id === candidate.id) continue;
    for (const name of [unit.name, ...unit.aliases]) taken.set(normaliseUnitName(name), unit.name);
  }
  const clashes = new Set<string>();
  for (const name of [candidate.name, ...candidate.aliases]) {
    if (taken.has(normaliseUnitName(name))) clashes.add(name);
  }
  return [...clashes];
}

/** True when making `parentId` the parent of `unitId` would close a loop. */
export function wouldCreateCycle(unitId: string, parentId: string, parentOf: ReadonlyMap<string, string | null>): boolean {
  const seen = new Set<string>();
  for (let current: string | null | undefined = parentId; current; current = parentOf.get(current)) {
    if (current === unitId || seen.has(current)) return true;
    seen.add(current);
  }
  return false;
}
