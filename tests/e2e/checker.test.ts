// The checker page in Chromium: the files staff drop are checked in the
// browser by the pipeline `npm run check` runs, with the same issues; it
// works offline once open, and its JavaScript loads on that page only.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadDataDir } from '../../src/ingest/load.ts';
import type { Issue } from '../../src/contract/issues.ts';
import { badDir, excelDir } from '../fixtures/write-fixtures.ts';
import { oneWorkbook } from '../fixtures/workbooks.ts';
import { minimalDir } from '../ingest/helpers.ts';
import { describeBrowser, launchBrowser, newContext, serveSite, type ServedSite } from './browser.ts';

type Given = { name: string; mimeType: string; buffer: Buffer };
const csvFiles = (dir: string): Given[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .map((f) => ({ name: f, mimeType: 'text/csv', buffer: readFileSync(join(dir, f)) }));
/** What `npm run check` lists, one line per issue. */
const expected = (issues: readonly Issue[]) => issues.map((i) => `${i.severity} ${i.kind} ${i.file}:${i.line ?? ''} ${i.column ?? ''}`);

/** Gives the files to the page's file input and returns the issues it lists, in the same form. */
async function check(page: Page, files: Given[]): Promise<string[]> {
  await page.setInputFiles('#checker-files', files);
  await page.waitForFunction(() => /\d+ (lỗi|errors)/.test(document.querySelector('[data-status]')?.textContent ?? ''));
  return page.$$eval('[data-results] ul.issues > li', (items) =>
    items.map((li) => {
      const d = (li as HTMLElement).dataset;
      return `${(li.parentElement as HTMLElement).dataset.severity} ${d.kind} ${d.file}:${d.line} ${d.column}`;
    }),
  );
}

describeBrowser('the checker page in Chromium', () => {
  let browser: Browser;
  let site: ServedSite;
  let page: Page;
  beforeAll(async () => {
    site = await serveSite();
    browser = await launchBrowser();
    page = await (await newContext(browser)).newPage();
    await page.goto(`${site.url}du-lieu/kiem-tra/`);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('lists no error for good files, and the same warnings as npm run check', async () => {
    expect(await check(page, csvFiles(excelDir))).toEqual(expected(loadDataDir(excelDir).issues.items));
    expect(await page.locator('[data-status]').textContent()).toMatch(/^0 lỗi, 3 cảnh báo/);
  });

  it('reads a workbook: the same issues, at its cells', async () => {
    const book = Buffer.from(await oneWorkbook(excelDir));
    const listed = await check(page, [{ name: 'du-lieu.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: book }]);
    expect(listed.filter((l) => !l.startsWith('information'))).toEqual(expected(loadDataDir(excelDir).issues.items));
    expect(await page.locator('[data-results]').textContent()).toContain('du-lieu.xlsx › indicator-values › F2');
  });

  const bad = readdirSync(badDir).filter((d) => statSync(join(badDir, d)).isDirectory());
  it.each(bad)('finds what npm run check finds in the bad-input fixture %s', async (name) => {
    const dir = join(badDir, name);
    const listed = await check(page, csvFiles(dir));
    const found = loadDataDir(dir).issues;
    expect(found.errors.length).toBeGreaterThan(0);
    expect(listed).toEqual(expected(found.items));
  });

  it('with an error in two tables, lists both, says what to fix, and that the cross-checks did not run', async () => {
    const files = csvFiles(minimalDir).map((f) => {
      if (f.name === 'units.csv') return { ...f, buffer: Buffer.from(f.buffer.toString('utf8').replace('00102,Xã Hai,commune', '00102,Xã Hai,hamlet')) };
      if (f.name === 'funding.csv') return { ...f, buffer: Buffer.from(f.buffer.toString('utf8').replace(',150,300', ',,1234,5')) };
      return f;
    });
    const listed = await check(page, files);
    expect(listed).toEqual(['error code_unknown units.csv:4 level', 'error too_many_cells funding.csv:2 amount']);
    const text = (await page.locator('[data-results]').textContent()) ?? '';
    expect(text).toContain('units.csv, dòng 4');
    expect(text).toContain('"hamlet"');
    expect(text).toContain('commune (xã)');
    expect(text).toContain('các phép đối chiếu số liệu chưa chạy');
    expect(await page.locator('[data-results] [lang="en"]').first().textContent()).toMatch(/^Unknown code/);
  });

  it('shows cell text as text, never as markup', async () => {
    const files = csvFiles(minimalDir).map((f) => (f.name === 'units.csv' ? { ...f, buffer: Buffer.from(f.buffer.toString('utf8').replace('district,', '<img src=x onerror=window.hit=1>,')) } : f));
    await check(page, files);
    expect(await page.locator('[data-results] img').count()).toBe(0);
    expect(await page.locator('[data-results]').textContent()).toContain('<img src=x onerror=window.hit=1>');
    expect(await page.evaluate(() => (window as { hit?: number }).hit)).toBeUndefined();
  });

  it('works offline once open: nothing is sent, and a workbook is checked with the network off', async () => {
    const context = await newContext(browser);
    const fresh = await context.newPage();
    const requests: string[] = [];
    fresh.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));
    await fresh.goto(`${site.url}en/du-lieu/kiem-tra/`);
    await fresh.hover('[data-drop]');
    await fresh.waitForResponse((r) => /exceljs/.test(r.url()));
    await fresh.waitForLoadState('networkidle');
    await context.setOffline(true);
    const book = Buffer.from(await oneWorkbook(excelDir));
    const listed = await check(fresh, [{ name: 'du-lieu.xlsx', mimeType: 'application/octet-stream', buffer: book }]);
    expect(listed.filter((l) => l.startsWith('warning'))).toHaveLength(3);
    expect(await fresh.locator('[data-status]').textContent()).toMatch(/^0 errors, 3 warnings/);
    expect(requests.filter((r) => !r.startsWith(`GET ${site.origin}/`))).toEqual([]);
    await context.close();
  });

  it('loads its JavaScript on this page only, and the pipeline only when it is about to be used', async () => {
    const context = await newContext(browser);
    const p = await context.newPage();
    const scripts: string[] = [];
    p.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    for (const path of ['', 'du-lieu/', 'du-lieu/mau/', 'tim-kiem/']) {
      await p.goto(`${site.url}${path}`);
      await p.waitForLoadState('networkidle');
    }
    expect(scripts.filter((s) => /CheckerPanel|check\.|exceljs/.test(s))).toEqual([]);
    await p.goto(`${site.url}du-lieu/kiem-tra/`);
    await p.waitForLoadState('networkidle');
    expect(scripts.filter((s) => /CheckerPanel/.test(s))).toHaveLength(1);
    expect(scripts.filter((s) => /check\.|exceljs/.test(s))).toEqual([]);
    await context.close();
  });

  it('says without JavaScript that it needs it, and what to run instead', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const p = await context.newPage();
    await p.goto(`${site.url}du-lieu/kiem-tra/`);
    expect(await p.locator('main').textContent()).toContain('npm run check');
    expect(await p.locator('[data-js-only]').isVisible()).toBe(false);
    await context.close();
  });
});
