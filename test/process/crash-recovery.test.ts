import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database';
import { migrateToLatest } from '../../src/db/migrate';
import { runTs } from './spawn';

describe('crash recovery on the embedded database', () => {
  it('restarts cleanly after SIGKILL in the middle of a write transaction, with no partial write', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-crash-'));
    const result = await runTs('test/process/write-then-hang.ts', {
      env: { LUOSHI_DATA_DIR: dataDir },
      killAfterMs: 60_000,
      onStdout: (text, kill) => {
        if (text.includes('IN_TRANSACTION')) kill('SIGKILL');
      },
    });
    expect(result.stdout).toContain('IN_TRANSACTION');
    expect(result.signal).toBe('SIGKILL');
    // The killed process left its lock file behind; its PID is dead, so the lock is taken over.
    expect(fs.existsSync(path.join(dataDir, 'luoshi.pid'))).toBe(true);

    const database = await openDatabase({ kind: 'pglite', dataDir });
    try {
      await migrateToLatest(database.db);
      const codes = (await database.db.selectFrom('regions').select('code').execute()).map((r) => r.code);
      expect(codes).toEqual(['committed']);
      await database.db.insertInto('regions').values({ code: 'after-restart', name: '重启县' }).execute();
      expect(await database.db.selectFrom('regions').select('code').orderBy('code').execute()).toHaveLength(2);
    } finally {
      await database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
    // Two fresh embedded data directories' worth of work: up to a minute on a loaded 2-core machine.
  }, 90_000);

  it('refuses to open a data directory another live process holds', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-lock-'));
    fs.writeFileSync(path.join(dataDir, 'luoshi.pid'), String(process.ppid));
    await expect(openDatabase({ kind: 'pglite', dataDir })).rejects.toThrow(/in use by another Luoshi process/);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
});
