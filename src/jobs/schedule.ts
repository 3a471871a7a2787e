const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Runs `run` after `firstDelayMs`, then once a day. The timers never keep the process alive.
 * Returns a stop function.
 */
export function scheduleDaily(run: () => void, firstDelayMs: number): () => void {
  const first = setTimeout(run, firstDelayMs);
  const daily = setInterval(run, DAY_MS);
  first.unref();
  daily.unref();
  return () => {
    clearTimeout(first);
    clearInterval(daily);
  };
}

export interface JobLog {
  info(o: object, m: string): void;
  error(o: object, m: string): void;
}

/**
 * Runs a reminder pass (report or notice reminders) `firstDelayMs` after start, then every
 * `intervalMinutes`; a pass never overlaps the previous one. Safe with several server instances:
 * each pass claims what it sends in a ledger. Returns a stop function.
 */
export function scheduleReminderPass(
  name: string,
  pass: () => Promise<{ claimed: number; failures: readonly unknown[] }>,
  timing: { firstDelayMs: number; intervalMinutes: number },
  log: JobLog,
): () => void {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const result = await pass();
      if (result.claimed > 0 || result.failures.length > 0) log.info(result, `${name} sent`);
    } catch (error) {
      log.error({ err: error }, `${name} pass failed`);
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => void run(), timing.firstDelayMs);
  const every = setInterval(() => void run(), timing.intervalMinutes * 60_000);
  first.unref();
  every.unref();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
