import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { LoginPage } from './features/auth/login-page';
import { LOGIN_PATH } from './features/auth/next-path';
import { PASSWORD_PATH } from './features/auth/password-change';
import { RequireAuth } from './features/auth/require-auth';
import { AppLayout } from './shared/layout/app-layout';
import { RouteError } from './shared/layout/route-error';

// Pages load on demand: the first screen needs only the login page and the shell, so later
// areas (charts above all) never weigh on it. Routes exist only for areas whose pages exist;
// an area with `available: false` in the nav table has none and falls through to "not found".
const HomePage = lazy(() => import('./features/home/home-page').then((m) => ({ default: m.HomePage })));
const NotFoundPage = lazy(() => import('./shared/layout/not-found-page').then((m) => ({ default: m.NotFoundPage })));
const PasswordPage = lazy(() => import('./features/auth/password-page').then((m) => ({ default: m.PasswordPage })));
const LeadingGroupsPage = lazy(() => import('./features/plan/leading-groups-page').then((m) => ({ default: m.LeadingGroupsPage })));
const UnitsPage = lazy(() => import('./features/units/units-page').then((m) => ({ default: m.UnitsPage })));
const AccountsPage = lazy(() => import('./features/accounts/accounts-page').then((m) => ({ default: m.AccountsPage })));
const AuditPage = lazy(() => import('./features/audit/audit-page').then((m) => ({ default: m.AuditPage })));
const PlanPage = lazy(() => import('./features/plan/plan-page').then((m) => ({ default: m.PlanPage })));
const ReportsPage = lazy(() => import('./features/reports/reports-page').then((m) => ({ default: m.ReportsPage })));
const ReportPage = lazy(() => import('./features/reports/report-page').then((m) => ({ default: m.ReportPage })));
const ReviewPage = lazy(() => import('./features/review/review-page').then((m) => ({ default: m.ReviewPage })));
const TimelinessPage = lazy(() => import('./features/timeliness/timeliness-page').then((m) => ({ default: m.TimelinessPage })));
const PlanImportPage = lazy(() => import('./features/plan/import/plan-import-page').then((m) => ({ default: m.PlanImportPage })));
// Indicators (issue 6): lazy, as their page draws charts.
const IndicatorsPage = lazy(() => import('./features/indicators/indicators-page').then((m) => ({ default: m.IndicatorsPage })));
const IndicatorPage = lazy(() => import('./features/indicators/indicator-page').then((m) => ({ default: m.IndicatorPage })));
// cockpit (issue 7)
const CockpitPage = lazy(() => import('./features/cockpit/cockpit-page').then((m) => ({ default: m.CockpitPage })));
const CockpitTaskPage = lazy(() => import('./features/cockpit/task-reports-page').then((m) => ({ default: m.TaskReportsPage })));
const CockpitUnitPage = lazy(() => import('./features/cockpit/unit-obligations-page').then((m) => ({ default: m.UnitObligationsPage })));
// Official documents (issue 8).
const DocumentsPage = lazy(() => import('./features/documents/documents-page').then((m) => ({ default: m.DocumentsPage })));
// supervision (issue 9)
const SupervisionPage = lazy(() => import('./features/supervision/supervision-page').then((m) => ({ default: m.SupervisionPage })));
const NoticesPage = lazy(() => import('./features/supervision/notices-page').then((m) => ({ default: m.NoticesPage })));
const MeetingsPage = lazy(() => import('./features/meetings/meetings-page').then((m) => ({ default: m.MeetingsPage })));
const AssessmentPage = lazy(() => import('./features/assessment/assessment-page').then((m) => ({ default: m.AssessmentPage })));
const NoticePage = lazy(() => import('./features/supervision/notice-page').then((m) => ({ default: m.NoticePage })));

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
                    { path: 'cockpit', element: <CockpitPage /> },
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
}
