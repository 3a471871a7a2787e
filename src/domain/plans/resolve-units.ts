import { normaliseUnitName, type UnitKind } from '../units/unit-rules';

/** A unit of the county's registry, as far as matching names goes. */
export interface RegistryUnit {
  id: string;
  name: string;
  aliases: readonly string[];
  kind: UnitKind;
}

/** A unit the plan names (from the parser's unit registry). */
export interface NamedUnit {
  name: string;
  aliases: readonly string[];
  kind: UnitKind;
  suspectedDuplicates: readonly string[];
}

export type UnitResolution =
  | { name: string; status: 'matched'; unitId: string; registryName: string }
  | { name: string; status: 'new'; kind: UnitKind; aliases: string[]; suspectedDuplicates: string[] };

/**
 * Matches each unit the plan names to the registry by name or alias (full-width and spacing
 * folded). What matches nothing becomes a new unit; a person sees the list before confirming,
 * and can map a new name to an existing unit instead (`overrides`: plan name → unit id).
 */
export function resolveUnits(
  named: readonly NamedUnit[],
  registry: readonly RegistryUnit[],
  overrides: Readonly<Record<string, string>> = {},
): UnitResolution[] {
  const byName = new Map<string, RegistryUnit>();
  for (const unit of registry) for (const name of [unit.name, ...unit.aliases]) byName.set(normaliseUnitName(name), unit);
  const byId = new Map(registry.map((unit) => [unit.id, unit]));
  return named.map((unit) => {
    const chosen = overrides[unit.name] ? byId.get(overrides[unit.name]!) : undefined;
    const match = chosen ?? [unit.name, ...unit.aliases].map((n) => byName.get(normaliseUnitName(n))).find(Boolean);
    return match
      ? { name: unit.name, status: 'matched', unitId: match.id, registryName: match.name }
      : {
          name: unit.name,
          status: 'new',
          kind: unit.kind,
          aliases: [...unit.aliases],
          suspectedDuplicates: [...unit.suspectedDuplicates],
        };
  });
}
