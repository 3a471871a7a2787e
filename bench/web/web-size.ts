import path from 'node:path';
import { ensureWebBuild } from '../../src/cli/ensure-web-build';
import { missing, type Missing } from '../lib/figure';
import { measureInitialJs, type InitialJs } from './initial-js';

export const projectRoot = path.resolve(import.meta.dirname, '../..');
export const webRoot = path.join(projectRoot, 'dist/web');

/**
 * The web build's initial JavaScript, building first as `npm start` does (when dist/web is
 * missing or older than web/). A build that fails is recorded, not fatal to the other figures.
 */
export async function benchWebSize(log: (line: string) => void): Promise<{ initialJs: InitialJs | Missing; build: string }> {
  try {
    const build = await ensureWebBuild(projectRoot, log);
    return { initialJs: measureInitialJs(webRoot), build };
  } catch (error) {
    return { initialJs: missing(`the web app did not build: ${error instanceof Error ? error.message : String(error)}`), build: 'failed' };
  }
}
