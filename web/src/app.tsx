import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider } from 'react-router/dom';
import { currentAccountQuery, replaceSession, requirePasswordChange } from './features/auth/current-account';
import { passwordChangeReasonOf } from './features/auth/password-change';
import { createQueryClient } from './shared/api/query-client';
import { I18nProvider } from './shared/i18n/i18n-provider';
import { LocaleProvider } from './shared/i18n/locale-provider';
import { createRouter } from './router';

/**
 * The whole app: language first (antd's locale follows it), then data, then routes.
 * When any request finds the session ended, the client forgets the account, and the guard
 * sends the user to /login, remembering the page. When any request is refused until the
 * password is changed, the guard sends the user to the password page instead.
 */
export function App() {
  const [queryClient] = useState(() =>
    createQueryClient({
      onSessionEnded: (client) => void replaceSession(client, null),
      onPasswordChangeRequired: (client, error) => void requirePasswordChange(client, passwordChangeReasonOf(error)),
    }),
  );
  const [router] = useState(() => {
    // Who is signed in is asked first, before the router starts the opened page's code and data.
    void queryClient.prefetchQuery(currentAccountQuery);
    return createRouter(queryClient);
  });
  return (
    <I18nProvider>
      <LocaleProvider>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </LocaleProvider>
    </I18nProvider>
  );
}
