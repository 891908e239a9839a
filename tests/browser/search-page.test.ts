// The search page in Chromium: reads ?q=, shows results with their kind,
// filters by kind, works from the header form, and says what to do without JS.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { describeBrowser, launchBrowser, newContext, serveSite, type ServedSite } from '../e2e/browser.ts';

describeBrowser('search page in Chromium', () => {
  let browser: Browser;
  let site: ServedSite;
  beforeAll(async () => {
    site = await serveSite();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('shows results for ?q= with their kind, the commune first for "dong loi"', async () => {
    const page = await (await newContext(browser)).newPage();
    await page.goto(`${site.url}tim-kiem/?q=dong+loi`);
    const first = page.locator('[data-results] li').first();
    await first.waitFor();
    expect(await first.locator('a').textContent()).toBe('Đồng Lợi');
    expect(await first.locator('.search-kind').textContent()).toBe('Xã, thị trấn');
    expect(await first.locator('mark').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-status]').textContent()).toMatch(/\d+ kết quả/);
  });

  it('filters by kind and keeps the filter in the URL', async () => {
    const page = await (await newContext(browser)).newPage();
    await page.goto(`${site.url}en/tim-kiem/?q=dong+loi`);
    await page.locator('[data-results] li').first().waitFor();
    const all = await page.locator('[data-results] li').count();
    await page.check('input[name="kind"][value="document"]');
    await page.waitForURL(/kind=document/);
    await page.waitForFunction(() => document.querySelectorAll('[data-results] .search-kind').length > 0 || /\b0\b|Nothing/.test(document.querySelector('[data-status]')!.textContent ?? ''));
    const kinds = await page.locator('[data-results] .search-kind').allTextContents();
    expect(kinds.every((k) => k === 'Documents')).toBe(true);
    expect(kinds.length).toBeLessThan(all);
  });

  it('is reached from the search box in the header of another page', async () => {
    const page = await (await newContext(browser)).newPage();
    await page.goto(`${site.url}du-lieu/`);
    await page.getByRole('search').first().getByRole('searchbox').fill('sam bao');
    await page.keyboard.press('Enter');
    await page.waitForURL(/tim-kiem\/\?q=sam\+bao/);
    await page.locator('[data-results] li').first().waitFor();
    expect(await page.locator('[data-results] .search-kind').allTextContents()).toContain('Sản phẩm OCOP');
  });

  it('without JavaScript, says search needs it and links to the full lists', async () => {
    const page = await (await newContext(browser, { javaScriptEnabled: false })).newPage();
    await page.goto(`${site.url}tim-kiem/?q=dong+loi`);
    expect(await page.locator('main').textContent()).toContain('JavaScript');
    expect(await page.locator('main a[href$="/xa/"]').count()).toBe(1);
    expect(await page.locator('main a[href$="/van-ban/"]').count()).toBe(1);
    expect(await page.locator('[data-js-only]').isVisible()).toBe(false);
  });

  it('pages other than the search page load no search script', async () => {
    const page = await (await newContext(browser)).newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (/pagefind/.test(r.url())) scripts.push(r.url());
    });
    await page.goto(`${site.url}du-lieu/`);
    await page.waitForLoadState('networkidle');
    expect(scripts).toEqual([]);
  });
});
