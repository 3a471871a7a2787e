import { ApiError, NETWORK_ERROR_STATUS, parseApiError } from './api-error';

export { ApiError, isApiError } from './api-error';

export interface RequestOptions {
  signal?: AbortSignal;
}

/**
 * GET a JSON resource from the same origin (the session cookie goes along).
 *
 * @example const { account } = await apiGet<{ account: Account }>('/api/auth/me');
 */
export function apiGet<T>(path: string, options: RequestOptions = {}): Promise<T> {
  return request<T>(path, { method: 'GET', headers: { accept: 'application/json' }, ...options });
}

/**
 * POST JSON. Always sends `content-type: application/json` and `x-luoshi-csrf: 1`: a cross-site
 * form cannot set either, which is the server's CSRF defence. Resolves to `undefined` on 204.
 *
 * @example await apiPost('/api/auth/logout');
 */
export function apiPost<T = undefined>(path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
  return request<T>(path, {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/json', 'x-luoshi-csrf': '1' },
    body: JSON.stringify(body ?? {}),
    ...options,
  });
}

async function request<T>(path: string, init: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, credentials: 'same-origin' });
  } catch (cause) {
    if (init.signal?.aborted) throw cause; // a cancelled query is not a network failure
    throw new ApiError(NETWORK_ERROR_STATUS, 'network_error', String(cause));
  }
  const body = await readJson(response);
  if (!response.ok) throw parseApiError(response.status, body);
  return body as T;
}

/** The body as JSON, or undefined when it is empty (204) or not JSON. */
async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
