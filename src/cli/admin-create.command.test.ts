import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/database';
import { main } from './luoshi';

function bufferIo() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) } }, out, err };
}

describe('luoshi admin create', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-cli-'));
  const saved = { ...process.env };
  afterAll(() => {
    process.env = saved;
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('creates the first admin of a real deployment, with a county and a password to change', async () => {
    process.env.LUOSHI_DATA_DIR = dataDir;
    delete process.env.DATABASE_URL;
    const { io, out } = bufferIo();
    const code = await main(['admin', 'create', '--login', 'root', '--region-code', '640122', '--region-name', '贺兰县'], io);
    expect(code).toBe(0);
    expect(out.join('')).toContain('Created the county 贺兰县');
    const password = /^\s{2}(\S+)$/m.exec(out.join(''))?.[1];
    expect(password).toMatch(/^.{12}$/);

    const database = await openDatabase({ kind: 'pglite', dataDir });
    const user = await database.db.selectFrom('users').selectAll().where('login', '=', 'root').executeTakeFirstOrThrow();
    await database.close();
    expect(user).toMatchObject({ roles: ['admin'], must_change_password: true, is_demo: false });
    expect(user.region_id).not.toBeNull();
    // A fresh embedded data directory takes 3-4 s alone, and up to 30 s on a loaded 2-core machine.
  }, 90_000);

  it('refuses a login that is taken, with exit code 1 and one line', async () => {
    process.env.LUOSHI_DATA_DIR = dataDir;
    const { io, err } = bufferIo();
    expect(await main(['admin', 'create', '--login', 'ROOT'], io)).toBe(1);
    expect(err.join('')).toBe('luoshi: The login "ROOT" is already taken.\n');
  });

  it('prints usage for missing arguments, with exit code 2', async () => {
    const { io, err } = bufferIo();
    expect(await main(['admin', 'create'], io)).toBe(2);
    expect(err.join('')).toContain('Usage: luoshi admin create');
  });
});
