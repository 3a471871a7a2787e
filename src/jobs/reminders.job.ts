import type { Store } from '../db/store';
import type { ReminderChannels } from '../notify/channels';
import { sendReminders } from '../services/reporting/send-reminders';

/**
 * Runs the reminder pass every `intervalMinutes` (and shortly after start). Safe with several
 * server instances: the reminder ledger lets exactly one of them send each reminder.
 */
export function scheduleReminders(
  store: Store,
  channels: ReminderChannels,
  clock: () => Date,
  intervalMinutes: number,
  log: { info(o: object, m: string): void; error(o: object, m: string): void },
): () => void {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const result = await sendReminders(store, channels, clock());
      if (result.claimed > 0 || result.failures.length > 0) log.info(result, 'reminders sent');
    } catch (error) {
      log.error({ err: error }, 'reminder pass failed');
    } finally {
      running = false;
    }
  };
  const first = setTimeout(run, 5_000);
  const every = setInterval(run, intervalMinutes * 60_000);
  first.unref();
  every.unref();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
