import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { plansKey } from '../plan/plans-api';
import { cockpitQueryOf } from './cockpit-api';
import { filtersOf } from './cockpit-filters';
import { prefetchCockpit } from './cockpit-prefetch';

const PLANS = [
  { id: 'old', status: 'archived' },
  { id: 'p1', status: 'active' },
];

function answering(routes: Record<string, unknown>) {
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (path: string) => {
    asked.push(path);
    const body = routes[path];
    return body === undefined
      ? new Response(JSON.stringify({ error: { code: 'unauthenticated', message: 'Please sign in.' } }), { status: 401, headers: { 'content-type': 'application/json' } })
      : new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  return asked;
}

describe('prefetchCockpit', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('fills the queries the cockpit page reads: the plans, then the figures of the plan and filters in the URL', async () => {
    const asked = answering({ '/api/plans': { plans: PLANS }, '/api/plans/p1/cockpit?year=2024&unitKind=township': { plan: { id: 'p1' } } });
    const client = new QueryClient();
    const url = new URL('http://luoshi.test/cockpit?year=2024&unitKind=township');
    await prefetchCockpit(client, url);
    expect(asked).toEqual(['/api/plans', '/api/plans/p1/cockpit?year=2024&unitKind=township']);
    expect(client.getQueryData(plansKey)).toEqual(PLANS);
    expect(client.getQueryData(cockpitQueryOf('p1', filtersOf(url.searchParams)).queryKey)).toEqual({ plan: { id: 'p1' } });
  });

  it('leaves failures to the page: nothing is thrown and no figures are cached', async () => {
    const asked = answering({});
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    await expect(prefetchCockpit(client, new URL('http://luoshi.test/cockpit'))).resolves.toBeUndefined();
    expect(asked).toEqual(['/api/plans']);
    expect(client.getQueryData(plansKey)).toBeUndefined();
  });
});
