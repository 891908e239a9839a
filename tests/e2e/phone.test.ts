// Every page of the default site on a 390×844 phone: nothing scrolls
// sideways, no table runs off the page, the header stays small, a commune
// page answers on its first screen, and no target wears the achievement icon.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { describeBrowser, hasBrowser, launchBrowser, newContext, serveSite, type ServedSite } from './browser.ts';
import { crawl, sitePath } from './crawl.ts';
import { readCsv } from './data.ts';

const PHONE = { width: 390, height: 844 };

let site: ServedSite | undefined;
let pages: string[] = [];
if (hasBrowser) {
  site = await serveSite();
  pages = (await crawl(site.url)).pages.map((u) => sitePath(u, site!.url));
}

/** What a page measures at phone width, read in the page itself. */
async function measure(page: Page) {
  // The phone's width, not innerWidth: on a mobile viewport Chromium zooms out to fit a page that overflows, and innerWidth grows with it.
  return page.evaluate((width) => {
    const wide = (el: Element) => el.getBoundingClientRect().right > width + 1;
    const label = (el: Element) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} “${(el.textContent ?? '').trim().slice(0, 40)}”`;
    const targets = [...document.querySelectorAll('[data-kind="target"]')];
    return {
      scrollWidth: document.documentElement.scrollWidth,
      width,
      header: document.querySelector('.site-header')?.getBoundingClientRect().height ?? 0,
      tables: [...document.querySelectorAll('main table')].filter(wide).map(label),
      targetsWithTick: targets.filter((el) => (el.textContent ?? '').includes('✓') || el.querySelector('.badge-recognized')).map(label),
      answer: (() => {
        const a = document.querySelector('main .answer');
        if (!a) return undefined;
        const r = a.getBoundingClientRect();
        return { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY };
      })(),
    };
  }, PHONE.width);
}

const communePaths = () => {
  const codes = new Set(readCsv('units.csv').filter((u) => u.level === 'commune').map((u) => u.code));
  return pages.filter((p) => /^(en\/)?xa\/[^/]+\/$/.test(p) && [...codes].some((c) => p.endsWith(`-${c}/`)));
};

describeBrowser('the default site on a 390×844 phone', () => {
  let browser: Browser;
  let context: BrowserContext;
  const results = new Map<string, Awaited<ReturnType<typeof measure>>>();

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser, { viewport: PHONE, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    for (const p of pages) {
      await page.goto(new URL(p, site!.url).href);
      results.set(p, await measure(page));
    }
    await page.close();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  test('the crawl found the pages to measure', () => {
    expect(pages.length).toBeGreaterThan(50);
    expect(communePaths().length).toBeGreaterThan(30);
  });

  test('no page scrolls sideways', () => {
    const wide = [...results].filter(([, r]) => r.scrollWidth > r.width).map(([p, r]) => `/${p}: ${r.scrollWidth}px`);
    expect(wide).toEqual([]);
  });

  test('no table runs past the right edge of the screen: tables fit or become cards', () => {
    const clipped = [...results].flatMap(([p, r]) => r.tables.map((t) => `/${p}: ${t}`));
    expect(clipped).toEqual([]);
  });

  test('the header with its navigation takes at most a fifth of the first screen', () => {
    const tall = [...results].filter(([, r]) => r.header > PHONE.height / 5).map(([p, r]) => `/${p}: ${Math.round(r.header)}px`);
    expect(tall).toEqual([]);
  });

  test('a commune page opens with its answer panel, whole, on the first screen', () => {
    const late = communePaths()
      .map((p) => [p, results.get(p)!.answer] as const)
      .filter(([, a]) => !a || a.bottom > PHONE.height)
      .map(([p, a]) => `/${p}: ${a ? `${Math.round(a.top)}–${Math.round(a.bottom)}px` : 'no panel'}`);
    expect(late).toEqual([]);
  });

  test('the header search box says on screen what it finds, in the page language', async () => {
    const page = await context.newPage();
    for (const [path, hint] of [['', 'Xã, sản phẩm'], ['en/', 'Commune, OCOP']] as const) {
      await page.goto(new URL(path, site!.url).href);
      const box = page.locator('header').getByRole('searchbox');
      // The label is hidden on phones for room, so the placeholder is what a reader sees.
      expect((await page.locator('label[for="site-search-q"]').boundingBox())!.width).toBeLessThanOrEqual(1);
      expect(await box.getAttribute('placeholder')).toBe(hint);
      // Typed into the box at the placeholder's size, the same words must not scroll it.
      const [scroll, width] = await box.evaluate((el: HTMLInputElement) => {
        el.value = el.placeholder;
        el.style.fontSize = getComputedStyle(el, '::placeholder').fontSize;
        const sizes = [el.scrollWidth, el.clientWidth];
        el.value = '';
        el.style.fontSize = '';
        return sizes;
      });
      expect(scroll, `placeholder clipped on /${path}`).toBeLessThanOrEqual(width!);
    }
    await page.close();
  });

  test('nothing marked as a target carries the achievement icon', () => {
    const ticked = [...results].flatMap(([p, r]) => r.targetsWithTick.map((t) => `/${p}: ${t}`));
    expect(ticked).toEqual([]);
    // The check looks where targets are: the units with targets in the data have them marked.
    const withTargets = readCsv('unit-status.csv').filter((r) => r.kind === 'target').map((r) => r.unit_code);
    expect(withTargets.length).toBeGreaterThan(0);
  });

  test('the finder says where a former commune is today, and finds the present-day one of that name', async () => {
    const page = await context.newPage();
    await page.goto(site!.url);
    await page.getByRole('searchbox', { name: 'Tìm xã của bạn' }).fill('xuan thinh');
    await expect.poll(() => page.locator('.finder-results li').first().innerText()).toBe('Xuân Thịnh · nay thuộc Thọ Phú');
    await page.getByRole('searchbox', { name: 'Tìm xã của bạn' }).fill('tho phu');
    const items = page.locator('.finder-results li');
    await expect.poll(() => items.allInnerTexts()).toEqual(['Thọ Phú · nay thuộc Thọ Phú', 'Thọ Phú · đơn vị mới từ 1/7/2025']);
    expect(await items.nth(1).locator('a').getAttribute('href')).toBe('/xa/tho-phu-15763-2025/');
    await page.close();
  });

  test('the commune finder on the overview reaches Đồng Lợi from “dong loi”', async () => {
    const page = await context.newPage();
    await page.goto(site!.url);
    await page.getByRole('searchbox', { name: 'Tìm xã của bạn' }).fill('dong loi');
    const link = page.locator('.finder-results a', { hasText: 'Đồng Lợi' });
    await expect.poll(() => link.count()).toBe(1);
    await link.click();
    await page.waitForURL(/\/xa\/dong-loi-15721\/$/);
    expect(await page.locator('h1').innerText()).toBe('Đồng Lợi');
    await page.close();
  });
});
