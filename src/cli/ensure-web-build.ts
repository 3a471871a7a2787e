import fs from 'node:fs';
import path from 'node:path';
import type * as Vite from 'vite';

/** The newest modification time under `dir` (files only), or 0 when it does not exist. */
function newestMtime(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(target, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry.name)));
  }
  return newest;
}

/**
 * Builds the web app when its build is missing or older than its sources, so `npm start`
 * always serves what the sources say. A production install without Vite keeps its build.
 */
export async function ensureWebBuild(
  projectRoot: string,
  log: (line: string) => void,
): Promise<'fresh' | 'built' | 'skipped'> {
  const webDir = path.join(projectRoot, 'web');
  const builtIndex = path.join(projectRoot, 'dist/web/index.html');
  if (!fs.existsSync(webDir)) return 'skipped';
  const sourceTime = Math.max(newestMtime(webDir), newestMtime(path.join(projectRoot, 'package-lock.json')));
  const buildTime = fs.existsSync(builtIndex) ? fs.statSync(builtIndex).mtimeMs : 0;
  if (buildTime >= sourceTime) return 'fresh';
  let vite: typeof Vite;
  try {
    vite = await import('vite');
  } catch {
    if (buildTime > 0) return 'skipped';
    throw new Error('the web app is not built and Vite is not installed: run `npm install` (with dev dependencies)');
  }
  log(buildTime === 0 ? 'Building the web app (first start)...' : 'Web sources changed: rebuilding the web app...');
  await vite.build({ configFile: path.join(webDir, 'vite.config.ts'), logLevel: 'warn' });
  return 'built';
}
