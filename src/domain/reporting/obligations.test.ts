import { describe, expect, it } from 'vitest';
import { obligationsOf } from './obligations';

describe('obligations', () => {
  it('makes responsible units owe unit reports and the lead unit a consolidated one', () => {
    const obligations = obligationsOf(
      [
        { taskId: 't1', unitId: 'lead', role: 'lead' },
        { taskId: 't1', unitId: 'a', role: 'responsible' },
        { taskId: 't1', unitId: 'c', role: 'cooperating' },
      ],
      new Map(),
    );
    expect(obligations).toEqual([
      { taskId: 't1', unitId: 'lead', kind: 'consolidated' },
      { taskId: 't1', unitId: 'a', kind: 'unit' },
    ]);
  });

  it('expands a group to its members, once each', () => {
    const obligations = obligationsOf(
      [
        { taskId: 't1', unitId: 'towns', role: 'responsible' },
        { taskId: 't1', unitId: 'x', role: 'responsible' },
      ],
      new Map([['towns', ['x', 'y']]]),
    );
    expect(obligations.map((o) => o.unitId)).toEqual(['x', 'y']);
  });
});
