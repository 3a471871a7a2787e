import type { Rng } from './prng';

/**
 * What became of one report obligation in a past quarter. The mix follows what offices describe
 * (DOMAIN.md): most units report on time, some late, some only after a return, some never.
 */
export type PastOutcome = 'on_time' | 'late' | 'returned_then_accepted' | 'draft_only' | 'missing';
/**
 * The quarter in progress, near its deadline: most units have a draft, some have submitted, a
 * few have not started. The drafts are what the submission benchmarks submit.
 */
export type CurrentOutcome = 'not_started' | 'draft' | 'submitted';
/**
 * How a unit tends to report: offices know their punctual units and their habitual laggards, and
 * the 通报 names the same few quarter after quarter. Drawn once per unit.
 */
export type Reliability = 'steady' | 'average' | 'lagging';

const PAST: Record<Reliability, ReadonlyArray<[PastOutcome, number]>> = {
  steady: [
    ['on_time', 0.88],
    ['late', 0.05],
    ['returned_then_accepted', 0.04],
    ['draft_only', 0.01],
    ['missing', 0.02],
  ],
  average: [
    ['on_time', 0.7],
    ['late', 0.12],
    ['returned_then_accepted', 0.05],
    ['draft_only', 0.03],
    ['missing', 0.1],
  ],
  lagging: [
    ['on_time', 0.4],
    ['late', 0.25],
    ['returned_then_accepted', 0.07],
    ['draft_only', 0.08],
    ['missing', 0.2],
  ],
};
const CURRENT: ReadonlyArray<[CurrentOutcome, number]> = [
  ['not_started', 0.05],
  ['draft', 0.8],
  ['submitted', 0.15],
];
const RELIABILITY: ReadonlyArray<[Reliability, number]> = [
  ['steady', 0.45],
  ['average', 0.4],
  ['lagging', 0.15],
];

function weighted<T>(rng: Rng, table: ReadonlyArray<[T, number]>): T {
  let roll = rng.next();
  for (const [value, weight] of table) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return table[table.length - 1]![0];
}

export const reliabilityOf = (rng: Rng): Reliability => weighted(rng, RELIABILITY);
export const pastOutcome = (rng: Rng, reliability: Reliability = 'average'): PastOutcome => weighted(rng, PAST[reliability]);
export const currentOutcome = (rng: Rng): CurrentOutcome => weighted(rng, CURRENT);

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** When a report came in, relative to the first instant it counts as late. */
export function submissionTime(rng: Rng, lateAfter: Date, late: boolean): Date {
  const offset = late ? rng.int(1, 30) * DAY - rng.int(1, 20) * HOUR : -(rng.int(1, 15) * DAY + rng.int(1, 20) * HOUR);
  return new Date(lateAfter.getTime() + offset);
}

export const daysLater = (rng: Rng, at: Date, min: number, max: number) => new Date(at.getTime() + rng.int(min, max) * DAY + rng.int(0, 8) * HOUR);
export const daysEarlier = (rng: Rng, at: Date, min: number, max: number) => new Date(at.getTime() - rng.int(min, max) * DAY - rng.int(0, 8) * HOUR);
