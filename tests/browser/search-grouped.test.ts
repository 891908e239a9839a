// A large site's search index bundles its result fragments into shared files
// (MAX_FRAGMENT_FILES): the search page must read them the same way. The
// default site is indexed again with a limit small enough to bundle it.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { indexSite } from '../../src/publish/search-index.ts';
import { defaultSiteDir, describeBrowser, launchBrowser, newContext, serveSite, type ServedSite } from '../e2e/browser.ts';

describeBrowser('search with bundled result fragments', () => {
  let browser: Browser;
  let site: ServedSite;
  let dir: string;
  let fragments: string[];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ntm-grouped-'));
    cpSync(defaultSiteDir(), dir, { recursive: true, filter: (src) => !src.endsWith('/pagefind') });
    await indexSite(dir, { maxFragments: 10 });
    fragments = readdirSync(join(dir, 'pagefind/fragment'));
    site = await serveSite(dir);
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes at most the limit of fragment files per language', () => {
    const perLanguage = Map.groupBy(fragments, (f) => f.split('_')[0]!);
    expect([...perLanguage.keys()].sort()).toEqual(['en', 'vi']);
    for (const files of perLanguage.values()) expect(files.length).toBeLessThanOrEqual(10);
    expect(fragments.every((f) => f.includes('_group_'))).toBe(true);
  });

  it('finds "dong loi" and shows the commune first, with its excerpt', async () => {
    const page = await (await newContext(browser)).newPage();
    await page.goto(`${site.url}tim-kiem/?q=dong+loi`);
    const first = page.locator('[data-results] li').first();
    await first.waitFor();
    expect(await first.locator('a').textContent()).toBe('Đồng Lợi');
    expect(await first.locator('a').getAttribute('href')).toMatch(/\/xa\/dong-loi-\d+\/$/);
    expect(await first.locator('mark').count()).toBeGreaterThan(0);
  });
});
