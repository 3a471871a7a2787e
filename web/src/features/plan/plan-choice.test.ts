import { describe, expect, it } from 'vitest';
import { defaultPlanId } from './plan-choice';

const plans = [
  { id: 'old', status: 'archived' as const },
  { id: 'now', status: 'active' as const },
];

describe('defaultPlanId', () => {
  it('shows the plan the URL names, when the county has it', () => {
    expect(defaultPlanId(plans, 'old')).toBe('old');
  });

  it('falls back to the active plan for no or an unknown id', () => {
    expect(defaultPlanId(plans, undefined)).toBe('now');
    expect(defaultPlanId(plans, 'gone')).toBe('now');
  });

  it('takes the first plan when none is active, and none when there are none', () => {
    expect(defaultPlanId([{ id: 'draft', status: 'draft' }], null)).toBe('draft');
    expect(defaultPlanId([], undefined)).toBeUndefined();
  });
});
