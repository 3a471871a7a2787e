import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/api-error';
import { PASSWORD_PATH, passwordChangeReasonOf, passwordChangeRedirect } from './password-change';

describe('passwordChangeRedirect', () => {
  it('sends an account with a pending change to the password page from anywhere', () => {
    for (const pathname of ['/', '/admin/units', '/reports/2025-q2']) {
      expect(passwordChangeRedirect({ passwordChangeReason: 'initial' }, pathname)).toBe(PASSWORD_PATH);
      expect(passwordChangeRedirect({ passwordChangeReason: 'expired' }, pathname)).toBe(PASSWORD_PATH);
    }
  });

  it('lets it stay on the password page itself', () => {
    expect(passwordChangeRedirect({ passwordChangeReason: 'initial' }, PASSWORD_PATH)).toBeUndefined();
  });

  it('never redirects an account without a pending change', () => {
    expect(passwordChangeRedirect({ passwordChangeReason: null }, '/admin/units')).toBeUndefined();
  });
});

describe('passwordChangeReasonOf', () => {
  const required = (details: Record<string, unknown>) => new ApiError(403, 'password_change_required', '', details);

  it('reads a known reason from the error details', () => {
    expect(passwordChangeReasonOf(required({ reason: 'expired' }))).toBe('expired');
    expect(passwordChangeReasonOf(required({ reason: 'initial' }))).toBe('initial');
  });

  it('is undefined for a missing or unknown reason', () => {
    expect(passwordChangeReasonOf(required({}))).toBeUndefined();
    expect(passwordChangeReasonOf(required({ reason: 'whim' }))).toBeUndefined();
    expect(passwordChangeReasonOf(new Error('x'))).toBeUndefined();
  });
});
