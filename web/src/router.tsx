import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { LoginPage } from './features/auth/login-page';
import { LOGIN_PATH } from './features/auth/next-path';
import { RequireAuth } from './features/auth/require-auth';
import { AppLayout } from './shared/layout/app-layout';
import { RouteError } from './shared/layout/route-error';

// Pages load on demand: the first screen needs only the login page and the shell, so later
// areas (charts above all) never weigh on it. Routes exist only for areas whose pages exist;
// an area with `available: false` in the nav table has none and falls through to "not found".
const HomePage = lazy(() => import('./features/home/home-page').then((m) => ({ default: m.HomePage })));
const NotFoundPage = lazy(() => import('./shared/layout/not-found-page').then((m) => ({ default: m.NotFoundPage })));

/**
 * A data router rather than <BrowserRouter>: it costs ~16 kB gzip more, but gives route error
 * boundaries (below) and useBlocker, which report forms will need to warn about unsaved input.
 */
export function createRouter() {
  return createBrowserRouter([
    {
      errorElement: <RouteError />,
      children: [
        { path: LOGIN_PATH, element: <LoginPage /> },
        {
          element: <RequireAuth />,
          children: [
            {
              element: <AppLayout />,
              // Inside the layout, so a failing page keeps the navigation around it.
              children: [
                {
                  errorElement: <RouteError />,
                  children: [
                    { index: true, element: <HomePage /> },
                    { path: '*', element: <NotFoundPage /> },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ]);
}
