import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError, NETWORK_ERROR_STATUS } from './api-error';

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
 * The app's QueryClient. Any query or mutation that finds the session ended calls
 * `onSessionEnded`, so one place (auth) decides what signing out on the client means.
 */
export function createQueryClient(onSessionEnded: (client: QueryClient) => void): QueryClient {
  const handleError = (error: unknown) => {
    if (isSessionEnded(error)) onSessionEnded(client);
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
