import { normaliseForSearch } from './unit-list';
import type { Unit, UnitInput, UnitKind } from './unit-types';

/** The unit form's fields. `parentId` is undefined while the select is cleared. */
export interface UnitFormValues {
  name: string;
  kind: UnitKind;
  aliases: string[];
  parentId?: string | null;
  memberIds: string[];
  isActive: boolean;
}

/** The form's starting values: the unit's own, or a blank active department. */
export function unitFormValues(unit?: Unit): UnitFormValues {
  if (unit === undefined) return { name: '', kind: 'department', aliases: [], parentId: null, memberIds: [], isActive: true };
  return { name: unit.name, kind: unit.kind, aliases: [...unit.aliases], parentId: unit.parentId, memberIds: [...unit.memberIds], isActive: unit.isActive };
}

/**
 * The request body from the form: names trimmed, blank and repeated aliases dropped (as well as
 * an alias equal to the name), and members sent only for a group; for any other kind an empty
 * member list, which also clears the members of a group whose kind is being changed.
 *
 * @example unitInputOf({ name: ' 财政局 ', kind: 'department', aliases: ['财政局', ' 县财政局 '], ... })
 * // { name: '财政局', aliases: ['县财政局'], memberIds: [], ... }
 */
export function unitInputOf(values: UnitFormValues): UnitInput {
  const name = values.name.trim();
  const seen = new Set([normaliseForSearch(name)]);
  const aliases: string[] = [];
  for (const alias of values.aliases.map((a) => a.trim())) {
    const key = normaliseForSearch(alias);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    aliases.push(alias);
  }
  return {
    name,
    kind: values.kind,
    aliases,
    parentId: values.parentId ?? null,
    memberIds: values.kind === 'group' ? values.memberIds : [],
    isActive: values.isActive,
  };
}

/**
 * Which field a 409 name clash belongs to: the name when the unit's own name is taken,
 * otherwise the aliases. `names` is the server's `details.names`.
 */
export function clashFieldOf(names: readonly string[], input: Pick<UnitInput, 'name'>): 'name' | 'aliases' {
  const own = normaliseForSearch(input.name);
  return names.some((name) => normaliseForSearch(name) === own) ? 'name' : 'aliases';
}
