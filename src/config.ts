import path from 'node:path';
import { z } from 'zod';

/**
 * The whole configuration, read and validated once at start (README lists every setting).
 * A bad value fails with one line naming the setting, so an operator can fix it at once.
 */
const booleanFlag = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no'], { message: 'must be 0 or 1' })
  .transform((value) => value === '1' || value === 'true' || value === 'yes');

const EnvSchema = z.object({
  PORT: z.coerce
    .number({ message: 'must be a port number (1-65535)' })
    .int('must be a port number (1-65535)')
    .min(0, 'must be a port number (1-65535)')
    .max(65535, 'must be a port number (1-65535)')
    .default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  LUOSHI_DATA_DIR: z.string().min(1).default('./data'),
  LUOSHI_FILES_DIR: z.string().min(1).optional(),
  LUOSHI_DEMO: booleanFlag.default(true),
  LUOSHI_DEMO_PASSWORD: z.string().min(8, 'must be at least 8 characters').optional(),
  LUOSHI_TRUST_PROXY: booleanFlag.default(false),
  LUOSHI_SECURE_COOKIES: z.enum(['auto', '0', '1'], { message: 'must be auto, 0 or 1' }).default('auto'),
  LUOSHI_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  LUOSHI_SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(24 * 7).default(12),
  LUOSHI_PASSWORD_MAX_AGE_DAYS: z.coerce.number().int().min(0).max(3650).default(90),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL').optional(),
  MAIL_FROM: z.string().min(3).default('落实 <luoshi@localhost>'),
  LUOSHI_WECOM_WEBHOOK: z.url({ message: 'must be the robot URL' }).optional(),
  LUOSHI_DINGTALK_WEBHOOK: z.url({ message: 'must be the robot URL' }).optional(),
  LUOSHI_REMINDER_INTERVAL_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // End-to-end tests only (docs/test-clock.md): the instant the server's clock starts at.
  LUOSHI_TEST_CLOCK: z.iso.datetime({ offset: true, message: 'must be an ISO 8601 instant such as 2024-03-01T02:00:00Z' }).optional(),
  NODE_ENV: z.string().optional(),
});

export interface Config {
  port: number;
  host: string;
  database: { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string | null };
  demo: { enabled: boolean; password: string | undefined };
  trustProxy: boolean;
  /** 'auto': Secure cookies whenever the request arrived over HTTPS. */
  secureCookies: 'auto' | boolean;
  session: { idleMinutes: number; absoluteHours: number };
  reminders: {
    smtpUrl: string | undefined;
    mailFrom: string;
    wecomWebhook: string | undefined;
    dingtalkWebhook: string | undefined;
    intervalMinutes: number;
  };
  /** Days until a password must be changed (0: never). */
  passwordMaxAgeDays: number;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  /** Where evidence files are stored (by content hash). */
  filesDir: string;
  /** Where the built web app lives; null serves no web app (API-only tests). */
  webRoot: string | null;
  /**
   * End-to-end tests only: the server's clock starts at this instant and PUT /api/test-clock
   * moves it. Null (the real clock) unless LUOSHI_TEST_CLOCK is set; refused in production.
   */
  testClockStart: Date | null;
}

export class ConfigError extends Error {
  constructor(
    readonly setting: string,
    message: string,
  ) {
    super(`${setting}: ${message}`);
    this.name = 'ConfigError';
  }
}

/** Reads the environment into a Config, or throws a ConfigError naming the first bad setting. */
export function readConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  // Empty strings count as unset: `PORT= npm start` should not fail.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const setting = String(issue?.path[0] ?? 'environment');
    const value = env[setting];
    throw new ConfigError(setting, `${issue?.message ?? 'invalid'} (got ${JSON.stringify(value)})`);
  }
  const e = parsed.data;
  if (e.LUOSHI_TEST_CLOCK && e.NODE_ENV === 'production') {
    throw new ConfigError('LUOSHI_TEST_CLOCK', 'is for end-to-end tests and is refused when NODE_ENV=production');
  }
  return {
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL }
      : { kind: 'pglite', dataDir: path.resolve(cwd, e.LUOSHI_DATA_DIR) },
    demo: { enabled: e.LUOSHI_DEMO, password: e.LUOSHI_DEMO_PASSWORD },
    trustProxy: e.LUOSHI_TRUST_PROXY,
    secureCookies: e.LUOSHI_SECURE_COOKIES === 'auto' ? 'auto' : e.LUOSHI_SECURE_COOKIES === '1',
    session: { idleMinutes: e.LUOSHI_SESSION_IDLE_MINUTES, absoluteHours: e.LUOSHI_SESSION_ABSOLUTE_HOURS },
    passwordMaxAgeDays: e.LUOSHI_PASSWORD_MAX_AGE_DAYS,
    reminders: {
      smtpUrl: e.SMTP_URL,
      mailFrom: e.MAIL_FROM,
      wecomWebhook: e.LUOSHI_WECOM_WEBHOOK,
      dingtalkWebhook: e.LUOSHI_DINGTALK_WEBHOOK,
      intervalMinutes: e.LUOSHI_REMINDER_INTERVAL_MINUTES,
    },
    logLevel: e.LOG_LEVEL,
    filesDir: path.resolve(cwd, e.LUOSHI_FILES_DIR ?? path.join(e.LUOSHI_DATA_DIR, 'files')),
    webRoot: path.resolve(cwd, 'dist/web'),
    testClockStart: e.LUOSHI_TEST_CLOCK ? new Date(e.LUOSHI_TEST_CLOCK) : null,
  };
}
