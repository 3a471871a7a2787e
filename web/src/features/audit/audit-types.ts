/** GET /api/audit: one record of the audit trail (等保 2.0: who, when, where from, what, on what, result). */
export const AUDIT_OUTCOMES = ['success', 'failure', 'denied'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

export interface AuditRecord {
  id: number;
  occurredAt: string;
  login: string | null;
  userId: string | null;
  unitId: string | null;
  ip: string | null;
  userAgent: string | null;
  action: string;
  objectType: string | null;
  objectId: string | null;
  outcome: AuditOutcome;
  details: unknown;
}

export interface AuditPage {
  records: AuditRecord[];
  total: number;
}
