import { describe, expect, it } from 'vitest';
import type { Store } from '../../db/store';
import { coalesce } from './coalesce';

const store = {} as Store;
const otherStore = {} as Store;

describe('coalescing concurrent identical requests', () => {
  it('runs the work once for callers that arrive while it runs, and afresh afterwards', async () => {
    let runs = 0;
    let release!: () => void;
    const work = () => {
      runs += 1;
      return new Promise<number>((resolve) => (release = () => resolve(runs)));
    };
    const first = coalesce(store, 'k', work);
    const second = coalesce(store, 'k', work);
    release();
    expect(await Promise.all([first, second])).toEqual([1, 1]);
    const third = coalesce(store, 'k', work);
    release();
    expect(await third).toBe(2);
  });

  it('keeps keys and stores apart, and forgets a failed run', async () => {
    let runs = 0;
    const work = async () => (runs += 1);
    expect(await Promise.all([coalesce(store, 'a', work), coalesce(store, 'b', work), coalesce(otherStore, 'a', work)])).toEqual([1, 2, 3]);
    await expect(coalesce(store, 'x', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await coalesce(store, 'x', work)).toBe(4);
  });
});
