// The browser harness: Debian's Chromium driven by playwright-core, and the
// built default site served on a random local port.
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';
import { describe, inject } from 'vitest';
import { startServer } from '../../scripts/serve.ts';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasBrowser = existsSync(chromiumPath);

if (!hasBrowser) {
  if (process.env.REQUIRE_BROWSER) {
    throw new Error(`No Chromium at ${chromiumPath} and REQUIRE_BROWSER is set: the browser tests cannot run.`);
  }
  const line = '!'.repeat(78);
  console.warn(
    `\n${line}\n!! BROWSER TESTS SKIPPED: no Chromium at ${chromiumPath}; set REQUIRE_BROWSER=1 to make this a failure.\n` +
      `!! Install Debian's chromium or set CHROMIUM_PATH.\n${line}\n`,
  );
}

/** `describe` when Chromium is available, `describe.skip` otherwise. */
export const describeBrowser = hasBrowser ? describe : describe.skip;

export const launchArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: launchArgs });
}

export interface ServedSite {
  /** Site root URL, with trailing slash, e.g. http://127.0.0.1:40123/ */
  url: string;
  origin: string;
  dir: string;
  close(): Promise<void>;
}

/** The built default site from the Vitest global setup. */
export function defaultSiteDir(): string {
  const dir = inject('sites').default;
  if (!dir) throw new Error('the default test site was not built (tests/setup/build-sites.ts)');
  return dir;
}

export async function serveSite(dir: string = defaultSiteDir()): Promise<ServedSite> {
  const { server, url } = await startServer(dir, { host: '127.0.0.1', port: 0 });
  return { url, origin: new URL(url).origin, dir, close: () => closeServer(server) };
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((ok) => server.close(() => ok()));
}

/** A fresh context (axe needs pages from browser.newContext()). */
export async function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ serviceWorkers: 'block', ...options });
  // A local static site answers in milliseconds; fail fast rather than wait 30 s.
  context.setDefaultTimeout(10_000);
  return context;
}
