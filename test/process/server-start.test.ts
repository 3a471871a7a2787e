import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTs } from './spawn';

/** The acceptance: bad configuration prints one clear line naming the setting and exits non-zero within 10 s. */
describe('server start-up with bad configuration', () => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-start-'));
  const aFile = path.join(scratch, 'not-a-directory');
  fs.writeFileSync(aFile, 'x');

  it.each<[string, Record<string, string>]>([
    ['PORT', { PORT: 'abc' }],
    ['DATABASE_URL', { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/luoshi' }],
    ['LUOSHI_DATA_DIR', { LUOSHI_DATA_DIR: path.join(aFile, 'data') }],
    // The end-to-end test clock is refused in production (docs/test-clock.md).
    ['LUOSHI_TEST_CLOCK', { LUOSHI_TEST_CLOCK: '2024-03-01T02:00:00Z', NODE_ENV: 'production' }],
  ])('names %s in one line and exits non-zero', async (setting, env) => {
    // Each case sets the database explicitly, so an outer DATABASE_URL never reaches the server.
    const result = await runTs('src/server.ts', {
      env: { DATABASE_URL: '', ...env, LUOSHI_DATA_DIR: env.LUOSHI_DATA_DIR ?? scratch },
      killAfterMs: 10_000,
    });
    expect(result.signal).toBeNull(); // it exited by itself, before the 10 s kill
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^luoshi: ${setting}: `));
  });
});
