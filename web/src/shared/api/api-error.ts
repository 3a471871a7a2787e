/**
 * An error answered by the API, or a request that never got an answer.
 * `code` is the server's stable error code (`invalid_credentials`, `account_locked`, ...);
 * `network_error` when the server could not be reached, `unknown` when the body had no code.
 * `message` is the server's text, for logs only: the UI shows a localized message per code.
 * `details` is the body's `error.details` (field errors, policy problems, ...), `{}` when absent:
 * read it through the checked accessors in error-details.ts, never by casting.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}

/** The status used for a request that got no HTTP answer at all. */
export const NETWORK_ERROR_STATUS = 0;

/**
 * Reads the server's error body `{"error":{"code":"...","message":"...","details":{...}}}`.
 * Anything else (an HTML page from a proxy, an empty body) still becomes an ApiError carrying
 * the status.
 *
 * @example parseApiError(423, { error: { code: 'account_locked', message: 'locked' } })
 */
export function parseApiError(status: number, body: unknown): ApiError {
  const error = isRecord(body) ? body['error'] : undefined;
  if (isRecord(error) && typeof error['code'] === 'string') {
    const message = typeof error['message'] === 'string' ? error['message'] : error['code'];
    const details = isRecord(error['details']) ? error['details'] : {};
    return new ApiError(status, error['code'], message, details);
  }
  return new ApiError(status, 'unknown', `HTTP ${status}`);
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
