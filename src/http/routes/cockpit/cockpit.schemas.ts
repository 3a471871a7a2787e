import { z } from 'zod';
import { TASK_STATES } from '../../../domain/cockpit/task-states';
import { UNIT_KINDS } from '../../../domain/units/unit-rules';
import { STATUSES as INDICATOR_STATUSES } from '../indicators/indicators.schemas';
import { TimelinessSchema } from '../reporting/reporting.schemas';

const REPORT_STATUSES = ['draft', 'awaiting_approval', 'submitted', 'returned', 'accepted'] as const;
const DECLARED_TASK_STATUSES = ['on_track', 'lagging', 'completed', 'not_started'] as const;

export const CockpitQuerySchema = z.object({
  year: z.coerce.number().int().min(1990).max(2200).optional(),
  quarter: z.coerce.number().int().min(1, 'a quarter from 1 to 4').max(4, 'a quarter from 1 to 4').optional(),
  section: z.uuid().optional(),
  unitKind: z.enum(UNIT_KINDS).optional(),
});

const RatesSchema = z.object({ expected: z.number(), received: z.number(), onTime: z.number(), reportingRate: z.number().nullable(), timelyRate: z.number().nullable() });
const TaskCountsSchema = z.object(Object.fromEntries(TASK_STATES.map((s) => [s, z.number()])) as Record<(typeof TASK_STATES)[number], z.ZodNumber>);
const Observation = z.object({ year: z.number(), value: z.number() });
const LightSchema = z.enum(['green', 'yellow', 'red', 'grey']);
const UnitRankingSchema = z.object({
  unitId: z.string(),
  unitName: z.string(),
  unitKind: z.enum(UNIT_KINDS),
  group: z.enum(['department', 'township']),
  rank: z.number(),
  late: z.number(),
  missing: z.number(),
  rates: RatesSchema,
});

export const CockpitSchema = z.object({
  plan: z.object({ id: z.string(), title: z.string(), startYear: z.number(), endYear: z.number() }),
  year: z.number(),
  period: z.object({ id: z.string(), key: z.string(), year: z.number(), quarter: z.number().nullable(), dueDate: z.string(), status: z.enum(['open', 'closed']) }).nullable(),
  periods: z.array(z.object({ id: z.string(), key: z.string(), year: z.number(), quarter: z.number().nullable() })),
  sections: z.array(z.object({ id: z.string(), number: z.string().nullable(), title: z.string() })),
  filters: z.object({ sectionId: z.string().nullable(), unitKind: z.enum(UNIT_KINDS).nullable() }),
  headline: z.object({
    indicators: z.object({ total: z.number(), byStatus: z.record(z.enum(INDICATOR_STATUSES), z.number()) }),
    tasks: z.object({ total: z.number(), byState: TaskCountsSchema }),
    reporting: RatesSchema,
    /** Open supervision items (督办单); null while supervision is not part of this deployment. */
    openSupervisionItems: z.number().nullable(),
  }),
  indicators: z.array(
    z.object({
      id: z.string(),
      number: z.number(),
      name: z.string(),
      /** 'table': the annual indicator table's; 'goal': an overall goal (总体目标) the table does not measure. */
      origin: z.enum(['table', 'goal']),
      unit: z.string().nullable(),
      attribute: z.enum(['expected', 'binding']).nullable(),
      direction: z.enum(['higher', 'lower']),
      status: z.enum(INDICATOR_STATUSES),
      light: LightSchema,
      provisional: z.boolean(),
      baseline: Observation.nullable(),
      targets: z.array(Observation),
      actuals: z.array(Observation.extend({ provisional: z.boolean() })),
    }),
  ),
  tasksBySection: z.array(z.object({ sectionId: z.string(), number: z.string().nullable(), title: z.string(), counts: TaskCountsSchema })),
  tasks: z.array(z.object({ id: z.string(), number: z.number(), title: z.string(), sectionId: z.string(), state: z.enum(TASK_STATES) })),
  units: z.object({ departments: z.array(UnitRankingSchema), townships: z.array(UnitRankingSchema) }),
  overdue: z.array(
    z.object({
      taskId: z.string(),
      taskNumber: z.number(),
      taskTitle: z.string(),
      unitId: z.string(),
      unitName: z.string(),
      kind: z.enum(['unit', 'consolidated']),
      periodKey: z.string(),
      dueDate: z.string(),
      daysOverdue: z.number(),
      reportId: z.string().nullable(),
    }),
  ),
  ratesByQuarter: z.array(RatesSchema.extend({ periodId: z.string(), key: z.string() })),
});

const CellSchema = z.object({
  periodId: z.string(),
  periodKey: z.string(),
  dueDate: z.string(),
  taskId: z.string(),
  unitId: z.string(),
  kind: z.enum(['unit', 'consolidated']),
  reportId: z.string().nullable(),
  status: z.enum([...REPORT_STATUSES, 'not_started']),
  taskStatus: z.enum(DECLARED_TASK_STATUSES).nullable(),
  timeliness: TimelinessSchema,
});

export const TaskReportsSchema = z.object({
  task: z.object({ id: z.string(), number: z.number(), title: z.string(), section: z.object({ number: z.string().nullable(), title: z.string() }).nullable() }),
  periods: z.array(z.object({ id: z.string(), key: z.string(), dueDate: z.string() })),
  units: z.array(z.object({ unitId: z.string(), unitName: z.string(), kind: z.enum(['unit', 'consolidated']) })),
  cells: z.array(CellSchema),
  rates: RatesSchema,
});

export const UnitObligationsSchema = z.object({
  unit: z.object({ id: z.string(), name: z.string(), kind: z.enum(UNIT_KINDS) }),
  indicators: z.array(
    z.object({
      id: z.string(),
      number: z.number(),
      name: z.string(),
      status: z.enum(INDICATOR_STATUSES),
      light: LightSchema,
      latest: z.object({ period: z.string(), value: z.number(), status: z.enum(['submitted', 'accepted', 'returned']) }).nullable(),
    }),
  ),
  tasks: z.array(z.object({ id: z.string(), number: z.number(), title: z.string() })),
  cells: z.array(CellSchema),
  rates: RatesSchema,
});

/* Types the web app imports (type-only, @server alias). */
export type CockpitView = z.infer<typeof CockpitSchema>;
export type TaskReportsView = z.infer<typeof TaskReportsSchema>;
export type UnitObligationsView = z.infer<typeof UnitObligationsSchema>;
