import type { AuditFilter } from '../../db/audit.repository';
import type { AuditRow } from '../../db/schema';
import type { Store } from '../../db/store';
import type { Actor } from '../../domain/authorization/policy';
import { authorize } from '../authorize';

export interface AuditRecordView {
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
  outcome: AuditRow['outcome'];
  details: unknown;
}

export function toAuditRecordView(row: AuditRow): AuditRecordView {
  return {
    id: row.id,
    occurredAt: row.occurred_at.toISOString(),
    login: row.login,
    userId: row.user_id,
    unitId: row.unit_id,
    ip: row.ip,
    userAgent: row.user_agent,
    action: row.action,
    objectType: row.object_type,
    objectId: row.object_id,
    outcome: row.outcome,
    details: row.details,
  };
}

/** The audit trail, searchable by the auditor alone (separation of duties). */
export async function searchAudit(
  store: Store,
  actor: Actor,
  filter: AuditFilter,
  page: { page: number; pageSize: number },
): Promise<{ records: AuditRecordView[]; total: number }> {
  authorize(actor, 'audit.read', { kind: 'audit_log' });
  const { rows, total } = await store.repos.audit.search(filter, { offset: (page.page - 1) * page.pageSize, limit: page.pageSize });
  return { records: rows.map(toAuditRecordView), total };
}
