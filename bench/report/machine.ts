import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { withAdmin } from '../../test/global-setup';

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  os: string;
  node: string;
  postgres: string | null;
  /** Load average over the minute before the run: how busy the machine already was. */
  loadAverage1m: number;
  /** The same when each engine's phase began and when the run ended (filled in by run.ts). */
  loadAverage1mAt: Record<string, number>;
  commit: string | null;
  note: string;
}

function gitCommit(): string | null {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return dirty ? `${commit} (with uncommitted changes)` : commit;
  } catch {
    return null;
  }
}

export const loadAverage1m = () => Math.round(os.loadavg()[0]! * 100) / 100;

/** What the figures came from: one machine's numbers mean little without it. */
export async function describeMachine(adminUrl: string | null): Promise<Machine> {
  const postgres = adminUrl
    ? await withAdmin(adminUrl, async (client) => (await client.query<{ server_version: string }>('show server_version')).rows[0]?.server_version ?? null)
    : null;
  return {
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    postgres,
    loadAverage1m: loadAverage1m(),
    loadAverage1mAt: {},
    commit: gitCommit(),
    note: 'the server, PostgreSQL, the load generator and Chromium share these cores; absolute figures are noisy, compare ratios within one run',
  };
}
