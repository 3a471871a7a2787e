import { z } from 'zod';

/*
 * The audit API's shapes. The web app imports the types below (type-only, through the @server
 * alias), so a field added here reaches the client's type checker without a hand-kept copy.
 */

export const AuditFilterSchema = z.object({
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
  login: z.string().trim().max(64).optional(),
  action: z.string().trim().max(64).optional(),
  outcome: z.enum(['success', 'failure', 'denied']).optional(),
  objectType: z.string().trim().max(32).optional(),
  objectId: z.string().trim().max(64).optional(),
  ip: z.string().trim().max(64).optional(),
});

export const AuditRecordSchema = z.object({
  id: z.number(),
  occurredAt: z.string(),
  login: z.string().nullable(),
  userId: z.string().nullable(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  action: z.string(),
  objectType: z.string().nullable(),
  objectId: z.string().nullable(),
  objectLabel: z.string().nullable(),
  outcome: z.enum(['success', 'failure', 'denied']),
  details: z.unknown(),
});

export const AuditPageSchema = z.object({ records: z.array(AuditRecordSchema), total: z.number() });

export type AuditRecord = z.infer<typeof AuditRecordSchema>;
export type AuditPage = z.infer<typeof AuditPageSchema>;
