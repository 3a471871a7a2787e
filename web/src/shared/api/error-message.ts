import type { MessageKey } from '../i18n/translate';
import { isApiError, NETWORK_ERROR_STATUS } from './api-error';

/** Server error codes the UI has its own words for. */
const CODE_MESSAGES = {
  invalid_credentials: 'error.invalid_credentials',
  account_locked: 'error.account_locked',
  account_disabled: 'error.account_disabled',
  password_change_required: 'error.password_change_required',
  password_rejected: 'error.password_rejected',
  conflict: 'error.conflict',
  csrf_failed: 'error.csrf_failed',
  rate_limited: 'error.rate_limited',
  validation_failed: 'error.validation_failed',
  unauthenticated: 'error.unauthenticated',
  forbidden: 'error.forbidden',
  not_found: 'error.not_found',
  network_error: 'error.network',
} as const satisfies Record<string, MessageKey>;

/**
 * The dictionary key of the message to show for an error. Known codes first, then the HTTP
 * status class, then a generic message: the server's own text and stacks are never shown.
 *
 * @example t(errorMessageKey(error)) // '用户名或密码错误'
 */
export function errorMessageKey(error: unknown): MessageKey {
  if (!isApiError(error)) return 'error.generic';
  if (Object.hasOwn(CODE_MESSAGES, error.code)) {
    return CODE_MESSAGES[error.code as keyof typeof CODE_MESSAGES];
  }
  return statusMessageKey(error.status);
}

function statusMessageKey(status: number): MessageKey {
  if (status === NETWORK_ERROR_STATUS) return 'error.network';
  if (status === 401) return 'error.unauthenticated';
  if (status === 403) return 'error.forbidden';
  if (status === 404) return 'error.not_found';
  if (status === 429) return 'error.rate_limited';
  if (status >= 500) return 'error.server';
  return 'error.generic';
}
