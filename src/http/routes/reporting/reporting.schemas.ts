import { z } from 'zod';

export const TimelinessSchema = z.union([
  z.object({ status: z.literal('on_time') }),
  z.object({ status: z.literal('late'), daysLate: z.number() }),
  z.object({ status: z.literal('missing'), daysOverdue: z.number() }),
  z.object({ status: z.literal('not_due') }),
]);

const ReportStatusSchema = z.enum(['draft', 'awaiting_approval', 'submitted', 'returned', 'accepted']);
const TaskStatusSchema = z.enum(['on_track', 'lagging', 'completed', 'not_started']);
const TargetProgressSchema = z.object({ targetId: z.uuid(), value: z.number().finite().nullable(), note: z.string().max(2000) });

export const ReportSchema = z.object({
  id: z.string(),
  planId: z.string(),
  periodId: z.string(),
  periodKey: z.string(),
  dueDate: z.string(),
  daysLeft: z.number(),
  taskId: z.string(),
  taskNumber: z.number(),
  taskTitle: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  kind: z.enum(['unit', 'consolidated']),
  status: ReportStatusSchema,
  progress: z.string(),
  problems: z.string(),
  nextSteps: z.string(),
  taskStatus: TaskStatusSchema.nullable(),
  targetProgress: z.array(z.object({ targetId: z.string(), value: z.number().nullable(), note: z.string() })),
  version: z.number(),
  firstSubmittedAt: z.string().nullable(),
  submittedAt: z.string().nullable(),
  returnReason: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  updatedAt: z.string(),
  timeliness: TimelinessSchema,
});

export const OpenReportBodySchema = z.object({
  periodId: z.uuid(),
  taskId: z.uuid(),
  kind: z.enum(['unit', 'consolidated']),
  unitId: z.uuid().optional(),
});

export const SaveReportBodySchema = z.object({
  version: z.number().int().min(1),
  progress: z.string().max(50_000),
  problems: z.string().max(50_000),
  nextSteps: z.string().max(50_000),
  taskStatus: TaskStatusSchema.nullable(),
  targetProgress: z.array(TargetProgressSchema).max(50),
});

export const ActionBodySchema = z.object({ version: z.number().int().min(1), reason: z.string().max(2000).optional() });

export const PeriodListSchema = z.object({
  rule: z.object({ cadence: z.string(), dueDay: z.number(), dueMonth: z.string(), graceDays: z.number(), timeZone: z.string() }),
  periods: z.array(z.object({ key: z.string(), id: z.string().nullable(), start: z.string(), end: z.string(), dueDate: z.string(), status: z.enum(['open', 'closed', 'not_opened']), hasException: z.boolean() })),
});

export const ObligationSchema = z.object({
  planId: z.string(),
  planTitle: z.string(),
  periodId: z.string(),
  periodKey: z.string(),
  dueDate: z.string(),
  daysLeft: z.number(),
  taskId: z.string(),
  taskNumber: z.number(),
  taskTitle: z.string(),
  kind: z.enum(['unit', 'consolidated']),
  reportId: z.string().nullable(),
  status: z.union([ReportStatusSchema, z.literal('not_started')]),
  returnReason: z.string().nullable(),
  timeliness: TimelinessSchema,
});

const RatesSchema = z.object({ expected: z.number(), received: z.number(), onTime: z.number(), reportingRate: z.number().nullable(), timelyRate: z.number().nullable() });

export const TimelinessSummarySchema = z.object({
  period: z.object({ id: z.string(), key: z.string(), dueDate: z.string(), status: z.string() }),
  rates: RatesSchema,
  units: z.array(z.object({ unitId: z.string(), unitName: z.string(), unitKind: z.string(), rates: RatesSchema, late: z.number(), missing: z.number() })),
  obligations: z.array(
    z.object({
      taskId: z.string(),
      taskNumber: z.number(),
      taskTitle: z.string(),
      unitId: z.string(),
      kind: z.enum(['unit', 'consolidated']),
      reportId: z.string().nullable(),
      status: z.string(),
      firstSubmittedAt: z.string().nullable(),
      timeliness: TimelinessSchema,
    }),
  ),
});

export const AttachmentSchema = z.object({ id: z.string(), fileName: z.string(), size: z.number(), mediaType: z.string(), uploadedAt: z.string() });

export const ReportDetailSchema = z.object({
  report: ReportSchema,
  versions: z.array(z.object({ number: z.number(), submittedAt: z.string(), submittedBy: z.string(), submittedByName: z.string(), content: z.unknown() })),
  attachments: z.array(AttachmentSchema),
});

/** The lead unit's view of a task: the reports, and the units that owe one but have not started it. */
export const TaskReportsSchema = z.object({
  reports: z.array(ReportSchema),
  notStarted: z.array(z.object({ unitId: z.string(), unitName: z.string(), kind: z.enum(['unit', 'consolidated']), timeliness: TimelinessSchema })),
});

// The response types, which the web app imports (type-only) instead of copying them.
export type ReportResponse = z.infer<typeof ReportSchema>;
export type ReportDetailResponse = z.infer<typeof ReportDetailSchema>;
export type ObligationResponse = z.infer<typeof ObligationSchema>;
export type TaskReportsResponse = z.infer<typeof TaskReportsSchema>;
export type PeriodListResponse = z.infer<typeof PeriodListSchema>;
export type TimelinessSummaryResponse = z.infer<typeof TimelinessSummarySchema>;
