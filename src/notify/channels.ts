/** Outside channels for reminders. The services see only these interfaces. */
export interface Mailer {
  send(message: { to: string[]; subject: string; text: string }): Promise<void>;
}

export interface RobotWebhook {
  readonly name: 'wecom' | 'dingtalk';
  send(text: string, mentionMobiles: string[]): Promise<void>;
}

export interface ReminderChannels {
  mailer: Mailer | null;
  robots: RobotWebhook[];
}
