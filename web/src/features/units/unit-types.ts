/** The unit registry as /api/units answers it: the server's own type (units.schemas.ts). */
import type { CreateUnitBody, UnitView } from '@server/http/routes/units/units.schemas';

/** A unit; `aliases` are other names the plan may use (简称, 旧称); groups (各乡镇(场)) list `memberIds`. */
export type Unit = UnitView;
export type UnitKind = Unit['kind'];
/** The kinds in the order the UI offers them; the type check keeps them within the server's. */
export const UNIT_KINDS = ['department', 'township', 'park', 'enterprise', 'group', 'external'] as const satisfies readonly UnitKind[];

/** The body of POST /api/units; PATCH takes any part of it plus `isActive`. */
export interface UnitInput extends CreateUnitBody {
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
