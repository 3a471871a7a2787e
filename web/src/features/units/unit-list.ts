import type { Unit } from './unit-types';

/**
 * Folds what people type differently into one form: full-width brackets and letters (NFKC),
 * spaces, case. "组织部（人才办）" finds 组织部(人才办), as the server matches names.
 */
export function normaliseForSearch(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u3000]+/g, '').toLowerCase();
}

/**
 * The units whose name or an alias contains the query; all of them for an empty query.
 *
 * @example filterUnits(units, '人才') // [组织部(人才办)], found by its alias 人才办
 */
export function filterUnits(units: readonly Unit[], query: string): Unit[] {
  const wanted = normaliseForSearch(query);
  if (wanted === '') return [...units];
  return units.filter((unit) => [unit.name, ...unit.aliases].some((name) => normaliseForSearch(name).includes(wanted)));
}

/**
 * The unit and every unit below it (children, their children, ...): none of them can become its
 * parent without closing a loop. A loop already in the data stops the walk instead of hanging it.
 */
export function selfAndDescendants(units: readonly Unit[], id: string): Set<string> {
  const found = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const unit of units) {
      if (unit.parentId !== null && found.has(unit.parentId) && !found.has(unit.id)) {
        found.add(unit.id);
        grew = true;
      }
    }
  }
  return found;
}

/** The units that may be the parent of `unitId` (undefined: a new unit). */
export function parentCandidates(units: readonly Unit[], unitId: string | undefined): Unit[] {
  const excluded = unitId === undefined ? new Set<string>() : selfAndDescendants(units, unitId);
  return units.filter((unit) => !excluded.has(unit.id));
}

/** The units that may be members of a group: units, not groups, and never the group itself. */
export function memberCandidates(units: readonly Unit[], groupId: string | undefined): Unit[] {
  return units.filter((unit) => unit.kind !== 'group' && unit.id !== groupId);
}
