import type { Store } from '../db/store';
import type { ReminderChannels } from '../notify/channels';
import { sendNoticeReminders } from '../services/supervision/send-notice-reminders';

/**
 * Runs the notice reminder pass every `intervalMinutes` (and shortly after start), next to the
 * report reminders. Safe with several instances: the notice reminder ledger lets exactly one send.
 */
export function scheduleNoticeReminders(
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
      const result = await sendNoticeReminders(store, channels, clock());
      if (result.claimed > 0 || result.failures.length > 0) log.info(result, 'notice reminders sent');
    } catch (error) {
      log.error({ err: error }, 'notice reminder pass failed');
    } finally {
      running = false;
    }
  };
  const first = setTimeout(run, 7_000);
  const every = setInterval(run, intervalMinutes * 60_000);
  first.unref();
  every.unref();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
