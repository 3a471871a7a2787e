import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { errorMessageKey } from './error-message';

const apiError = (status: number, code: string) => new ApiError(status, code, 'server text');

describe('errorMessageKey', () => {
  it('maps the sign-in error codes to their own messages', () => {
    expect(errorMessageKey(apiError(401, 'invalid_credentials'))).toBe('error.invalid_credentials');
    expect(errorMessageKey(apiError(423, 'account_locked'))).toBe('error.account_locked');
    expect(errorMessageKey(apiError(429, 'rate_limited'))).toBe('error.rate_limited');
    expect(errorMessageKey(apiError(400, 'validation_failed'))).toBe('error.validation_failed');
  });

  it('maps the administration error codes to their own messages', () => {
    expect(errorMessageKey(apiError(409, 'conflict'))).toBe('error.conflict');
    expect(errorMessageKey(apiError(403, 'account_disabled'))).toBe('error.account_disabled');
    expect(errorMessageKey(apiError(403, 'password_change_required'))).toBe('error.password_change_required');
    expect(errorMessageKey(apiError(400, 'password_rejected'))).toBe('error.password_rejected');
  });

  it('maps a request that never reached the server to the network message', () => {
    expect(errorMessageKey(apiError(0, 'network_error'))).toBe('error.network');
  });

  it('falls back on the HTTP status for an unknown code', () => {
    expect(errorMessageKey(apiError(429, 'something_new'))).toBe('error.rate_limited');
    expect(errorMessageKey(apiError(403, 'unknown'))).toBe('error.forbidden');
    expect(errorMessageKey(apiError(503, 'unknown'))).toBe('error.server');
    expect(errorMessageKey(apiError(418, 'unknown'))).toBe('error.generic');
  });

  it('does not treat inherited object keys as known codes', () => {
    expect(errorMessageKey(apiError(400, 'toString'))).toBe('error.generic');
    expect(errorMessageKey(apiError(400, '__proto__'))).toBe('error.generic');
  });

  it('shows the generic message for anything that is not an API error', () => {
    expect(errorMessageKey(new TypeError('x is undefined'))).toBe('error.generic');
    expect(errorMessageKey('boom')).toBe('error.generic');
  });
});
