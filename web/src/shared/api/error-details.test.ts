import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { detailItems, fieldErrorsOf, isString, toFormFieldErrors } from './error-details';

const withDetails = (details: Record<string, unknown>) => new ApiError(400, 'validation_failed', 'x', details);

describe('detailItems', () => {
  it('keeps only the items of the expected shape', () => {
    expect(detailItems(withDetails({ problems: ['too_short', 3, null, 'reused'] }), 'problems', isString)).toEqual(['too_short', 'reused']);
  });

  it('is empty when the key is missing or not an array, or the error is not from the API', () => {
    expect(detailItems(withDetails({}), 'problems', isString)).toEqual([]);
    expect(detailItems(withDetails({ problems: 'too_short' }), 'problems', isString)).toEqual([]);
    expect(detailItems(new Error('x'), 'problems', isString)).toEqual([]);
  });
});

describe('fieldErrorsOf', () => {
  it('reads details.fields, dropping malformed entries', () => {
    const error = withDetails({ fields: [{ field: 'login', message: 'bad' }, { field: 1 }, 'x'] });
    expect(fieldErrorsOf(error)).toEqual([{ field: 'login', message: 'bad' }]);
  });
});

describe('toFormFieldErrors', () => {
  const fields = { login: 'login', unitId: 'unit', roles: 'roles' } as const;

  it('maps server fields to form fields, with the form\'s own message', () => {
    const result = toFormFieldErrors([{ field: 'unitId', message: 'required for unit roles' }], fields, (name) => `bad ${name}`);
    expect(result).toEqual({ fields: [{ name: 'unit', errors: ['bad unit'] }], unmatched: [] });
  });

  it('gives an array item\'s error to the array field, once', () => {
    const errors = [{ field: 'roles.0', message: 'invalid' }, { field: 'roles.2', message: 'invalid' }];
    expect(toFormFieldErrors(errors, fields, () => 'bad').fields).toEqual([{ name: 'roles', errors: ['bad'] }]);
  });

  it('returns errors for fields the form does not have as unmatched', () => {
    const errors = [{ field: 'regionId', message: 'required' }, { field: 'toString', message: 'x' }];
    expect(toFormFieldErrors(errors, fields, () => 'bad')).toEqual({ fields: [], unmatched: errors });
  });
});
