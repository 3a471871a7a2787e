import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from './config';

const read = (env: Record<string, string>) => readConfig(env, '/srv/luoshi');

describe('configuration', () => {
  it('defaults to the embedded database in ./data on port 3000 with demo data', () => {
    const config = read({});
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({ kind: 'pglite', dataDir: '/srv/luoshi/data' });
    expect(config.demo.enabled).toBe(true);
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    expect(read({ DATABASE_URL: 'postgres://u@db:5432/luoshi' }).database).toEqual({
      kind: 'postgres',
      url: 'postgres://u@db:5432/luoshi',
    });
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://x'],
    ['LUOSHI_DEMO', 'maybe'],
    ['LUOSHI_DEMO_PASSWORD', 'short'],
    ['LUOSHI_TEST_CLOCK', 'next tuesday'],
  ])('names the setting %s when its value %j is bad', (setting, value) => {
    const attempt = () => read({ [setting]: value });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(new RegExp(`^${setting}: .*${JSON.stringify(value).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  it('treats an empty value as unset', () => {
    expect(read({ PORT: '' }).port).toBe(3000);
  });

  it('turns demo data off with LUOSHI_DEMO=0', () => {
    expect(read({ LUOSHI_DEMO: '0' }).demo.enabled).toBe(false);
  });

  it('uses the real clock unless LUOSHI_TEST_CLOCK names a start instant', () => {
    expect(read({}).testClockStart).toBeNull();
    expect(read({ LUOSHI_TEST_CLOCK: '2024-03-01T10:00:00+08:00' }).testClockStart).toEqual(new Date('2024-03-01T02:00:00Z'));
  });

  it('refuses the test clock in production', () => {
    const attempt = () => read({ LUOSHI_TEST_CLOCK: '2024-03-01T02:00:00Z', NODE_ENV: 'production' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/^LUOSHI_TEST_CLOCK: .*NODE_ENV=production/);
  });
});
