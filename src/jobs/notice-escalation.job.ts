import type { Store } from '../db/store';
import type { ReminderChannels } from '../notify/channels';
import { sendNoticeReminders } from '../services/supervision/send-notice-reminders';
import { scheduleReminderPass, type JobLog } from './schedule';

/**
 * Runs the notice reminder pass every `intervalMinutes` (and shortly after start), next to the
 * report reminders. Safe with several instances: the notice reminder ledger lets exactly one send.
 */
export function scheduleNoticeReminders(store: Store, channels: ReminderChannels, clock: () => Date, intervalMinutes: number, log: JobLog): () => void {
  return scheduleReminderPass('notice reminders', () => sendNoticeReminders(store, channels, clock()), { firstDelayMs: 7_000, intervalMinutes }, log);
}
