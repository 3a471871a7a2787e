import type { AuditEntry } from '../../db/audit.repository';
import type { AuditOutcome } from '../../db/schema';
import type { Repositories } from '../../db/store';
import type { RequestContext } from '../request-context';

/** Who acted, as the audit trail names them (a row outlives the account it names). */
export interface AuditActor {
  userId: string | null;
  login: string | null;
  unitId: string | null;
  regionId: string | null;
}

export function auditActorOf(user: { id: string; login: string; unit_id: string | null; region_id: string | null }): AuditActor {
  return { userId: user.id, login: user.login, unitId: user.unit_id, regionId: user.region_id };
}

export interface AuditEvent {
  action: string;
  outcome: AuditOutcome;
  object?: { type: string; id: string | null };
  /** For changes: `before` and `after` values; for refusals: the reason. */
  details?: Record<string, unknown>;
}

/** Appends one audit record in the caller's transaction: it lands with the change or not at all. */
export async function recordAudit(
  repos: Repositories,
  ctx: RequestContext,
  actor: AuditActor | null,
  event: AuditEvent,
): Promise<void> {
  const entry: AuditEntry = {
    action: event.action,
    outcome: event.outcome,
    at: ctx.now,
    client: { ip: ctx.ip, userAgent: ctx.userAgent },
    actor: actor
      ? { userId: actor.userId, login: actor.login, unitId: actor.unitId, regionId: actor.regionId }
      : { userId: null, login: null, unitId: null, regionId: null },
    ...(event.object ? { object: event.object } : {}),
    ...(event.details ? { details: event.details } : {}),
  };
  await repos.audit.append(entry);
}

/** Only the fields that changed, as `{field: {before, after}}`: what an auditor wants to read. */
export function diffFields<T extends Record<string, unknown>>(before: T, after: Partial<T>): Record<string, { before: unknown; after: unknown }> {
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const [key, value] of Object.entries(after)) {
    if (value !== undefined && JSON.stringify(before[key]) !== JSON.stringify(value)) {
      changes[key] = { before: before[key], after: value };
    }
  }
  return changes;
}
