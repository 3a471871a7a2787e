import { describe, expect, it } from 'vitest';
import { accountStatusOf, isLocked } from './account-status';

const now = new Date('2025-03-20T01:30:00Z');
const later = '2025-03-20T01:45:00Z';
const earlier = '2025-03-20T01:15:00Z';

describe('accountStatusOf', () => {
  it('is active for an enabled account without a lock', () => {
    expect(accountStatusOf({ isActive: true, lockedUntil: null }, now)).toBe('active');
  });

  it('is locked while the lock lasts, and active again once it has run out', () => {
    expect(accountStatusOf({ isActive: true, lockedUntil: later }, now)).toBe('locked');
    expect(accountStatusOf({ isActive: true, lockedUntil: earlier }, now)).toBe('active');
  });

  it('is disabled for a disabled account, locked or not', () => {
    expect(accountStatusOf({ isActive: false, lockedUntil: null }, now)).toBe('disabled');
    expect(accountStatusOf({ isActive: false, lockedUntil: later }, now)).toBe('disabled');
  });
});

describe('isLocked', () => {
  it('treats an unreadable time as no lock', () => {
    expect(isLocked({ lockedUntil: 'soon' }, now)).toBe(false);
  });
});
