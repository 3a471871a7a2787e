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
