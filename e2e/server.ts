import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '..');
export const DEMO_PASSWORD = 'Demo#Luoshi2025';

export interface RunningServer {
  url: string;
  process: ChildProcess;
  dataDir: string;
  output: () => string;
  /**
   * Moves the server's clock (only for a server started with `testClock`); it keeps running
   * from there. Resolves with the instant the server now reads.
   */
  setClock(instant: string | Date): Promise<Date>;
  /** Sends a signal and waits for the process to exit; resolves with its exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts Luoshi the way `npm start` does (the Node process is the server itself, so signals
 * reach it: STACK.md pitfall 6) on a fresh embedded database, and waits until it is ready.
 */
export async function startServer(
  options: {
    dataDir?: string;
    env?: Record<string, string>;
    /** Starts the server's clock at this instant (LUOSHI_TEST_CLOCK, docs/test-clock.md). */
    testClock?: string;
  } = {},
): Promise<RunningServer> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-e2e-'));
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: projectRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LUOSHI_DATA_DIR: dataDir,
      LUOSHI_DEMO_PASSWORD: DEMO_PASSWORD,
      LOG_LEVEL: 'warn',
      // The embedded database unless a test asks otherwise: an outer DATABASE_URL (CI exports
      // one for the unit tests) must never receive demo data.
      DATABASE_URL: '',
      ...(options.testClock ? { LUOSHI_TEST_CLOCK: options.testClock } : {}),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

  const deadline = Date.now() + 170_000;
  while (!output.includes('Luoshi is ready')) {
    if (child.exitCode !== null) throw new Error(`the server exited early:\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server did not become ready:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    process: child,
    dataDir,
    output: () => output,
    setClock: async (instant) => {
      const response = await fetch(`${url}/api/test-clock`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ now: new Date(instant).toISOString() }),
      });
      if (!response.ok) throw new Error(`the test clock was not moved: ${response.status} ${await response.text()}`);
      return new Date(((await response.json()) as { now: string }).now);
    },
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}
