import type { UnitRow } from '../../db/schema';
import type { UnitKind } from '../../domain/units/unit-rules';

export interface UnitView {
  id: string;
  name: string;
  aliases: string[];
  kind: UnitKind;
  parentId: string | null;
  isActive: boolean;
  sortOrder: number;
  /** For groups: the units the group stands for. */
  memberIds: string[];
}

export function toUnitView(unit: UnitRow, members: ReadonlyMap<string, string[]>): UnitView {
  return {
    id: unit.id,
    name: unit.name,
    aliases: unit.aliases,
    kind: unit.kind,
    parentId: unit.parent_id,
    isActive: unit.is_active,
    sortOrder: unit.sort_order,
    memberIds: members.get(unit.id) ?? [],
  };
}
