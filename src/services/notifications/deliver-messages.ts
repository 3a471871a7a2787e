import type { ReminderChannels } from '../../notify/channels';

/** A reminder for one unit, to go out through the outside channels. */
export interface OutboundMessage {
  text: string;
  emails: string[];
  mobiles: string[];
}

/**
 * Sends each message by e-mail and through every group robot, after the in-app notifications
 * have committed, collecting failures instead of throwing (one dead channel must not stop the
 * others). Report reminders and notice reminders both go out this way.
 */
export async function deliverMessages(channels: ReminderChannels, messages: readonly OutboundMessage[]): Promise<string[]> {
  const failures: string[] = [];
  for (const message of messages) {
    const subject = message.text.slice(0, message.text.indexOf('：') + 1) || '落实提醒';
    const sends = [
      ...(channels.mailer && message.emails.length > 0 ? [channels.mailer.send({ to: message.emails, subject, text: message.text })] : []),
      ...channels.robots.map((robot) => robot.send(message.text, message.mobiles)),
    ];
    for (const result of await Promise.allSettled(sends)) {
      if (result.status === 'rejected') failures.push(String(result.reason));
    }
  }
  return failures;
}
