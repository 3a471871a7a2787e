import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { startServer, type RunningServer } from './server';

export interface AppSession {
  server: RunningServer;
  browser: Browser;
  page: Page;
}

/**
 * A fresh Luoshi server on the demo data and one Chromium page, for the tests of one describe
 * block; both are stopped afterwards. Read the fields inside tests and hooks. `testClock` starts
 * the server's clock at that instant (`session.server.setClock` moves it).
 */
export function useAppSession(viewport = { width: 1366, height: 860 }, options: { testClock?: string } = {}): AppSession {
  const session = {} as AppSession;
  beforeAll(async () => {
    session.server = await startServer(options.testClock ? { testClock: options.testClock } : {});
    session.browser = await launchBrowser();
    session.page = await session.browser.newPage({ locale: 'zh-CN', viewport });
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.stop();
  });
  return session;
}

/** Fills the login form and submits it. */
export async function signIn(page: Page, login: string, password: string): Promise<void> {
  await page.locator('#login').fill(login);
  await page.locator('#password').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
}
