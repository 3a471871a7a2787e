/**
 * A clock for end-to-end tests of a real server process (LUOSHI_TEST_CLOCK, docs/test-clock.md).
 * It runs at real speed from the instant it was last set, so timestamps still order as they
 * happen, and a test can jump it across a deadline. Never used unless that setting is given;
 * the configuration refuses the setting under NODE_ENV=production.
 */
export interface AdjustableClock {
  now: () => Date;
  /** Moves the clock to `instant`; it keeps running from there. */
  set: (instant: Date) => void;
}

export function createAdjustableClock(start: Date, realNow: () => number = Date.now): AdjustableClock {
  let offsetMs = start.getTime() - realNow();
  return {
    now: () => new Date(realNow() + offsetMs),
    set: (instant) => {
      offsetMs = instant.getTime() - realNow();
    },
  };
}
