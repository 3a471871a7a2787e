import { describe, expect, it } from 'vitest';
import { DEFAULT_SECURITY_POLICY as policy, isLocked, isSessionExpired, lockUntilAfterFailure } from './security-policy';

const now = new Date('2025-03-20T02:00:00Z');
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);

describe('security policy', () => {
  it('locks the account for 15 minutes at the fifth consecutive failure, not before', () => {
    expect(lockUntilAfterFailure(4, now, policy)).toBeNull();
    expect(lockUntilAfterFailure(5, now, policy)).toEqual(minutes(15));
  });

  it('treats a lock as over once its time has passed', () => {
    expect(isLocked(minutes(1), now)).toBe(true);
    expect(isLocked(now, now)).toBe(false);
    expect(isLocked(null, now)).toBe(false);
  });

  it('ends a session after 30 idle minutes or 12 hours, whichever comes first', () => {
    const session = { lastSeenAt: now, expiresAt: minutes(12 * 60) };
    expect(isSessionExpired(session, minutes(29), policy)).toBe(false);
    expect(isSessionExpired(session, minutes(30), policy)).toBe(true);
    const busy = { lastSeenAt: minutes(12 * 60 - 1), expiresAt: minutes(12 * 60) };
    expect(isSessionExpired(busy, minutes(12 * 60), policy)).toBe(true);
  });
});
