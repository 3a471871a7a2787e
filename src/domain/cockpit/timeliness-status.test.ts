import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_REPORTING_RULE, periodsOfYear } from '../reporting/periods';
import { ratesOf, timelinessOf } from '../reporting/timeliness';
import { countStatus, emptyStatusCounts, ratesOfCounts, timelinessStatusOf } from './timeliness-status';

const periods = [...periodsOfYear(DEFAULT_REPORTING_RULE, 2024), ...periodsOfYear(DEFAULT_REPORTING_RULE, 2025)];
const instant = fc.integer({ min: Date.parse('2023-10-01T00:00:00Z'), max: Date.parse('2026-03-01T00:00:00Z') }).map((ms) => new Date(ms));

describe('the cockpit timeliness status', () => {
  it('is the status timelinessOf gives, for any period, submission and moment', () => {
    fc.assert(
      fc.property(fc.constantFrom(...periods), fc.option(instant, { nil: null }), instant, (period, submittedAt, now) => {
        expect(timelinessStatusOf(period, submittedAt, now)).toBe(timelinessOf(period, DEFAULT_REPORTING_RULE, submittedAt, now).status);
      }),
      { numRuns: 300 },
    );
  });

  it('counts statuses and gives the rates as ratesOf does', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...periods), fc.option(instant, { nil: null }))), instant, (reports, now) => {
        const counts = emptyStatusCounts();
        for (const [period, at] of reports) countStatus(counts, timelinessStatusOf(period, at, now));
        const rates = ratesOf(reports.map(([period, at]) => timelinessOf(period, DEFAULT_REPORTING_RULE, at, now)));
        expect(ratesOfCounts(counts)).toEqual(rates);
      }),
      { numRuns: 100 },
    );
  });
});
