// The embed code in a page of another site, in Chromium: the code copied
// from the figure's page frames its embed page, which shows its title and
// picture within the height the code gives; a page that is not an embed
// refuses to be framed there. The site is served by scripts/serve.ts, which
// sends the headers docs/deploy.md asks of a host.
import { createServer, type Server } from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { describeBrowser, hasBrowser, launchBrowser, newContext, serveSite, type ServedSite } from './browser.ts';
import { decodeAttr } from './crawl.ts';
import { testSites } from '../setup/build-sites.ts';

let site: ServedSite | undefined;
let other: { server: Server; url: string } | undefined;
const configured = new URL(testSites.default!.env!.SITE_URL!).origin;

/** The embed codes a page offers, pointed at the test server instead of the configured address. */
async function snippets(path: string): Promise<string[]> {
  const html = await (await fetch(new URL(path, site!.url))).text();
  return [...html.matchAll(/<textarea[^>]*data-embed-code[^>]*>([^<]*)<\/textarea>/g)].map((m) => decodeAttr(m[1]!).replaceAll(configured, site!.origin));
}

if (hasBrowser) {
  site = await serveSite();
  const figure = (await snippets('chi-tieu/')).find((code) => code.includes('/nhung/so-lieu/'))!;
  const chart = (await snippets('kinh-phi/'))[0]!;
  const framed = (name: string, code: string) => code.replace('<iframe ', `<iframe name="${name}" `);
  const testPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A newspaper</title></head><body style="margin:0">
<main style="width:640px">
<h1>An article</h1>
${framed('figure', figure)}
${framed('chart', chart)}
<iframe name="overview" title="Not an embed" src="${site.url}" width="600" height="300"></iframe>
</main></body></html>`;
  const server = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(testPage));
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  const address = server.address();
  other = { server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/` };
}

describeBrowser('the embed code on another site, in Chromium', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser);
    page = await context.newPage();
    await page.goto(other!.url, { waitUntil: 'load' });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    other?.server.closeAllConnections();
    await new Promise((ok) => other?.server.close(ok));
  });

  test('the test page is on another origin than the site', () => {
    expect(new URL(other!.url).origin).not.toBe(site!.origin);
  });

  test.for(['figure', 'chart'])('the %s embed loads in its frame, titled, with its heading and link back, within the height the code gives', async (name) => {
    const frameEl = page.locator(`iframe[name="${name}"]`);
    expect((await frameEl.getAttribute('title'))?.length).toBeGreaterThan(10);
    const frame = page.frame({ name })!;
    expect(frame.url()).toMatch(new RegExp(`^${site!.origin}/nhung/(so-lieu|bieu-do)/`));
    const h1 = await frame.locator('h1').textContent();
    expect(h1?.trim().length).toBeGreaterThan(5);
    expect(await frame.locator('.embed-back a').first().getAttribute('href')).toBeTruthy();
    const height = Number(await frameEl.getAttribute('height'));
    const content = await frame.evaluate(() => document.documentElement.scrollHeight);
    expect(content, `${name}: content ${content} px in a ${height} px frame`).toBeLessThanOrEqual(height);
  });

  test('the chart embed shows its picture, loaded', async () => {
    const frame = page.frame({ name: 'chart' })!;
    const img = frame.locator('img.chart-image');
    await img.evaluate((el: HTMLImageElement) => (el.complete ? null : new Promise((ok) => el.addEventListener('load', ok))));
    expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(500);
    expect((await img.getAttribute('alt'))?.length).toBeGreaterThan(20);
  });

  test('a page that is not an embed is refused in the frame', async () => {
    const frame = page.frame({ name: 'overview' })!;
    expect(frame.url()).not.toBe(site!.url);
    expect(await frame.locator('nav').count()).toBe(0);
  });

  test('the same page frames fine on the site itself, so the refusal is the header, not a broken page', async () => {
    const own = await context.newPage();
    await own.goto(new URL('404.html', site!.url).href);
    await own.setContent(`<iframe name="self" src="${site!.url}" width="600" height="300"></iframe>`);
    // setContent keeps the site's origin, so frame-ancestors 'self' lets it in.
    await own.waitForLoadState('load');
    const frame = own.frame({ name: 'self' })!;
    expect(await frame.locator('h1').count()).toBeGreaterThan(0);
    await own.close();
  });
});
