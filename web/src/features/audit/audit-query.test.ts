import { describe, expect, it } from 'vitest';
import { auditQueryString, formatDetails } from './audit-query';

const paramsOf = (query: string) => Object.fromEntries(new URLSearchParams(query));

describe('auditQueryString', () => {
  it('is empty without filters or page', () => {
    expect(auditQueryString({})).toBe('');
  });

  it('turns a range of days into Beijing midnights, the end exclusive', () => {
    expect(paramsOf(auditQueryString({ days: ['2025-03-01', '2025-03-31'] }))).toEqual({
      from: '2025-02-28T16:00:00.000Z',
      to: '2025-03-31T16:00:00.000Z',
    });
  });

  it('covers the whole day when the range is a single day, and accepts it reversed', () => {
    expect(paramsOf(auditQueryString({ days: ['2025-03-20', '2025-03-20'] }))).toEqual({
      from: '2025-03-19T16:00:00.000Z',
      to: '2025-03-20T16:00:00.000Z',
    });
    expect(paramsOf(auditQueryString({ days: ['2025-03-21', '2025-03-20'] }))).toMatchObject({ from: '2025-03-19T16:00:00.000Z' });
  });

  it('sends the login trimmed, the action prefix and the outcome, and leaves empty ones out', () => {
    expect(paramsOf(auditQueryString({ login: ' kjgx ', action: 'account.', outcome: 'failure' }))).toEqual({
      login: 'kjgx',
      action: 'account.',
      outcome: 'failure',
    });
    expect(auditQueryString({ login: '  ', action: '' })).toBe('');
  });

  it('adds the page, keeping the size within what the server accepts', () => {
    expect(paramsOf(auditQueryString({}, { page: 3, pageSize: 50 }))).toEqual({ page: '3', pageSize: '50' });
    expect(paramsOf(auditQueryString({}, { page: 0, pageSize: 500 }))).toEqual({ page: '1', pageSize: '200' });
  });
});

describe('formatDetails', () => {
  it('indents the details as JSON', () => {
    expect(formatDetails({ reason: 'wrong_password', failedCount: 2 })).toBe('{\n  "reason": "wrong_password",\n  "failedCount": 2\n}');
  });

  it('is empty for no details', () => {
    expect(formatDetails(null)).toBe('');
    expect(formatDetails(undefined)).toBe('');
    expect(formatDetails({})).toBe('');
  });
});
