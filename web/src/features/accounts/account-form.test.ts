import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/api-error';
import { accountFormValues, createAccountBody, LOGIN_PATTERN, needsUnit, saveErrorKey, updateAccountBody, type AccountFormValues } from './account-form';

const values = (overrides: Partial<AccountFormValues> = {}): AccountFormValues => ({
  ...accountFormValues(),
  login: 'zhangsan',
  displayName: '张三',
  roles: ['unit_reporter'],
  unitId: 'unit-1',
  ...overrides,
});

describe('LOGIN_PATTERN', () => {
  it('accepts 2 to 64 letters, digits and . _ @ -', () => {
    for (const login of ['zs', 'zhang.san', 'zhang_san-01', 'zs@helan', 'a'.repeat(64)]) expect(LOGIN_PATTERN.test(login), login).toBe(true);
  });

  it('refuses Chinese, spaces, one letter or more than 64', () => {
    for (const login of ['张三', 'zhang san', 'z', 'a'.repeat(65)]) expect(LOGIN_PATTERN.test(login), login).toBe(false);
  });
});

describe('needsUnit', () => {
  it('requires a unit for unit reporters and unit heads only', () => {
    expect(needsUnit(['unit_reporter'])).toBe(true);
    expect(needsUnit(['leader', 'unit_head'])).toBe(true);
    expect(needsUnit(['office', 'leader'])).toBe(false);
    expect(needsUnit([])).toBe(false);
  });
});

describe('createAccountBody', () => {
  it('trims the texts and sends empty optional fields as null', () => {
    const body = createAccountBody(values({ login: ' zhangsan ', displayName: ' 张三 ', phone: '  ', email: undefined, unitId: undefined, roles: ['leader'] }));
    expect(body).toEqual({ login: 'zhangsan', displayName: '张三', phone: null, email: null, unitId: null, roles: ['leader'] });
  });
});

describe('updateAccountBody', () => {
  it('never sends the login, which cannot change', () => {
    expect(updateAccountBody(values({ phone: '13800000000' }))).toEqual({
      displayName: '张三',
      phone: '13800000000',
      email: null,
      unitId: 'unit-1',
      roles: ['unit_reporter'],
    });
  });
});

describe('saveErrorKey', () => {
  const conflict = new ApiError(409, 'conflict', 'x');

  it('explains a conflict on an update as an administrator locking themself out', () => {
    expect(saveErrorKey(conflict, true)).toBe('accounts.error.selfLockout');
  });

  it('uses the ordinary message for a conflict on a create and for other errors', () => {
    expect(saveErrorKey(conflict, false)).toBe('error.conflict');
    expect(saveErrorKey(new ApiError(0, 'network_error', 'x'), true)).toBe('error.network');
  });
});
