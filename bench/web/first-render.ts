import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../e2e/browser';
import { missing, type Missing } from '../lib/figure';
import { median, round } from '../lib/stats';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const LOAD_TIMEOUT_MS = 15_000;

/** A network to emulate (Chromium's DevTools throttling), instead of the loopback's. */
export interface NetworkConditions {
  /** Added to every request's round trip, in ms. */
  latencyMs: number;
  downMbps: number;
  upMbps: number;
}

/**
 * A county office's line as issue 7's first-render goal should also hold on: 80 ms round trip to
 * the server (a provincial or county data centre), 10 Mbit/s down and 5 up.
 */
export const COUNTY_NETWORK: NetworkConditions = { latencyMs: 80, downMbps: 10, upMbps: 5 };

/** The cockpit is drawn once its quarter-by-quarter chart has finished rendering. */
export const COCKPIT_DRAWN = '[data-testid="cockpit-rates-chart"][data-rendered="true"]';

export interface FirstRender {
  /** Median over the loads, from navigation start to the element's insertion. */
  ms: number;
  /** The first load (the server's files not yet in any cache). */
  firstMs: number;
  loads: number;
  chromium: string;
}

/** Browser-side script (a string: this code is compiled without DOM types). */
const stampScript = (selector: string) => `(() => {
  const observer = new MutationObserver(() => {
    if (document.querySelector(${JSON.stringify(selector)})) { window.__firstRender = performance.now(); observer.disconnect(); }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
})();`;

/**
 * Time from navigation start until `selector` is in the DOM, in headless Chromium: each load in
 * a fresh browser context (empty cache), as a first visit. A MutationObserver installed before
 * any script runs stamps the moment, so polling adds nothing.
 */
export async function measureFirstRender(
  url: string,
  selector: string,
  loads: number,
  session?: { login: string; password: string },
  network?: NetworkConditions,
): Promise<FirstRender | Missing> {
  if (!fs.existsSync(CHROMIUM)) return missing(`no Chromium at ${CHROMIUM} (apt-get install chromium fonts-noto-cjk)`);
  // The e2e tests' launch: Debian's Chromium with the flags STACK.md gives.
  const browser = await launchBrowser();
  try {
    return await timeLoads(browser, url, selector, loads, session, network);
  } catch (error) {
    // A page that never renders is a finding, not a reason to lose every other figure.
    return missing(`${selector} did not render: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  } finally {
    await browser.close();
  }
}

async function timeLoads(
  browser: Browser,
  url: string,
  selector: string,
  loads: number,
  session: { login: string; password: string } | undefined,
  network: NetworkConditions | undefined,
): Promise<FirstRender> {
  const times: number[] = [];
  for (let i = 0; i < loads; i += 1) {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
    const pageErrors: string[] = [];
    try {
      // A page behind sign-in: the session cookie is set in the context first (not timed); the
      // cache stays empty, as on a first visit.
      if (session) {
        const response = await context.request.post(new URL('/api/auth/login', url).href, { data: session });
        if (!response.ok()) throw new Error(`sign-in as ${session.login} failed: ${response.status()}`);
      }
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(error.message));
      if (network) {
        const devtools = await context.newCDPSession(page);
        await devtools.send('Network.enable');
        const bytesPerS = (mbps: number) => (mbps * 1e6) / 8;
        await devtools.send('Network.emulateNetworkConditions', {
          offline: false,
          latency: network.latencyMs,
          downloadThroughput: bytesPerS(network.downMbps),
          uploadThroughput: bytesPerS(network.upMbps),
        });
      }
      await page.addInitScript({ content: stampScript(selector) });
      await page.goto(url, { timeout: LOAD_TIMEOUT_MS });
      await page.locator(selector).waitFor({ timeout: LOAD_TIMEOUT_MS });
      times.push(Number(await page.evaluate('window.__firstRender')));
    } catch (error) {
      throw pageErrors.length > 0 ? new Error(`the page failed: ${pageErrors[0]}`, { cause: error }) : error;
    } finally {
      await context.close();
    }
  }
  return { ms: round(median(times), 0), firstMs: round(times[0]!, 0), loads, chromium: browser.version() };
}
