import { describe, expect, it } from 'vitest';
import { createRng, mulberry32, seedOf } from './prng';

describe('the seeded generator', () => {
  it('is mulberry32: the same seed gives the same known sequence on every machine', () => {
    const next = mulberry32(1);
    expect([next(), next(), next()].map((x) => x.toFixed(8))).toEqual(['0.62707394', '0.00273572', '0.52744704']);
  });

  it('gives one independent stream per seed part', () => {
    const draw = (...parts: Array<string | number>) => Array.from({ length: 5 }, createRng(...parts).next);
    expect(draw('luoshi', 3, 'plan')).toEqual(draw('luoshi', 3, 'plan'));
    expect(draw('luoshi', 3, 'plan')).not.toEqual(draw('luoshi', 3, 'units'));
    expect(seedOf('a', 'bc')).not.toBe(seedOf('ab', 'c'));
  });

  it('keeps int() within its bounds, both included', () => {
    const rng = createRng('bounds');
    const seen = new Set(Array.from({ length: 500 }, () => rng.int(2, 4)));
    expect([...seen].sort()).toEqual([2, 3, 4]);
  });

  it('samples distinct items, at most as many as there are', () => {
    const rng = createRng('sample');
    const picked = rng.sample(['a', 'b', 'c', 'd', 'e'], 3);
    expect(new Set(picked).size).toBe(3);
    expect(rng.sample(['a', 'b'], 5).sort()).toEqual(['a', 'b']);
    expect(() => rng.pick([])).toThrow(/empty/);
  });
});
