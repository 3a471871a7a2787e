import type { UnitKind } from './cockpit-types';

/** The cockpit's filters, as the URL keeps them (so a view can be bookmarked and shared). */
export interface CockpitFilters {
  plan: string | null;
  year: number | null;
  quarter: number | null;
  section: string | null;
  unitKind: UnitKind | null;
}

const UNIT_KINDS: readonly UnitKind[] = ['department', 'township', 'park', 'enterprise', 'external'];

const intIn = (value: string | null, min: number, max: number): number | null => {
  const n = Number(value);
  return value !== null && Number.isInteger(n) && n >= min && n <= max ? n : null;
};

/**
 * Reads the filters from the URL; anything malformed is dropped rather than sent.
 *
 * @example filtersOf(new URLSearchParams('year=2024&quarter=9')) // { year: 2024, quarter: null, ... }
 */
export function filtersOf(params: URLSearchParams): CockpitFilters {
  const kind = params.get('unitKind');
  return {
    plan: params.get('plan'),
    year: intIn(params.get('year'), 1990, 2200),
    quarter: intIn(params.get('quarter'), 1, 4),
    section: params.get('section') || null,
    unitKind: UNIT_KINDS.includes(kind as UnitKind) ? (kind as UnitKind) : null,
  };
}

/** The API's query string for the filters (the plan is in the path, not here). */
export function cockpitQuery(filters: CockpitFilters): string {
  const params = new URLSearchParams();
  if (filters.year !== null) params.set('year', String(filters.year));
  if (filters.quarter !== null) params.set('quarter', String(filters.quarter));
  if (filters.section !== null) params.set('section', filters.section);
  if (filters.unitKind !== null) params.set('unitKind', filters.unitKind);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The URL's search params for the filters (empty ones left out). */
export function filtersToParams(filters: CockpitFilters): Record<string, string> {
  const entries = Object.entries(filters).filter(([, value]) => value !== null) as Array<[string, string | number]>;
  return Object.fromEntries(entries.map(([key, value]) => [key, String(value)]));
}
