// What a visitor does with JavaScript on: navigate, switch language, search,
// sort and filter the communes table, see charts drawn.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { axeViolations, formatViolations } from './audit.ts';
import { describeBrowser, hasBrowser, launchBrowser, newContext, serveSite, type ServedSite } from './browser.ts';
import { crawl, isUnitPage, sitePath, stripCode } from './crawl.ts';
import { fold, readCsv } from './data.ts';
import { slugify } from '../../src/lib/text.ts';
import { canvasDrawn, listedUnits, mainNav, pdfPageCount, unitByFoldedName, unitPageHref } from './site.ts';

let site: ServedSite | undefined;
const chartPages: string[] = [];
// The longest unit page in each language: the hardest to fit on one A4 sheet.
const longestUnitPage: Record<string, string> = {};
if (hasBrowser) {
  site = await serveSite();
  const { pages } = await crawl(site.url);
  const sizes: Record<string, number> = {};
  for (const url of pages) {
    const html = await (await fetch(url)).text();
    const path = sitePath(url, site.url);
    if (html.includes('<canvas')) chartPages.push(path);
    if (isUnitPage(path)) {
      const lang = path.startsWith('en/') ? 'en' : 'vi';
      const size = stripCode(html).length;
      if (size > (sizes[lang] ?? -1)) [sizes[lang], longestUnitPage[lang]] = [size, path];
    }
  }
}

describeBrowser('a visitor in Chromium with JavaScript', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const at = (path: string) => new URL(path, site!.url).href;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser);
  });
  afterEach(async () => {
    await page?.close();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  test.for([
    ['vi', ''],
    ['en', 'en/'],
  ] as const)('every main navigation link on the %s home page opens a page with status 200, an <h1> and itself marked current', async ([lang, home]) => {
    page = await context.newPage();
    await page.goto(at(home));
    const hrefs = await mainNav(page, lang).getByRole('link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThanOrEqual(8);
    for (const href of hrefs) {
      await page.goto(at(home));
      const link = mainNav(page, lang).locator(`a[href="${new URL(href).pathname}"]`);
      const response = page.waitForResponse((r) => r.url() === href && r.request().isNavigationRequest());
      await link.click();
      expect((await response).status(), href).toBe(200);
      await page.waitForLoadState('load');
      expect(page.url()).toBe(href);
      expect((await page.locator('h1').first().innerText()).trim(), `<h1> on ${href}`).not.toBe('');
      await expect.poll(() => mainNav(page, lang).locator('a[aria-current="page"]').evaluate((a) => (a as HTMLAnchorElement).href)).toBe(href);
    }
  });

  test.for(['/', '/xa/', 'a unit page', '/tieu-chi/', '/kinh-phi/', '/du-lieu/'])(
    'the language switch on %s leads to the same page in English and back',
    async (path) => {
      page = await context.newPage();
      const first = listedUnits().find((u) => u.level !== 'village')!;
      const vi = path.startsWith('/') ? at(path.slice(1)) : await unitPageHref(page, site!.url, 'vi', first.name!);
      const en = at(`en/${sitePath(vi, site!.url)}`);
      const res = await page.goto(vi);
      expect(res?.status()).toBe(200);
      await page.locator('header a[hreflang="en"]').click();
      await page.waitForURL(en);
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      await expect.poll(() => page.locator('h1').count()).toBeGreaterThan(0);
      await page.locator('header a[hreflang="vi"]').click();
      await page.waitForURL(vi);
      expect(await page.getAttribute('html', 'lang')).toBe('vi');
    },
  );

  /** Result links of the search page, once they have appeared. */
  async function search(query: string): Promise<{ text: string; href: string }[]> {
    page = await context.newPage();
    const res = await page.goto(at(`tim-kiem/?q=${encodeURIComponent(query)}`));
    expect(res?.status()).toBe(200);
    const links = page.locator('main ol li a[href]:visible');
    await links.first().waitFor({ timeout: 15_000 });
    return links.evaluateAll((as) => as.map((a) => ({ text: (a.closest('li') ?? a).textContent ?? '', href: (a as HTMLAnchorElement).href })));
  }

  test('searching "dong loi" without diacritics puts Đồng Lợi\'s own page first', async () => {
    const unit = unitByFoldedName('dong loi');
    const results = await search('dong loi');
    expect(results[0]!.href).toMatch(/\/xa\/[^/]+\/$/);
    expect(results[0]!.text).toContain(unit.name);
  });

  test('searching "duong" finds a page that says "đường"', async () => {
    const results = await search('duong');
    expect(results.some((r) => r.text.toLowerCase().includes('đường')), results.map((r) => r.text).join('\n')).toBe(true);
  });

  test('searching "sam bao" finds the sâm báo OCOP products', async () => {
    const products = readCsv('ocop-products.csv').filter((p) => fold(p.name!).includes('sam bao'));
    expect(products.length).toBeGreaterThan(0);
    const text = (await search('sam bao')).map((r) => r.text.toLowerCase()).join('\n');
    expect(products.filter((p) => text.includes(p.name!.toLowerCase())).map((p) => p.name), text).not.toEqual([]);
  });

  test('searching "tan ninh" finds the pages of the units merged into Tân Ninh', async () => {
    const merged = listedUnits().filter((u) => fold(u.successor_name ?? '') === 'tan ninh');
    expect(merged.length).toBeGreaterThan(0);
    const results = (await search('tan ninh')).filter((r) => /\/xa\/[^/]+\/$/.test(r.href));
    for (const u of merged) expect(results.some((r) => r.text.includes(u.name!)), `${u.name} in ${results.map((r) => r.text).join(' | ')}`).toBe(true);
  });

  // The 2025 communes of the reference facts have pages of their own, apart from every unit of units.csv.
  test.for([
    ['tan ninh', 'Tân Ninh', '15715'],
    ['Thọ Phú', 'Thọ Phú', '15763'],
  ] as const)('searching "%s" puts the present-day commune\'s own page first', async ([query, name, code]) => {
    const [first] = await search(query);
    const path = new URL(first!.href).pathname;
    expect(path).toMatch(/\/xa\/[^/]+\/$/);
    const unitPaths = readCsv('units.csv').map((u) => `/xa/${slugify(u.name!)}-${slugify(u.code!)}/`);
    expect(unitPaths).not.toContain(path);
    await page.goto(first!.href);
    expect((await page.locator('h1').innerText()).trim()).toBe(name);
    expect(await page.locator('main').innerText()).toContain(code);
  });

  test('searching a document number "207/QĐ-UBND" finds a page citing it', async () => {
    const number = readCsv('documents.csv').find((d) => Object.values(d).includes('207/QĐ-UBND'));
    expect(number).toBeDefined();
    const results = await search('207/QĐ-UBND');
    expect(results.some((r) => r.text.includes('207/QĐ-UBND')), results.map((r) => r.text).join('\n')).toBe(true);
  });

  test('the search page showing results has no axe WCAG 2.2 AA violation', async () => {
    await search('dong loi');
    expect(formatViolations(page.url(), await axeViolations(page))).toEqual([]);
  });

  test('the communes table after sorting and filtering has no axe WCAG 2.2 AA violation', async () => {
    page = await context.newPage();
    await page.goto(at('xa/'));
    await page.locator('main table').first().locator('thead th').first().getByRole('button').click();
    await page.locator('main').getByRole('searchbox').first().fill('dong');
    expect(formatViolations(page.url(), await axeViolations(page))).toEqual([]);
  });

  async function tableRows() {
    return page.locator('main table').first().locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({ name: tr.querySelector('th a')?.textContent?.trim() ?? '', visible: (tr as HTMLElement).offsetParent !== null })),
    );
  }

  test('typing "dong" without diacritics in the communes filter leaves only the Đồng… rows visible', async () => {
    page = await context.newPage();
    await page.goto(at('xa/'));
    const expected = listedUnits()
      .filter((u) => fold([u.name, u.aliases, u.code].join(' ')).includes('dong'))
      .map((u) => u.name!)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    const before = await tableRows();
    expect(before.filter((r) => r.visible).length).toBe(listedUnits().length);
    await page.locator('main').getByRole('searchbox').first().fill('dong');
    await expect.poll(async () => (await tableRows()).filter((r) => r.visible).map((r) => r.name).sort()).toEqual(expected);
  });

  test('the sort button in the name column header sorts the communes table both ways and sets aria-sort', async () => {
    page = await context.newPage();
    await page.goto(at('xa/'));
    const th = page.locator('main table').first().locator('thead th').first();
    const button = th.getByRole('button');
    const byName = (a: string, b: string) => fold(a).localeCompare(fold(b), 'vi');
    await button.click();
    await expect.poll(() => th.getAttribute('aria-sort')).toBe('ascending');
    const asc = (await tableRows()).map((r) => r.name);
    expect(asc).toEqual([...asc].sort(byName));
    await button.click();
    await expect.poll(() => th.getAttribute('aria-sort')).toBe('descending');
    const desc = (await tableRows()).map((r) => r.name);
    expect(desc).toEqual([...asc].sort(byName).reverse());
  });

  test('the overview and funding pages have charts', () => {
    expect(chartPages).toEqual(expect.arrayContaining(['', 'kinh-phi/', 'en/', 'en/kinh-phi/']));
  });

  test.for(chartPages)('every chart on /%s is drawn on its canvas and keeps its data table', async (path) => {
    page = await context.newPage();
    await page.goto(at(path));
    const figures = page.locator('figure:has(canvas)');
    const count = await figures.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const figure = figures.nth(i);
      await figure.scrollIntoViewIfNeeded();
      await expect.poll(() => canvasDrawn(figure.locator('canvas').first()), { timeout: 10_000 }).toBe(true);
      expect(await figure.locator('canvas').first().isVisible()).toBe(true);
      expect(await figure.locator('table tbody tr').count()).toBeGreaterThan(0);
    }
  });

  test.for(['vi', 'en'] as const)('printing the longest %s unit page hides header, navigation and search and fits one A4 page', async (lang) => {
    const path = longestUnitPage[lang];
    expect(path, `a unit page in ${lang}`).toBeDefined();
    page = await context.newPage();
    await page.goto(at(path!));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('body > header, [role="banner"]').first().isHidden()).toBe(true);
    expect(await mainNav(page, lang).isHidden()).toBe(true);
    const search = await page.locator('[role="search"], input[type="search"]').evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).length);
    expect(search).toBe(0);
    // Criteria tables print the latest date only: each row shows its criterion and its last cell.
    const printedCells = await page.locator('table.crit tbody tr').evaluateAll((rows) =>
      rows.map((tr) => [...tr.children].filter((c) => c.getClientRects().length > 0).map((c) => (c === tr.firstElementChild ? 'name' : c === tr.lastElementChild ? 'latest' : 'earlier')).join(',')),
    );
    for (const cells of printedCells) expect(cells).toBe('name,latest');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdfPageCount(pdf), `/${path} printed on A4`).toBe(1);
  });
});
