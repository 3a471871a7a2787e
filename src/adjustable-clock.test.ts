import { describe, expect, it } from 'vitest';
import { createAdjustableClock } from './adjustable-clock';

describe('the adjustable test clock', () => {
  it('starts at the given instant and runs at real speed from wherever it was set', () => {
    let real = Date.parse('2026-11-26T10:00:00Z');
    const clock = createAdjustableClock(new Date('2024-03-01T02:00:00Z'), () => real);
    expect(clock.now().toISOString()).toBe('2024-03-01T02:00:00.000Z');
    real += 1500;
    expect(clock.now().toISOString()).toBe('2024-03-01T02:00:01.500Z');
    clock.set(new Date('2024-03-25T02:00:00Z'));
    expect(clock.now().toISOString()).toBe('2024-03-25T02:00:00.000Z');
    real += 60_000;
    expect(clock.now().toISOString()).toBe('2024-03-25T02:01:00.000Z');
  });
});
