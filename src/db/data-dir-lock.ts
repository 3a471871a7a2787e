import fs from 'node:fs';
import path from 'node:path';
import { DatabaseUnavailableError } from './database-unavailable-error';

const LOCK_FILE = 'luoshi.pid';

/**
 * Makes sure the data directory exists, is writable, and is not open in another process:
 * PGlite has no postmaster, so two servers on one directory would corrupt it. A lock left
 * by a killed process (its PID no longer alive) is taken over.
 */
export async function acquireDataDirLock(dataDir: string): Promise<() => void> {
  const lockPath = path.join(dataDir, LOCK_FILE);
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.accessSync(dataDir, fs.constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new DatabaseUnavailableError('LUOSHI_DATA_DIR', `${dataDir} is not a writable directory (${code})`);
  }
  const holder = readLockHolder(lockPath);
  if (holder !== null && holder !== process.pid && isAlive(holder)) {
    throw new DatabaseUnavailableError('LUOSHI_DATA_DIR', `${dataDir} is in use by another Luoshi process (pid ${holder})`);
  }
  try {
    fs.writeFileSync(lockPath, String(process.pid));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new DatabaseUnavailableError('LUOSHI_DATA_DIR', `${dataDir} is not writable (${code})`);
  }
  return () => {
    if (readLockHolder(lockPath) === process.pid) fs.rmSync(lockPath, { force: true });
  };
}

function readLockHolder(lockPath: string): number | null {
  try {
    const pid = Number.parseInt(fs.readFileSync(lockPath, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
