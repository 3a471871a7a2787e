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
  /** The account's unit by name, as it is called now. */
  unitName: string | null;
  ip: string | null;
  userAgent: string | null;
  action: string;
  objectType: string | null;
  objectId: string | null;
  /** What the object is called now (an account's name, a report's task, unit and period); null when unknown. */
  objectLabel: string | null;
  outcome: AuditRow['outcome'];
  details: unknown;
}

/** The records as the auditor reads them, with the names of what they point to. */
export async function toAuditRecordViews(store: Store, rows: readonly AuditRow[]): Promise<AuditRecordView[]> {
  const labels = await store.repos.audit.labelsFor(rows);
  return rows.map((row) => toAuditRecordView(row, labels));
}

function toAuditRecordView(row: AuditRow, labels: ReadonlyMap<string, string>): AuditRecordView {
  return {
    id: row.id,
    occurredAt: row.occurred_at.toISOString(),
    login: row.login,
    userId: row.user_id,
    unitId: row.unit_id,
    unitName: row.unit_id === null ? null : (labels.get(`unit:${row.unit_id}`) ?? null),
    ip: row.ip,
    userAgent: row.user_agent,
    action: row.action,
    objectType: row.object_type,
    objectId: row.object_id,
    objectLabel: row.object_type === null || row.object_id === null ? null : (labels.get(`${row.object_type}:${row.object_id}`) ?? null),
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
  return { records: await toAuditRecordViews(store, rows), total };
}
