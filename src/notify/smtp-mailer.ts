import nodemailer from 'nodemailer';
import type { Mailer } from './channels';

/** E-mail over SMTP (nodemailer), e.g. SMTP_URL=smtp://user:pass@mail.example.gov.cn:587. */
export function createSmtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(url);
  return {
    async send(message) {
      if (message.to.length === 0) return;
      await transport.sendMail({ from, to: message.to, subject: message.subject, text: message.text });
    },
  };
}
