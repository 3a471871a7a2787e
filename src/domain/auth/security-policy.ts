/**
 * Sign-in and session rules, from 等保 2.0 (GB/T 22239-2019) level 2 as commonly tested
 * for a county system (DOMAIN.md): lock after 5 failures for 10-30 minutes; idle timeout
 * at most 30 minutes.
 */
export interface SecurityPolicy {
  maxFailedLogins: number;
  lockoutMinutes: number;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  /** Days until a password must be changed; 0 turns expiry off. */
  passwordMaxAgeDays: number;
}

export const DEFAULT_SECURITY_POLICY: SecurityPolicy = {
  maxFailedLogins: 5,
  lockoutMinutes: 15,
  sessionIdleMinutes: 30,
  sessionAbsoluteHours: 12,
  passwordMaxAgeDays: 90,
};

const MINUTE_MS = 60_000;

/** After a failed attempt that brings the count to `failedCount`: until when is the account locked? */
export function lockUntilAfterFailure(failedCount: number, now: Date, policy: SecurityPolicy): Date | null {
  return failedCount >= policy.maxFailedLogins ? new Date(now.getTime() + policy.lockoutMinutes * MINUTE_MS) : null;
}

export function isLocked(lockedUntil: Date | null, now: Date): boolean {
  return lockedUntil !== null && lockedUntil.getTime() > now.getTime();
}

export function sessionExpiresAt(now: Date, policy: SecurityPolicy): Date {
  return new Date(now.getTime() + policy.sessionAbsoluteHours * 60 * MINUTE_MS);
}

/** A session ends at its absolute expiry, or after `sessionIdleMinutes` without a request. */
export function isSessionExpired(
  session: { lastSeenAt: Date; expiresAt: Date },
  now: Date,
  policy: SecurityPolicy,
): boolean {
  return (
    now.getTime() >= session.expiresAt.getTime() ||
    now.getTime() - session.lastSeenAt.getTime() >= policy.sessionIdleMinutes * MINUTE_MS
  );
}
