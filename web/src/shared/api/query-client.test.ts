import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { isPasswordChangeRequired, isSessionEnded, shouldRetry } from './query-client';

describe('shouldRetry', () => {
  it('retries a request that reached no server, and a server error', () => {
    expect(shouldRetry(0, new ApiError(0, 'network_error', ''))).toBe(true);
    expect(shouldRetry(1, new ApiError(503, 'unknown', ''))).toBe(true);
  });

  it('gives up after two retries', () => {
    expect(shouldRetry(2, new ApiError(503, 'unknown', ''))).toBe(false);
  });

  it('never retries a 4xx, which would fail the same way again', () => {
    expect(shouldRetry(0, new ApiError(401, 'unauthenticated', ''))).toBe(false);
    expect(shouldRetry(0, new ApiError(429, 'rate_limited', ''))).toBe(false);
  });

  it('does not retry a programming error', () => {
    expect(shouldRetry(0, new TypeError('x is undefined'))).toBe(false);
  });
});

describe('isSessionEnded', () => {
  it('is true only for the unauthenticated code, not for a failed sign-in', () => {
    expect(isSessionEnded(new ApiError(401, 'unauthenticated', ''))).toBe(true);
    expect(isSessionEnded(new ApiError(401, 'invalid_credentials', ''))).toBe(false);
    expect(isSessionEnded(new Error('unauthenticated'))).toBe(false);
  });
});

describe('isPasswordChangeRequired', () => {
  it('is true only for the password_change_required code, not for other refusals', () => {
    expect(isPasswordChangeRequired(new ApiError(403, 'password_change_required', ''))).toBe(true);
    expect(isPasswordChangeRequired(new ApiError(403, 'forbidden', ''))).toBe(false);
    expect(isPasswordChangeRequired(new Error('password_change_required'))).toBe(false);
  });
});
