// Every crawled page with JavaScript switched off: still readable, tables still shown.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, test } from 'vitest';
import { describeBrowser, hasBrowser, launchBrowser, newContext, serveSite, type ServedSite } from './browser.ts';
import { crawl, pagesToAudit, sitePath } from './crawl.ts';
import { listedUnits } from './site.ts';

let site: ServedSite | undefined;
let pages: string[] = [];
if (hasBrowser) {
  site = await serveSite();
  pages = pagesToAudit((await crawl(site.url, [new URL('404.html', site.url).href])).pages.map((u) => sitePath(u, site!.url)));
}

describeBrowser('a visitor in Chromium without JavaScript', () => {
  let browser: Browser;
  let context: BrowserContext;
  const at = (path: string) => new URL(path, site!.url).href;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser, { javaScriptEnabled: false });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  // Pages without JavaScript are cheap to open: several at once.
  test.concurrent.for(pages)('/%s has a heading and text, shows every table (or keeps it in an openable <details>) and every chart\'s data table', async (path, { expect, onTestFinished }) => {
    const page = await context.newPage();
    onTestFinished(() => page.close());
    const res = await page.goto(at(path));
    expect(res?.status()).toBe(200);
    const h1 = page.locator('h1');
    expect(await h1.count()).toBeGreaterThan(0);
    const heading = (await h1.first().innerText()).trim();
    expect(heading).not.toBe('');
    const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ').trim();
    expect(text.length - heading.length, `text of <main> on /${path}`).toBeGreaterThanOrEqual(15);
    const hiddenTables = await page.locator('main table').evaluateAll((tables) =>
      tables
        .filter((t) => t.getClientRects().length === 0 && !t.closest('details:not([open])'))
        .map((t) => t.querySelector('caption')?.textContent?.trim() ?? t.outerHTML.slice(0, 80)),
    );
    expect(hiddenTables).toEqual([]);
    const chartsWithoutTable = await page.locator('main figure:has(canvas)').evaluateAll((figures) =>
      figures.filter((f) => !f.querySelector('table tbody tr')).map((f) => f.querySelector('figcaption')?.textContent?.trim() ?? f.id),
    );
    expect(chartsWithoutTable, 'charts must carry their data table in the HTML').toEqual([]);
  });

  test.concurrent.for(['xa/', 'en/xa/'])('/%s shows a visible row for every unit in units.csv', async (path, { expect, onTestFinished }) => {
    const page = await context.newPage();
    onTestFinished(() => page.close());
    await page.goto(at(path));
    const rows = await page.locator('main table tbody tr').evaluateAll((trs) =>
      trs.filter((tr) => tr.getClientRects().length > 0).map((tr) => tr.querySelector('th')?.textContent ?? ''),
    );
    for (const u of listedUnits()) expect(rows.some((r) => r.includes(u.name!)), u.name).toBe(true);
  });
});
