import { z } from 'zod';
import { ErrorResponseSchema } from '../auth/auth.schemas';

export const errors = { 400: ErrorResponseSchema, 401: ErrorResponseSchema, 403: ErrorResponseSchema, 404: ErrorResponseSchema, 409: ErrorResponseSchema };
import { INDICATOR_KINDS } from '../../../domain/indicators/indicator-facts';
import { INDICATOR_STATUSES as STATUSES } from '../../../domain/indicators/indicator-status';

export { STATUSES };
const Observation = z.object({ year: z.number(), value: z.number() });
export const EvidenceSchema = z.object({ id: z.string(), fileName: z.string(), size: z.number(), mediaType: z.string() });

export const IndicatorSchema = z.object({
  id: z.string(),
  number: z.number(),
  name: z.string(),
  /** 'table': the annual table's; 'goal': an overall goal (总体目标) the table does not measure, numbered after it. */
  origin: z.enum(['table', 'goal']),
  /** What the target is: a level; a growth rate each year (values are rates in %); a change from the baseline. */
  kind: z.enum(INDICATOR_KINDS),
  /** An overall goal's entry: the goal as written, and its targets as written (a change in %, a signed rate). */
  goal: z
    .object({ text: z.string(), theme: z.string().nullable(), comparator: z.string().nullable(), qualifier: z.string().nullable(), targets: z.record(z.string(), z.number()) })
    .nullable(),
  unit: z.string().nullable(),
  attribute: z.enum(['expected', 'binding']).nullable(),
  direction: z.enum(['higher', 'lower']),
  /**
   * The targets values are judged against: the governing ones (the table's, or a linked overall
   * goal's where the office chose it); a growth goal's rate each year; a relative change's levels
   * from the baseline (none without one).
   */
  targets: z.record(z.string(), z.number()),
  tableTargets: z.record(z.string(), z.number()),
  baseline: Observation.nullable(),
  providerUnitId: z.string().nullable(),
  tracking: z.enum(['yearly', 'quarterly_cumulative', 'quarterly_point']),
  tolerance: z.number().nullable(),
  values: z.array(z.object({ id: z.string(), period: z.string(), value: z.number(), source: z.string(), note: z.string(), status: z.enum(['submitted', 'accepted', 'returned']), returnReason: z.string().nullable(), enteredAt: z.string(), evidence: z.array(EvidenceSchema) })),
  status: z.enum(STATUSES),
  ratio: z.number().nullable(),
  provisional: z.boolean(),
  judgedPeriod: z.string().nullable(),
  explanation: z.string(),
  explanationEn: z.string(),
  forecast: z.number().nullable(),
  forecastText: z.string().nullable(),
  forecastTextEn: z.string().nullable(),
  goalLinks: z.array(
    z.object({
      goalId: z.string(),
      metric: z.string(),
      year: z.number(),
      goalValue: z.number(),
      goalUnit: z.string().nullable(),
      tableValue: z.number().nullable(),
      conflict: z.boolean(),
      governs: z.enum(['goal', 'table']),
      chosen: z.boolean(),
      findingZh: z.string().nullable(),
    }),
  ),
});

/* Types the web app imports (type-only, @server alias). */
export type IndicatorView = z.infer<typeof IndicatorSchema>;
