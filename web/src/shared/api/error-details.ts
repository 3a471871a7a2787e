import { isApiError, isRecord } from './api-error';

/** One entry of `details.fields` in a 400 `validation_failed`: a body field and what is wrong. */
export interface FieldError {
  /** The body path as the server names it: `login`, `roles.0`, `aliases.2`. */
  field: string;
  /** The server's English text, for logs; the UI words its own message per field. */
  message: string;
}

/**
 * The items of the array `details[key]` that pass `isItem`; empty for anything else (no such
 * key, not an array, not an API error). The server's details are data from the network, so
 * they are checked, never cast.
 *
 * @example detailItems(error, 'problems', isString) // ['too_short', 'reused']
 */
export function detailItems<T>(error: unknown, key: string, isItem: (value: unknown) => value is T): T[] {
  if (!isApiError(error)) return [];
  const value = error.details[key];
  return Array.isArray(value) ? value.filter(isItem) : [];
}

export const isString = (value: unknown): value is string => typeof value === 'string';

const isFieldError = (value: unknown): value is FieldError =>
  isRecord(value) && typeof value['field'] === 'string' && typeof value['message'] === 'string';

/** `details.fields` of a `validation_failed` answer. */
export function fieldErrorsOf(error: unknown): FieldError[] {
  return detailItems(error, 'fields', isFieldError);
}

/** One antd Form field with its errors, for `form.setFields()`. */
export interface FormFieldErrors<F extends string> {
  name: F;
  errors: string[];
}

/**
 * Puts the server's field errors on the form's own fields. A path like `roles.0` belongs to the
 * `roles` field. `fields` maps server field names to form field names (usually the same);
 * errors for fields the form does not show come back as `unmatched`, to show above the form.
 *
 * @example
 * toFormFieldErrors([{ field: 'unitId', message: 'required for unit roles' }], { unitId: 'unitId' }, () => '请选择单位')
 * // { fields: [{ name: 'unitId', errors: ['请选择单位'] }], unmatched: [] }
 */
export function toFormFieldErrors<F extends string>(
  errors: readonly FieldError[],
  fields: Readonly<Record<string, F>>,
  messageOf: (field: F, error: FieldError) => string,
): { fields: FormFieldErrors<F>[]; unmatched: FieldError[] } {
  const byField = new Map<F, string[]>();
  const unmatched: FieldError[] = [];
  for (const error of errors) {
    const head = error.field.split('.')[0] ?? '';
    const name = Object.hasOwn(fields, head) ? fields[head] : undefined;
    if (name === undefined) {
      unmatched.push(error);
      continue;
    }
    const message = messageOf(name, error);
    const messages = byField.get(name) ?? [];
    if (!messages.includes(message)) messages.push(message);
    byField.set(name, messages);
  }
  return { fields: [...byField].map(([name, messages]) => ({ name, errors: messages })), unmatched };
}
