import { z } from 'zod';
import { SUBJECT_KINDS, URGENCIES } from '../../../domain/supervision/notice-workflow';

const LIGHT = z.enum(['green', 'yellow', 'red']);
const Reason = z.object({ light: z.enum(['yellow', 'red']), code: z.string(), text: z.string() });
const STATUS = z.enum(['issued', 'signed', 'responded', 'returned', 'closed']);

export const LightsSchema = z.object({
  today: z.string(),
  thresholds: z.object({ yellowDaysBefore: z.number(), redDaysAfter: z.number() }),
  tasks: z.array(z.object({ id: z.string(), number: z.number(), title: z.string(), leadUnits: z.array(z.object({ id: z.string(), name: z.string() })), light: LIGHT, reasons: z.array(Reason) })),
  indicators: z.array(z.object({ id: z.string(), number: z.number(), name: z.string(), attribute: z.enum(['expected', 'binding']).nullable(), origin: z.enum(['table', 'goal']), status: z.string(), providerUnitId: z.string().nullable(), light: LIGHT, reasons: z.array(Reason) })),
  units: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string(), light: LIGHT, reasons: z.array(Reason) })),
});

export const ThresholdsSchema = z.object({
  yellowDaysBefore: z.number().int().min(0).max(60),
  redDaysAfter: z.number().int().min(0).max(60),
});

export const NoticeSchema = z.object({
  id: z.string(),
  planId: z.string(),
  number: z.string(),
  subjectKind: z.enum(SUBJECT_KINDS),
  taskId: z.string().nullable(),
  indicatorId: z.string().nullable(),
  decisionId: z.string().nullable(),
  subjectLabel: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  basis: z.string(),
  requirement: z.string(),
  urgency: z.enum(URGENCIES),
  dueDate: z.string(),
  daysLeft: z.number(),
  status: STATUS,
  level: z.enum(['blue', 'yellow', 'red']).nullable(),
  response: z.string(),
  issuedAt: z.string(),
  signedAt: z.string().nullable(),
  respondedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  version: z.number(),
});

export const NoticeDetailSchema = z.object({
  notice: NoticeSchema,
  history: z.array(z.object({ action: z.string(), from: STATUS.nullable(), to: STATUS, note: z.string(), by: z.string(), at: z.string() })),
  attachments: z.array(z.object({ id: z.string(), fileName: z.string(), size: z.number(), mediaType: z.string(), uploadedAt: z.string() })),
});

const text = (max: number) => z.string().trim().min(1).max(max);

export const IssueNoticeBodySchema = z.object({
  subjectKind: z.enum(SUBJECT_KINDS),
  subjectId: z.uuid().nullable(),
  unitId: z.uuid(),
  basis: text(2000),
  requirement: text(2000),
  urgency: z.enum(URGENCIES),
  dueDate: z.iso.date(),
});

export const NoticeActionBodySchema = z.object({ version: z.number().int().min(1), text: z.string().max(20_000).optional() });

export const NoticeListQuerySchema = z.object({
  unitId: z.uuid().optional(),
  status: z
    .string()
    .optional()
    .transform((value) => (value ? value.split(',') : undefined))
    .pipe(z.array(STATUS).optional()),
});

export const AttachmentSchema = z.object({ id: z.string(), fileName: z.string(), size: z.number(), mediaType: z.string(), uploadedAt: z.string() });

/* Types the web app imports (type-only, @server alias). */
export type Lights = z.infer<typeof LightsSchema>;
export type NoticeView = z.infer<typeof NoticeSchema>;
export type NoticeDetail = z.infer<typeof NoticeDetailSchema>;
export type IssueNoticeBody = z.infer<typeof IssueNoticeBodySchema>;
