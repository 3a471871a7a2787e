/**
 * The unit registry as /api/units answers it. Mirrors the server's UnitSchema
 * (src/http/routes/units/units.schemas.ts); replace with the server's exported type once the
 * contract is shared between src/ and web/.
 */
export const UNIT_KINDS = ['department', 'township', 'park', 'enterprise', 'group', 'external'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export interface Unit {
  id: string;
  name: string;
  /** Other names the plan may use for the unit (简称, 旧称); unique across the county. */
  aliases: string[];
  kind: UnitKind;
  parentId: string | null;
  isActive: boolean;
  sortOrder: number;
  /** Groups only (各乡镇(场)): the member units. */
  memberIds: string[];
}

/** The body of POST /api/units; PATCH takes any part of it plus `isActive`. */
export interface UnitInput {
  name: string;
  kind: UnitKind;
  aliases: string[];
  parentId: string | null;
  memberIds: string[];
  isActive?: boolean;
}

/** POST /api/units/import: what the workbook did to the registry. */
export interface ImportSummary {
  created: number;
  updated: number;
  unchanged: number;
}

/** One problem of a refused workbook; `message` is already in Chinese. */
export interface SheetProblem {
  row: number;
  column: string;
  message: string;
}
