import type { AuditFilter } from '../../db/audit.repository';
import type { Store } from '../../db/store';
import type { Actor } from '../../domain/authorization/policy';
import { DomainError } from '../../domain/errors';
import { writeAuditXlsx } from '../../documents/audit-xlsx';
import { authorize } from '../authorize';
import type { RequestContext } from '../request-context';
import { recordAudit } from './record-audit';
import { toAuditRecordViews } from './search-audit';

/** An export holds at most this many records; narrow the filter for more. */
export const AUDIT_EXPORT_LIMIT = 50_000;

/** The filtered audit trail as .xlsx. The export itself is audited, with its filter. */
export async function exportAudit(store: Store, actor: Actor, filter: AuditFilter, ctx: RequestContext): Promise<{ fileName: string; bytes: Buffer }> {
  authorize(actor, 'audit.export', { kind: 'audit_log' });
  const { rows, total } = await store.repos.audit.search(filter, { offset: 0, limit: AUDIT_EXPORT_LIMIT });
  if (total > AUDIT_EXPORT_LIMIT) {
    throw new DomainError('validation_failed', `The filter matches ${total} records; narrow it to at most ${AUDIT_EXPORT_LIMIT}.`, { total });
  }
  const bytes = await writeAuditXlsx(await toAuditRecordViews(store, rows), '审计日志导出', 'Asia/Shanghai', ctx.now);
  await store.transaction((repos) =>
    recordAudit(repos, ctx, actor, { action: 'audit.export', outcome: 'success', object: { type: 'audit_log', id: null }, details: { filter, rows: rows.length } }),
  );
  const stamp = ctx.now.toISOString().slice(0, 10);
  return { fileName: `审计日志-${stamp}.xlsx`, bytes };
}
