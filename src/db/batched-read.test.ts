import { describe, expect, it } from 'vitest';
import { batchedRead, readByKey } from './batched-read';

/** A fake statement: records the keys of each call and answers when released. */
function fakeStatements() {
  const calls: Array<{ keys: string[]; answer: (found: Map<string, number>) => void; fail: (error: Error) => void }> = [];
  const readMany = (keys: string[]) =>
    new Promise<Map<string, number>>((resolve, reject) => {
      calls.push({ keys, answer: resolve, fail: reject });
    });
  return { calls, readMany };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('batchedRead', () => {
  it('reads a lone key with one statement of its own', async () => {
    const { calls, readMany } = fakeStatements();
    const read = batchedRead(readMany, -1);
    const answer = read('a');
    await tick();
    expect(calls.map((c) => c.keys)).toEqual([['a']]);
    calls[0]!.answer(new Map([['a', 1]]));
    expect(await answer).toBe(1);
  });

  it('answers keys asked while a statement is in flight from the next statement, never from the one in flight', async () => {
    const { calls, readMany } = fakeStatements();
    const read = batchedRead(readMany, -1);
    const first = read('a');
    await tick();
    // Asked while the first statement runs: a change committed before now may be missing from it.
    const second = read('a');
    const third = read('b');
    const fourth = read('a');
    await tick();
    expect(calls).toHaveLength(1);
    calls[0]!.answer(new Map([['a', 1]]));
    expect(await first).toBe(1);
    await tick();
    // One statement for everything asked meanwhile, each key once.
    expect(calls.map((c) => c.keys)).toEqual([['a'], ['a', 'b']]);
    calls[1]!.answer(new Map([['a', 2], ['b', 7]]));
    expect(await Promise.all([second, third, fourth])).toEqual([2, 7, 2]);
  });

  it('gives a key the statement does not answer its missing value', async () => {
    const { calls, readMany } = fakeStatements();
    const read = batchedRead(readMany, -1);
    const answer = read('nowhere');
    await tick();
    calls[0]!.answer(new Map());
    expect(await answer).toBe(-1);
  });

  it('fails only the callers of a failed statement, and goes on with the next batch', async () => {
    const { calls, readMany } = fakeStatements();
    const read = batchedRead(readMany, -1);
    const failed = read('a');
    await tick();
    const later = read('a');
    calls[0]!.fail(new Error('connection lost'));
    await expect(failed).rejects.toThrow('connection lost');
    await tick();
    expect(calls).toHaveLength(2);
    calls[1]!.answer(new Map([['a', 3]]));
    expect(await later).toBe(3);
  });

  it('fails its callers when the read throws before returning a promise', async () => {
    const read = batchedRead<string, number>(() => {
      throw new Error('bad statement');
    }, -1);
    await expect(read('a')).rejects.toThrow('bad statement');
    // And it is free again afterwards.
    await expect(read('b')).rejects.toThrow('bad statement');
  });

  it('reads at most maxKeys keys a statement, the rest in the next', async () => {
    const { calls, readMany } = fakeStatements();
    const read = batchedRead(readMany, -1, 2);
    const answers = ['a', 'b', 'c'].map((key) => read(key));
    await tick();
    expect(calls.map((c) => c.keys)).toEqual([['a', 'b']]);
    calls[0]!.answer(new Map([['a', 1], ['b', 2]]));
    await tick();
    expect(calls.map((c) => c.keys)).toEqual([['a', 'b'], ['c']]);
    calls[1]!.answer(new Map([['c', 3]]));
    expect(await Promise.all(answers)).toEqual([1, 2, 3]);
  });

  it('is idle again once a batch ends with nobody waiting', async () => {
    const { calls, readMany } = fakeStatements();
    const read = batchedRead(readMany, -1);
    const first = read('a');
    await tick();
    calls[0]!.answer(new Map([['a', 1]]));
    await first;
    await tick();
    expect(calls).toHaveLength(1);
    const again = read('a');
    await tick();
    expect(calls).toHaveLength(2);
    calls[1]!.answer(new Map([['a', 4]]));
    expect(await again).toBe(4);
  });
});

describe('readByKey', () => {
  it('runs a statement of its own for every call when not shared (inside a transaction)', async () => {
    const calls: string[][] = [];
    const read = readByKey(async (keys: string[]) => {
      calls.push(keys);
      return new Map(keys.filter((k) => k !== 'nowhere').map((k) => [k, k.length]));
    }, -1, false);
    expect(await Promise.all([read('a'), read('bb'), read('nowhere')])).toEqual([1, 2, -1]);
    expect(calls).toEqual([['a'], ['bb'], ['nowhere']]);
  });

  it('shares statements between concurrent callers when shared', async () => {
    const calls: string[][] = [];
    const read = readByKey(async (keys: string[]) => {
      calls.push(keys);
      return new Map(keys.map((k) => [k, k.length]));
    }, -1, true);
    expect(await Promise.all([read('a'), read('bb')])).toEqual([1, 2]);
    expect(calls).toEqual([['a', 'bb']]);
  });
});
