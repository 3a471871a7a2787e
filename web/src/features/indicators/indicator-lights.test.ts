import { describe, expect, it } from 'vitest';
import { countByStatus, entryPeriods, filterIndicators, groupByOrigin } from './indicator-lights';
import type { Indicator } from './indicator-types';

type Row = Pick<Indicator, 'number' | 'name' | 'status' | 'attribute' | 'origin' | 'values'>;
const row = (number: number, name: string, status: Row['status'], attribute: Row['attribute'], pending = false): Row => ({
  number, name, status, attribute, origin: attribute === null ? 'goal' : 'table',
  values: pending ? [{ id: 'v', period: '2023', value: 1, source: '', note: '', status: 'submitted', returnReason: null, enteredAt: '', evidence: [] }] : [],
});
const rows = [row(1, '研发投入强度', 'on_track', 'expected'), row(20, '万元GDP综合能耗', 'binding_target_missed', 'binding', true), row(10, '科技型中小企业', 'no_data', 'expected'), row(21, '地区生产总值增速', 'achieved', null)];

describe('indicator list filters', () => {
  it('filters by status, attribute, text (name or number) and values awaiting review', () => {
    expect(filterIndicators(rows, { status: 'binding_target_missed' }).map((r) => r.number)).toEqual([20]);
    expect(filterIndicators(rows, { attribute: 'expected' }).map((r) => r.number)).toEqual([1, 10]);
    expect(filterIndicators(rows, { text: '企业' }).map((r) => r.number)).toEqual([10]);
    expect(filterIndicators(rows, { text: '20' }).map((r) => r.number)).toEqual([20]);
    expect(filterIndicators(rows, { pendingOnly: true }).map((r) => r.number)).toEqual([20]);
    expect(filterIndicators(rows, { attribute: 'goal' }).map((r) => r.number)).toEqual([21]);
    expect(filterIndicators(rows, {})).toHaveLength(4);
  });

  it('shows the annual table and the overall goals outside it apart', () => {
    const { table, goals } = groupByOrigin(rows);
    expect([table.map((r) => r.number), goals.map((r) => r.number)]).toEqual([[1, 20, 10], [21]]);
  });

  it('counts each status', () => {
    expect(countByStatus(rows)).toMatchObject({ on_track: 1, binding_target_missed: 1, no_data: 1, achieved: 1 });
  });

  it('offers quarters only for indicators tracked quarterly', () => {
    expect(entryPeriods([2023], 'yearly')).toEqual(['2023']);
    expect(entryPeriods([2023], 'quarterly_point')).toEqual(['2023', '2023Q1', '2023Q2', '2023Q3', '2023Q4']);
  });
});
