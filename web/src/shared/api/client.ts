import { ApiError, NETWORK_ERROR_STATUS, parseApiError } from './api-error';
import { fileNameFromDisposition } from './file-name';

export { ApiError, isApiError } from './api-error';

export interface RequestOptions {
  signal?: AbortSignal;
}

/**
 * Headers of every state-changing request. `x-luoshi-csrf` (which a cross-site form cannot set)
 * marks it as the app's own; the server's CSRF defence itself is its Origin / Sec-Fetch-Site check.
 */
const WRITE_HEADERS = { accept: 'application/json', 'x-luoshi-csrf': '1' } as const;

/**
 * GET a JSON resource from the same origin (the session cookie goes along).
 *
 * @example const { account } = await apiGet<{ account: Account }>('/api/auth/me');
 */
export function apiGet<T>(path: string, options: RequestOptions = {}): Promise<T> {
  return request<T>(path, { method: 'GET', headers: { accept: 'application/json' }, ...options });
}

/**
 * POST JSON. Always sends `content-type: application/json`, which the server's JSON routes
 * require; resolves to `undefined` on 204.
 *
 * @example await apiPost('/api/auth/logout');
 */
export function apiPost<T = undefined>(path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
  return sendJson<T>('POST', path, body, options);
}

/**
 * PATCH JSON: only the fields present in `body` change.
 *
 * @example await apiPatch<{ unit: Unit }>(`/api/units/${id}`, { isActive: false });
 */
export function apiPatch<T>(path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
  return sendJson<T>('PATCH', path, body, options);
}

/**
 * PUT JSON: replace a resource's editable content (a report draft).
 *
 * @example await apiPut<Report>(`/api/reports/${id}`, { version, progress, ... });
 */
export function apiPut<T>(path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
  return sendJson<T>('PUT', path, body, options);
}

/**
 * DELETE a resource; resolves to `undefined` on 204.
 *
 * @example await apiDelete(`/api/attachments/${id}`);
 */
export function apiDelete<T = undefined>(path: string, options: RequestOptions = {}): Promise<T> {
  return request<T>(path, { method: 'DELETE', headers: WRITE_HEADERS, ...options });
}

/**
 * POST one file as multipart/form-data. The browser sets the content type with its boundary.
 *
 * @example await apiUpload<ImportSummary>('/api/units/import', file);
 */
export function apiUpload<T>(path: string, file: Blob, fileName: string, options: RequestOptions = {}): Promise<T> {
  const form = new FormData();
  form.append('file', file, fileName);
  return request<T>(path, { method: 'POST', headers: WRITE_HEADERS, body: form, ...options });
}

/** A downloaded file: its bytes and the name the server gave it. */
export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

/**
 * GET a file (an .xlsx export). Errors arrive as JSON like any other call, so they become an
 * ApiError the page can show, instead of a JSON file saved to disk.
 *
 * @example const { blob, fileName } = await apiDownload('/api/units/export', '单位.xlsx');
 */
export async function apiDownload(path: string, fallbackName: string, options: RequestOptions = {}): Promise<DownloadedFile> {
  const response = await send(path, { method: 'GET', ...options });
  if (!response.ok) throw parseApiError(response.status, await readJson(response));
  const fileName = fileNameFromDisposition(response.headers.get('content-disposition'), fallbackName);
  return { blob: await response.blob(), fileName };
}

function sendJson<T>(method: 'POST' | 'PATCH' | 'PUT', path: string, body: unknown, options: RequestOptions): Promise<T> {
  return request<T>(path, {
    method,
    headers: { ...WRITE_HEADERS, 'content-type': 'application/json' },
    body: JSON.stringify(body ?? {}),
    ...options,
  });
}

async function request<T>(path: string, init: RequestInit): Promise<T> {
  const response = await send(path, init);
  const body = await readJson(response);
  if (!response.ok) throw parseApiError(response.status, body);
  return body as T;
}

async function send(path: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(path, { ...init, credentials: 'same-origin' });
  } catch (cause) {
    if (init.signal?.aborted) throw cause; // a cancelled query is not a network failure
    throw new ApiError(NETWORK_ERROR_STATUS, 'network_error', String(cause));
  }
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
