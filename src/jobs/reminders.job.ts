import type { Store } from '../db/store';
import type { ReminderChannels } from '../notify/channels';
import { sendReminders } from '../services/reporting/send-reminders';
import { scheduleReminderPass, type JobLog } from './schedule';

/**
 * Runs the report reminder pass every `intervalMinutes` (and shortly after start). Safe with
 * several server instances: the reminder ledger lets exactly one of them send each reminder.
 */
export function scheduleReminders(store: Store, channels: ReminderChannels, clock: () => Date, intervalMinutes: number, log: JobLog): () => void {
  return scheduleReminderPass('reminders', () => sendReminders(store, channels, clock()), { firstDelayMs: 5_000, intervalMinutes }, log);
}
