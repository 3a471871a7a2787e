/** Who a route is requested as: nobody, the busiest unit's reporter, or the county's office. */
export type Caller = 'anonymous' | 'reporter' | 'office';

export interface RouteTarget {
  planId: string;
  unitId: string;
}

export interface MeasuredRoute {
  key: string;
  caller: Caller;
  path(target: RouteTarget): string;
  what: string;
}

/** The routes measured, in order: the two ceilings first, then Luoshi's own. */
export const MEASURED_ROUTES: readonly MeasuredRoute[] = [
  { key: 'framework', caller: 'anonymous', path: () => '/bench/framework', what: 'framework ceiling: an empty route on the app as built by buildApp' },
  { key: 'database', caller: 'anonymous', path: () => '/bench/database', what: 'database ceiling: one SELECT of a user by primary key through Kysely' },
  { key: 'me', caller: 'reporter', path: () => '/api/auth/me', what: 'GET /api/auth/me: session resolution alone (what every API request pays)' },
  { key: 'myTasks', caller: 'reporter', path: () => '/api/me/obligations', what: 'GET /api/me/obligations: "my tasks this quarter", what a unit owes in the open periods' },
  { key: 'unitWorkspace', caller: 'reporter', path: (t) => `/api/units/${t.unitId}/workspace`, what: "GET /api/units/:id/workspace: the tasks a unit leads or is responsible for" },
  { key: 'planBreakdown', caller: 'office', path: (t) => `/api/plans/${t.planId}`, what: "GET /api/plans/:id: a plan's whole task breakdown" },
  { key: 'cockpit', caller: 'office', path: (t) => `/api/plans/${t.planId}/cockpit`, what: 'GET /api/plans/:id/cockpit: the leadership cockpit, computed live from three years of reports' },
];

/** Routes of the issue that do not exist yet: recorded with the reason. */
export const MISSING_ROUTES: Readonly<Record<string, string>> = {};

/** Issue 5's deadline rush: 40 units × 22 tasks submitting at once. */
export const BURST_SIZE = 880;
