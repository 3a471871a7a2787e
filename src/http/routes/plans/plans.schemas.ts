import { z } from 'zod';
// The schema module alone, not the parser: the web app type-checks this file (see the bottom).
import { PlanDocumentSchema, UnitKindSchema } from '../../../parser/plan-document.schema';

const ItemChangesSchema = z.object({
  added: z.array(z.number()),
  removed: z.array(z.number()),
  changed: z.array(z.object({ number: z.number(), fields: z.array(z.string()) })),
  unchanged: z.number(),
});

const GoalEntrySchema = z.object({ number: z.number(), name: z.string() });

/** What an import does to the overall goals' registry entries (domain/indicators/goal-indicator-changes.ts). */
const GoalEntryChangesSchema = z.object({
  added: z.array(GoalEntrySchema),
  changed: z.array(GoalEntrySchema.extend({ fields: z.array(z.string()) })),
  /** Retired entries the document names again: back with their values. */
  revived: z.array(GoalEntrySchema),
  /** Retired, never deleted: values stay, and a later document naming the goal brings it back. */
  retired: z.array(GoalEntrySchema),
  renumbered: z.array(z.object({ name: z.string(), from: z.number(), to: z.number() })),
  unchanged: z.number(),
});

export const UnitResolutionSchema = z.union([
  z.object({ name: z.string(), status: z.literal('matched'), unitId: z.string(), registryName: z.string() }),
  z.object({ name: z.string(), status: z.literal('new'), kind: UnitKindSchema, aliases: z.array(z.string()), suspectedDuplicates: z.array(z.string()) }),
]);

export const ImportDescriptionSchema = z.object({
  importId: z.string(),
  fileName: z.string(),
  planId: z.string().nullable(),
  confirmedAt: z.string().nullable(),
  document: PlanDocumentSchema,
  units: z.array(UnitResolutionSchema),
  changes: z.object({ tasks: ItemChangesSchema, indicators: ItemChangesSchema, goals: GoalEntryChangesSchema }),
});

export const UnitOverridesBodySchema = z.object({
  /** Plan's unit name → id of the registry unit it means (instead of creating a new unit). */
  unitOverrides: z.record(z.string(), z.uuid()).optional(),
});

export const PlanSummarySchema = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  documentNumber: z.string().nullable(),
  startYear: z.number(),
  endYear: z.number(),
  status: z.enum(['draft', 'active', 'archived']),
  importedAt: z.string().nullable(),
});

const TargetViewSchema = z.object({
  /** Reports give progress against a target by this id (targetProgress[].targetId). */
  id: z.string(),
  metric: z.string(),
  comparator: z.string(),
  value: z.number(),
  maxValue: z.number().nullable(),
  unit: z.string().nullable(),
  year: z.number().nullable(),
  cadence: z.string(),
  kind: z.string(),
  text: z.string(),
  line: z.number().nullable(),
});

export const PlanViewSchema = z.object({
  plan: PlanSummarySchema.extend({ officeUnitId: z.string().nullable(), rules: z.unknown(), metadata: z.unknown() }),
  sections: z.array(
    z.object({
      id: z.string(),
      number: z.string().nullable(),
      title: z.string(),
      tasks: z.array(
        z.object({
          id: z.string(),
          number: z.number(),
          title: z.string(),
          text: z.string(),
          line: z.number().nullable(),
          units: z.array(z.object({ unitId: z.string(), name: z.string(), role: z.enum(['lead', 'responsible', 'cooperating']) })),
          targets: z.array(TargetViewSchema),
        }),
      ),
    }),
  ),
  goals: z.array(TargetViewSchema.extend({ theme: z.string().nullable() })),
  indicators: z.array(
    z.object({
      id: z.string(),
      number: z.number(),
      name: z.string(),
      unit: z.string().nullable(),
      attribute: z.enum(['expected', 'binding']).nullable(),
      direction: z.enum(['higher', 'lower']),
      targets: z.record(z.string(), z.number()),
      line: z.number().nullable(),
    }),
  ),
  findings: z.array(
    z.object({
      severity: z.enum(['error', 'warning', 'info']),
      code: z.string(),
      message: z.string(),
      messageZh: z.string(),
      line: z.number().nullable(),
      params: z.record(z.string(), z.union([z.string(), z.number()])),
    }),
  ),
});

export const IdParamsSchema = z.object({ id: z.uuid() });
export const ImportQuerySchema = z.object({ regionId: z.uuid().optional(), planId: z.uuid().optional() });

/* The plan API's response types; the web app imports them type-only (@server alias). */
export type ImportDescription = z.infer<typeof ImportDescriptionSchema>;
export type PlanSummary = z.infer<typeof PlanSummarySchema>;
export type PlanView = z.infer<typeof PlanViewSchema>;
