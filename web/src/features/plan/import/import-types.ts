/**
 * The import preview (POST /api/plans/imports, .../preview): the parsed PlanDocument
 * (docs/plan-format.md), how its units map onto the registry, and what it changes in the plan it
 * revises. The server's own types (src/http/routes/plans/plans.schemas.ts), and names for their parts.
 */
import type { ImportDescription } from '@server/http/routes/plans/plans.schemas';

export type ImportPreview = ImportDescription;
export type PlanDocument = ImportPreview['document'];
export type DocumentSection = PlanDocument['sections'][number];
export type DocumentTask = DocumentSection['tasks'][number];
export type DocumentTarget = DocumentTask['targets'][number];
export type DocumentIndicator = PlanDocument['indicators'][number];
export type DocumentMetadata = PlanDocument['metadata'];
export type UnitResolution = ImportPreview['units'][number];
export type ItemChanges = ImportPreview['changes']['tasks'];
/** What the import does to the overall goals' own indicator entries. */
export type GoalEntryChanges = ImportPreview['changes']['goals'];

/** Plan name of a unit → the registry unit it means. */
export type UnitOverrides = Readonly<Record<string, string>>;
