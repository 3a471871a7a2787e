import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlanDocument } from '../src/parser';

const HELAN = join(import.meta.dirname, '../demo/helan-innovation-county-plan-2024.txt');

/** How many copies of Helan make the large document for the throughput figure (~1.1 MB). */
const COPIES = 50;

async function timeMs(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
};

/**
 * The parser's speed once warm: the median of 50 parses of the Helan document from its bytes
 * (decoding included), and the throughput on Helan concatenated 50 times. The budget is
 * helanMs < 20 (docs/plan-format.md); tests assert no timings, this is run by hand or in CI.
 */
export async function benchParser(): Promise<{ helanMs: number; mbPerS: number }> {
  const bytes = readFileSync(HELAN);
  const parse = (input: Uint8Array) => async () => {
    const result = await parsePlanDocument(input);
    if (!result.ok) throw new Error(`benchmark input did not parse: ${result.error.message}`);
  };
  for (let i = 0; i < 20; i += 1) await parse(bytes)();
  const helanTimes: number[] = [];
  for (let i = 0; i < 50; i += 1) helanTimes.push(await timeMs(parse(bytes)));

  const large = Buffer.from(Array.from({ length: COPIES }, () => bytes.toString('utf8')).join('\n'));
  await parse(large)();
  const largeTimes: number[] = [];
  for (let i = 0; i < 5; i += 1) largeTimes.push(await timeMs(parse(large)));
  const mbPerS = large.length / 1e6 / (median(largeTimes) / 1000);
  return { helanMs: Number(median(helanTimes).toFixed(2)), mbPerS: Number(mbPerS.toFixed(2)) };
}
