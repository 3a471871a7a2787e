import type { QueryClient } from '@tanstack/react-query';
import { defaultPlanId } from '../plan/plan-choice';
import { plansQuery } from '../plan/plans-api';
import { cockpitQueryOf } from './cockpit-api';
import { filtersOf } from './cockpit-filters';

/**
 * Asks for the cockpit's figures as soon as the app knows the cockpit was opened, before the
 * page's code has arrived (the route's loader calls it): the plans, then the figures of the
 * plan and filters the URL names, into the same queries the page reads. Errors are left to the
 * page, which asks again and shows them (a 401 still ends the session through the query client).
 */
export async function prefetchCockpit(client: QueryClient, url: URL): Promise<void> {
  try {
    const filters = filtersOf(url.searchParams);
    const planId = defaultPlanId(await client.fetchQuery(plansQuery), filters.plan);
    if (planId !== undefined) await client.prefetchQuery(cockpitQueryOf(planId, filters));
  } catch {
    // The page shows it.
  }
}
