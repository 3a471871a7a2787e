import { describe, expect, it } from 'vitest';
import type { Store } from '../../db/store';
import { forgetAll, remember, REMEMBERED_ENTRIES } from './remember';

const store = {} as Store;
const otherStore = {} as Store;

/** Work that counts its runs and settles when released. */
function gatedWork() {
  const state = { runs: 0, release: () => undefined as void };
  const work = () => {
    state.runs += 1;
    const run = state.runs;
    return new Promise<number>((resolve) => (state.release = () => resolve(run)));
  };
  return { state, work };
}

describe('remembering an answer while its stamp stands', () => {
  it('runs the work once for callers that arrive while it runs and for those after, while the stamp stands', async () => {
    const { state, work } = gatedWork();
    const first = remember(store, 'k', 's1', work);
    const second = remember(store, 'k', 's1', work);
    state.release();
    expect(await Promise.all([first, second])).toEqual([1, 1]);
    expect(await remember(store, 'k', 's1', work)).toBe(1);
    expect(state.runs).toBe(1);
  });

  it('computes afresh once the stamp moves, and keeps the fresh answer', async () => {
    let runs = 0;
    const work = async () => (runs += 1);
    expect(await remember(store, 'moving', 'v1', work)).toBe(1);
    expect(await remember(store, 'moving', 'v2', work)).toBe(2);
    expect(await remember(store, 'moving', 'v2', work)).toBe(2);
    // Going back to an older stamp is a change too: nothing but the latest answer is kept.
    expect(await remember(store, 'moving', 'v1', work)).toBe(3);
  });

  it('keeps keys and stores apart, and forgets a failed run', async () => {
    let runs = 0;
    const work = async () => (runs += 1);
    expect(await Promise.all([remember(store, 'a', 's', work), remember(store, 'b', 's', work), remember(otherStore, 'a', 's', work)])).toEqual([1, 2, 3]);
    await expect(remember(store, 'x', 's', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await remember(store, 'x', 's', work)).toBe(4);
  });

  it('drops the least recently used key beyond its bound', async () => {
    const bounded = {} as Store;
    let runs = 0;
    const work = async () => (runs += 1);
    for (let i = 0; i < REMEMBERED_ENTRIES; i += 1) await remember(bounded, `k${i}`, 's', work);
    await remember(bounded, 'k0', 's', work); // k0 used again: k1 is now the oldest
    await remember(bounded, 'one-more', 's', work);
    expect(runs).toBe(REMEMBERED_ENTRIES + 1);
    await remember(bounded, 'k0', 's', work);
    expect(runs).toBe(REMEMBERED_ENTRIES + 1);
    await remember(bounded, 'k1', 's', work);
    expect(runs).toBe(REMEMBERED_ENTRIES + 2);
  });

  it('forgets everything of a store on demand', async () => {
    let runs = 0;
    const work = async () => (runs += 1);
    await remember(store, 'f', 's', work);
    forgetAll(store);
    expect(await remember(store, 'f', 's', work)).toBe(2);
  });
});
