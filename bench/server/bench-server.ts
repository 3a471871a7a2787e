import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { ParentMessage, ServerConfig, ServerMessage } from './protocol';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const READY_TIMEOUT_MS = 90_000;
const REPLY_TIMEOUT_MS = 10_000;
const STOP_TIMEOUT_MS = 15_000;
const SETTLE_TIMEOUT_MS = 120_000;
/** Settled: this many one-query requests in a row, each answered within SETTLED_MS. */
const SETTLED_PROBES = 3;
const SETTLED_MS = 20;

/** A running server process: its URL, its memory, and how to stop it. */
export interface BenchServer {
  url: string;
  pid: number;
  rssMb(): Promise<number>;
  /**
   * Waits until work left from a run is done, and returns how long that took: requests the load
   * generator gave up on still run to the end on the server (on PGlite they queue for its one
   * connection for seconds) and would slow the next run. Settled when one-query requests are
   * answered at once again.
   */
  settle(): Promise<number>;
  /** Of these reports: how many are submitted now, and how many submitted versions they have. */
  countSubmitted(reportIds: string[]): Promise<{ submitted: number; versions: number }>;
  stop(): Promise<void>;
}

function nextMessage<T extends ServerMessage['type']>(child: ChildProcess, type: T, timeoutMs: number, stderr: () => string): Promise<Extract<ServerMessage, { type: T }>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(new Error(`the server sent no ${type} within ${timeoutMs} ms\n${stderr()}`)), timeoutMs);
    const onMessage = (message: ServerMessage) => {
      if (message.type === type) done(null, message as Extract<ServerMessage, { type: T }>);
    };
    const onExit = (code: number | null) => done(new Error(`the server exited (${code}) before ${type}\n${stderr()}`));
    function done(error: Error | null, message?: Extract<ServerMessage, { type: T }>) {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve(message!);
    }
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/** A server process that has been launched and is loading, not yet serving. */
export interface LaunchedServer {
  /** Opens the database and listens; resolves once the server answers. */
  start(config: ServerConfig): Promise<BenchServer>;
  stop(): Promise<void>;
}

/**
 * Launches bench/server/serve.ts in its own Node process (tsx loader; the PID is the server's
 * own), so it compiles while the caller prepares the database; start() then serves on
 * 127.0.0.1 and a free port. Its log goes to /dev/null; stderr is kept for error messages.
 */
export function launchBenchServer(): LaunchedServer {
  const child = fork(path.join(import.meta.dirname, 'serve.ts'), [], {
    cwd: projectRoot,
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const loaded = nextMessage(child, 'loaded', READY_TIMEOUT_MS, () => stderr);
  loaded.catch(() => undefined);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  };
  const start = async (config: ServerConfig): Promise<BenchServer> => {
    await loaded;
    const readyMessage = nextMessage(child, 'ready', READY_TIMEOUT_MS, () => stderr);
    child.send({ type: 'start', config } satisfies ParentMessage);
    const ready = await readyMessage;
    const url = `http://127.0.0.1:${ready.port}`;
    const ask = async <T extends ServerMessage['type']>(message: ParentMessage, reply: T, timeoutMs = REPLY_TIMEOUT_MS) => {
      const answer = nextMessage(child, reply, timeoutMs, () => stderr);
      child.send(message);
      return answer;
    };
    return {
      url,
      pid: child.pid!,
      rssMb: async () => Math.round((await ask({ type: 'rss' }, 'rss')).rssBytes / 1024 / 1024),
      settle: async () => {
        const started = performance.now();
        for (let fast = 0; fast < SETTLED_PROBES && performance.now() - started < SETTLE_TIMEOUT_MS; ) {
          const asked = performance.now();
          await (await fetch(`${url}/bench/database`)).arrayBuffer();
          fast = performance.now() - asked < SETTLED_MS ? fast + 1 : 0;
        }
        return Math.round(performance.now() - started);
      },
      countSubmitted: async (reportIds) => {
        const { submitted, versions } = await ask({ type: 'countSubmitted', reportIds }, 'submitted', REPLY_TIMEOUT_MS * 3);
        return { submitted, versions };
      },
      stop,
    };
  };
  return { start, stop };
}
