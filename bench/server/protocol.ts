import type { DatabaseOptions } from '../../src/db/database';

/** What the server process is told to serve, once its modules are loaded. */
export interface ServerConfig {
  database: DatabaseOptions;
  /** The built web app, served as in production; null for an API-only server. */
  webRoot: string | null;
  logLevel: 'info' | 'warn' | 'silent';
  /** The server's clock starts at this instant (ISO) and runs from there; null: the real time. */
  clockStart: string | null;
}

/** Parent → server over the IPC channel. */
export type ParentMessage = { type: 'start'; config: ServerConfig } | { type: 'rss' } | { type: 'countSubmitted'; reportIds: string[] };

/** Server → parent. */
export type ServerMessage =
  /** Modules loaded (compiling them is most of a start): waiting for 'start'. */
  | { type: 'loaded' }
  | { type: 'ready'; port: number }
  | { type: 'rss'; rssBytes: number }
  /** Of the reports asked about: how many are now submitted, and their submitted versions. */
  | { type: 'submitted'; submitted: number; versions: number };
