/** GET /api/audit: one record of the audit trail (等保 2.0: who, when, where from, what, on what, result). */
export const AUDIT_OUTCOMES = ['success', 'failure', 'denied'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

export type { AuditPage, AuditRecord } from '@server/http/routes/audit/audit.schemas';
