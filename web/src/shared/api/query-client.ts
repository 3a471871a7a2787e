import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError, NETWORK_ERROR_STATUS, type ApiError } from './api-error';

const MAX_RETRIES = 2;

/**
 * Retry only what may pass on a second try: no answer at all, or a 5xx. A 4xx means the
 * request itself is wrong (or the session ended) and will fail the same way again.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  if (!isApiError(error)) return false;
  return error.status === NETWORK_ERROR_STATUS || error.status >= 500;
}

/** True when the server says the session is gone (expired, revoked, signed out elsewhere). */
export function isSessionEnded(error: unknown): boolean {
  return isApiError(error) && error.code === 'unauthenticated';
}

/**
 * True when the server refuses everything until the password is changed (a first sign-in, or a
 * password that expired while the page was open).
 */
export function isPasswordChangeRequired(error: unknown): error is ApiError {
  return isApiError(error) && error.code === 'password_change_required';
}

export interface SessionHandlers {
  /** The session ended: forget the account, so the guard sends the user to sign in. */
  onSessionEnded: (client: QueryClient) => void;
  /** The password must be changed first: the guard should send the user to the password page. */
  onPasswordChangeRequired: (client: QueryClient, error: ApiError) => void;
}

/**
 * The app's QueryClient. Any query or mutation whose answer says the session ended, or that the
 * password must be changed first, calls the matching handler, so one place (auth) decides what
 * that means on the client.
 */
export function createQueryClient(handlers: SessionHandlers): QueryClient {
  const handleError = (error: unknown) => {
    if (isSessionEnded(error)) handlers.onSessionEnded(client);
    else if (isPasswordChangeRequired(error)) handlers.onPasswordChangeRequired(client, error);
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: handleError }),
    mutationCache: new MutationCache({ onError: handleError }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
  return client;
}
