import { describe, expect, it } from 'vitest';
import { ApiError, parseApiError } from './api-error';

describe('parseApiError', () => {
  it('takes the code and message from the server error body', () => {
    const error = parseApiError(423, { error: { code: 'account_locked', message: 'Account locked' } });
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 423, code: 'account_locked', message: 'Account locked' });
  });

  it('keeps the details object, and an empty one when the body has none or a malformed one', () => {
    const problems = { problems: ['too_short'] };
    expect(parseApiError(400, { error: { code: 'password_rejected', details: problems } }).details).toEqual(problems);
    expect(parseApiError(400, { error: { code: 'conflict' } }).details).toEqual({});
    expect(parseApiError(400, { error: { code: 'conflict', details: ['x'] } }).details).toEqual({});
  });

  it('uses the code as message when the body has none', () => {
    expect(parseApiError(401, { error: { code: 'unauthenticated' } }).message).toBe('unauthenticated');
  });

  it('turns a body without an error code into code "unknown", keeping the status', () => {
    for (const body of [undefined, null, 'Bad Gateway', { error: 'oops' }, { error: { code: 42 } }]) {
      expect(parseApiError(502, body)).toMatchObject({ status: 502, code: 'unknown' });
    }
  });
});
