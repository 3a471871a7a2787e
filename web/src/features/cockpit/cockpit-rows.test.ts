import { describe, expect, it } from 'vitest';
import { cockpitQuery, filtersOf, filtersToParams } from './cockpit-filters';
import { formatValue, indicatorLights, latestAgainstTarget, planYears, quartersOf } from './cockpit-rows';

describe('cockpit rows and filters', () => {
  it('counts indicators by light', () => {
    expect(indicatorLights([{ light: 'green' }, { light: 'green' }, { light: 'red' }, { light: 'grey' }])).toEqual({ green: 2, yellow: 0, red: 1, grey: 1 });
  });

  it('offers the plan years and the opened quarters of a year', () => {
    expect(planYears({ startYear: 2023, endYear: 2025 })).toEqual([2023, 2024, 2025]);
    const periods = [
      { id: 'a', key: '2023Q4', year: 2023, quarter: 4 },
      { id: 'b', key: '2024Q1', year: 2024, quarter: 1 },
      { id: 'c', key: '2024Q2', year: 2024, quarter: 2 },
    ];
    expect(quartersOf(periods, 2024)).toEqual([1, 2]);
  });

  it('shows the latest actual against its own year’s target', () => {
    const targets = [{ year: 2023, value: 10 }, { year: 2024, value: 12 }];
    expect(latestAgainstTarget({ targets, actuals: [{ year: 2023, value: 9, provisional: false }, { year: 2024, value: 11, provisional: true }] })).toEqual({
      latest: { year: 2024, value: 11, provisional: true },
      target: { year: 2024, value: 12 },
    });
    expect(latestAgainstTarget({ targets, actuals: [] })).toEqual({ latest: null, target: { year: 2023, value: 10 } });
    expect(formatValue(1.2549, '%')).toBe('1.25%');
    expect(formatValue(40, null)).toBe('40');
  });

  it('reads the filters from the URL, dropping malformed ones, and writes the API query', () => {
    const filters = filtersOf(new URLSearchParams('plan=p1&year=2024&quarter=9&unitKind=township&section='));
    expect(filters).toEqual({ plan: 'p1', year: 2024, quarter: null, section: null, unitKind: 'township' });
    expect(cockpitQuery(filters)).toBe('?year=2024&unitKind=township');
    expect(cockpitQuery({ plan: null, year: null, quarter: null, section: null, unitKind: null })).toBe('');
    expect(filtersToParams(filters)).toEqual({ plan: 'p1', year: '2024', unitKind: 'township' });
    expect(filtersOf(new URLSearchParams('unitKind=group')).unitKind).toBeNull();
  });
});
