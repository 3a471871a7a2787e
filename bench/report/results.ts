import fs from 'node:fs';
import type { DatabaseKind } from '../../src/db/database';
import type { CircularFigure, DocumentFigures } from '../documents.bench';
import type { BurstFigures } from '../http/burst';
import type { RouteFigures } from '../http/http-bench';
import type { Missing } from '../lib/figure';
import type { GeneratedData } from '../synthetic/generate';
import type { BenchSettings } from '../lib/settings';
import type { NetworkConditions } from '../web/first-render';
import type { Machine } from './machine';

export const ENGINES: readonly DatabaseKind[] = ['postgres', 'pglite'];

export interface DataFigures {
  counties: number;
  units: number;
  accounts: number;
  tasks: number;
  taskUnits: number;
  indicators: number;
  findings: number;
  /** Creating, opening and migrating the empty database. */
  setupMs: number;
  /** Generating and importing every county through the services. */
  generateMs: number;
  msPerCounty: number;
  history: GeneratedData['history'];
}

/**
 * bench/results.json (docs/performance.md describes every key). A figure that could not be
 * measured is `{ value: null, reason }`; every other figure is a number or an object of numbers.
 */
export interface BenchResults {
  version: 1;
  mode: 'full' | 'quick';
  startedAt: string;
  durationS: number;
  settings: BenchSettings & { logLevel: string };
  machine: Machine;
  data: Record<DatabaseKind, DataFigures | Missing>;
  /** Per engine, per route: rps, p50Ms, p99Ms, ratioToFramework, ratioToDatabase, ... */
  http: Record<DatabaseKind, Record<string, RouteFigures | Missing> | Missing>;
  /** Per engine: 880 concurrent report submissions: p50, p99, errors, rows verified. */
  burst: Record<DatabaseKind, BurstFigures | Missing>;
  parser: { helanMs: number; mbPerS: number };
  /** The writers on Helan, and the circular of a synthetic county generated over HTTP on each engine. */
  documents: DocumentFigures & { quarterlyCircularDocx: Record<DatabaseKind, CircularFigure | Missing> };
  web: {
    /** dist/web as found ('fresh'), rebuilt because web/ changed ('built'), or 'failed'. */
    build: string;
    initialJsGzipKb: number | Missing;
    initialJsKb: number | Missing;
    initialJsFiles: Array<{ file: string; kb: number; gzipKb: number }>;
    cockpitFirstRenderMs: number | Missing;
    cockpitFirstRender: { firstMs: number; loads: number; chromium: string } | Missing;
    /** The same on an emulated county office line (bench/web/first-render.ts COUNTY_NETWORK). */
    cockpitFirstRenderCountyNetworkMs: number | Missing;
    cockpitFirstRenderCountyNetwork: { firstMs: number; loads: number; chromium: string; network: NetworkConditions } | Missing;
    loginFirstRenderMs: number | Missing;
    loginFirstRender: { firstMs: number; loads: number; chromium: string } | Missing;
  };
  /** Per engine: the server's RSS in MB after start-up and after each route's run. */
  memory: Record<DatabaseKind, Record<string, number> | Missing>;
}

export function writeResults(file: string, results: BenchResults): void {
  fs.writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
}
