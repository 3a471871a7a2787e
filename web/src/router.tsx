import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter } from 'react-router';
import { LoginPage } from './features/auth/login-page';
import { LOGIN_PATH } from './features/auth/next-path';
import { PASSWORD_PATH } from './features/auth/password-change';
import { RequireAuth } from './features/auth/require-auth';
import { AppLayout } from './shared/layout/app-layout';
import { RouteError } from './shared/layout/route-error';
import { lazyPage, preloadPages } from './shared/routing/lazy-page';
import { prefetchCockpit } from './features/cockpit/cockpit-prefetch';

// Pages load on demand: the first screen needs only the login page and the shell, so later
// areas (charts above all) never weigh on it. Routes exist only for areas whose pages exist;
// an area with `available: false` in the nav table has none and falls through to "not found".
const HomePage = lazyPage(() => import('./features/home/home-page'), (m) => m.HomePage);
const NotFoundPage = lazyPage(() => import('./shared/layout/not-found-page'), (m) => m.NotFoundPage);
const PasswordPage = lazyPage(() => import('./features/auth/password-page'), (m) => m.PasswordPage);
const LeadingGroupsPage = lazyPage(() => import('./features/plan/leading-groups-page'), (m) => m.LeadingGroupsPage);
const UnitsPage = lazyPage(() => import('./features/units/units-page'), (m) => m.UnitsPage);
const AccountsPage = lazyPage(() => import('./features/accounts/accounts-page'), (m) => m.AccountsPage);
const AuditPage = lazyPage(() => import('./features/audit/audit-page'), (m) => m.AuditPage);
const PlanPage = lazyPage(() => import('./features/plan/plan-page'), (m) => m.PlanPage);
const ReportsPage = lazyPage(() => import('./features/reports/reports-page'), (m) => m.ReportsPage);
const ReportPage = lazyPage(() => import('./features/reports/report-page'), (m) => m.ReportPage);
const ReviewPage = lazyPage(() => import('./features/review/review-page'), (m) => m.ReviewPage);
const TimelinessPage = lazyPage(() => import('./features/timeliness/timeliness-page'), (m) => m.TimelinessPage);
const PlanImportPage = lazyPage(() => import('./features/plan/import/plan-import-page'), (m) => m.PlanImportPage);
// Indicators (issue 6): lazy, as their page draws charts.
const IndicatorsPage = lazyPage(() => import('./features/indicators/indicators-page'), (m) => m.IndicatorsPage);
const IndicatorPage = lazyPage(() => import('./features/indicators/indicator-page'), (m) => m.IndicatorPage);
// cockpit (issue 7)
const CockpitPage = lazyPage(() => import('./features/cockpit/cockpit-page'), (m) => m.CockpitPage);
const CockpitTaskPage = lazyPage(() => import('./features/cockpit/task-reports-page'), (m) => m.TaskReportsPage);
const CockpitUnitPage = lazyPage(() => import('./features/cockpit/unit-obligations-page'), (m) => m.UnitObligationsPage);
// Official documents (issue 8).
const DocumentsPage = lazyPage(() => import('./features/documents/documents-page'), (m) => m.DocumentsPage);
// supervision (issue 9)
const SupervisionPage = lazyPage(() => import('./features/supervision/supervision-page'), (m) => m.SupervisionPage);
const NoticesPage = lazyPage(() => import('./features/supervision/notices-page'), (m) => m.NoticesPage);
const MeetingsPage = lazyPage(() => import('./features/meetings/meetings-page'), (m) => m.MeetingsPage);
const AssessmentPage = lazyPage(() => import('./features/assessment/assessment-page'), (m) => m.AssessmentPage);
const NoticePage = lazyPage(() => import('./features/supervision/notice-page'), (m) => m.NoticePage);

/**
 * A data router rather than <BrowserRouter>: it costs ~16 kB gzip more, but gives route error
 * boundaries (below) and useBlocker, which report forms will need to warn about unsaved input.
 */
export function createRouter(queryClient: QueryClient) {
  const router = createBrowserRouter([
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
                    // Not an area: every account may change its password, and must when told to.
                    { path: PASSWORD_PATH, element: <PasswordPage /> },
                    { path: 'plan', element: <PlanPage /> },
                    { path: 'plan/import', element: <PlanImportPage /> },
                    { path: 'plan/:planId', element: <PlanPage /> },
                    { path: 'reports', element: <ReportsPage /> },
                    // Notifications link here (/reports/:id): keep this address stable.
                    { path: 'reports/:reportId', element: <ReportPage /> },
                    { path: 'review', element: <ReviewPage /> },
                    { path: 'timeliness', element: <TimelinessPage /> },
                    // Official documents (issue 8).
                    { path: 'documents', element: <DocumentsPage /> },
                    // The administration areas; who may open them is set in nav-areas.ts.
                    { path: 'admin/units', element: <UnitsPage /> },
                    { path: 'admin/leading-groups', element: <LeadingGroupsPage /> },
                    { path: 'admin/accounts', element: <AccountsPage /> },
                    { path: 'admin/audit', element: <AuditPage /> },
                    // Indicators (issue 6).
                    { path: 'indicators', element: <IndicatorsPage /> },
                    { path: 'indicators/:indicatorId', element: <IndicatorPage /> },
                    // cockpit (issue 7): the board, and its drill-downs (a task's reports, a unit's obligations)
                    {
                      path: 'cockpit',
                      element: <CockpitPage />,
                      // Not awaited: the figures are asked for while the page's code loads.
                      loader: ({ request }) => {
                        void prefetchCockpit(queryClient, new URL(request.url));
                        return null;
                      },
                    },
                    { path: 'cockpit/tasks/:taskId', element: <CockpitTaskPage /> },
                    { path: 'cockpit/units/:unitId', element: <CockpitUnitPage /> },
                    // supervision (issue 9); notifications link to /notices/:id: keep it stable.
                    { path: 'supervision', element: <SupervisionPage /> },
                    { path: 'notices', element: <NoticesPage /> },
                    { path: 'notices/:noticeId', element: <NoticePage /> },
                    { path: 'meetings', element: <MeetingsPage /> },
                    { path: 'assessment', element: <AssessmentPage /> },
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
  // The page the browser opened starts loading now, while the app asks who is signed in.
  preloadPages(router.state.matches);
  return router;
}
