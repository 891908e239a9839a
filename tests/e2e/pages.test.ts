// Every page of the built default site, crawled from / and /en/, in Chromium:
// WCAG 2.2 AA by axe, no third-party requests, and the JavaScript weight budget.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { foreignRequests, formatViolations, jsBudget, visitPage, type PageVisit } from './audit.ts';
import { describeBrowser, hasBrowser, launchBrowser, newContext, serveSite, type ServedSite } from './browser.ts';
import { crawl, pagesToAudit, sitePath } from './crawl.ts';

const concurrency = 3;
let site: ServedSite | undefined;
let pages: string[] = [];
let audited = new Set<string>();
let broken: Awaited<ReturnType<typeof crawl>>['broken'] = [];
if (hasBrowser) {
  site = await serveSite();
  const notFound = existsSync(join(site.dir, '404.html')) ? [new URL('404.html', site.url).href] : [];
  const found = await crawl(site.url, notFound);
  broken = found.broken;
  pages = found.pages.map((u) => sitePath(u, site!.url));
  audited = new Set(pagesToAudit(pages));
}

describeBrowser('every crawled page in Chromium', () => {
  let browser: Browser;
  let context: BrowserContext;
  const visits = new Map<string, PageVisit>();

  // Visits run a few at a time (page loads mostly wait on timers); each page's tests await their own.
  const pending = new Map<string, Promise<PageVisit>>();
  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser);
    const lanes: Promise<unknown>[] = Array.from({ length: concurrency }, () => Promise.resolve());
    pages.forEach((p, i) => {
      const visit = lanes[i % concurrency]!.then(() => visitPage(context, new URL(p, site!.url).href, { axe: audited.has(p) }));
      lanes[i % concurrency] = visit;
      pending.set(p, visit);
    });
  });

  afterAll(async () => {
    writeWeightReport([...visits.entries()]);
    await browser?.close();
    await site?.close();
  });

  test('the crawl from / and /en/ finds both home pages and no broken internal page link', () => {
    expect(pages).toContain('');
    expect(pages).toContain('en/');
    expect(broken.map((b) => `${b.status} ${sitePath(b.url, site!.url)} (linked from ${sitePath(b.from, site!.url) || '/'})`)).toEqual([]);
  });

  test('the crawl reaches every HTML page of the build, so the audits below cover them all', () => {
    const built = htmlFiles(site!.dir).map((f) => f.replace(/(^|\/)index\.html$/, '$1'));
    expect(built.filter((f) => !pages.includes(f))).toEqual([]);
  });

  // axe runs on every page (E2E_SAMPLE_UNITS=N samples unit pages for a quicker local run).
  describe.for(pages)('/%s', (p) => {
    let v: PageVisit;
    beforeAll(async () => {
      v = await pending.get(p)!;
      visits.set(p, v);
    });

    test('loads with status 200', () => {
      expect(v.error).toBeUndefined();
      expect(v.status).toBe(200);
    });

    test.skipIf(!audited.has(p))('has no axe WCAG 2.2 AA violation', () => {
      expect(v.error).toBeUndefined();
      expect(formatViolations(v.url, v.violations)).toEqual([]);
    });

    test('requests nothing from another host', () => {
      expect(v.requests.length).toBeGreaterThan(0);
      expect(foreignRequests(v.requests, site!.origin)).toEqual([]);
    });

    test('logs no error to the browser console', () => {
      expect(v.consoleErrors).toEqual([]);
    });

    test('ships at most 10 KB of gzipped JavaScript unless it draws charts', () => {
      expect(v.error).toBeUndefined();
      if (v.canvases > 0) return;
      expect(v.jsGzip, `${v.scripts.map((s) => `${s.url} ${s.gzip} B`).join(', ')}; inline ${v.inlineGzip} B`).toBeLessThanOrEqual(jsBudget);
    });
  });

  // The checks must be able to fail: a copy of the home page with three planted defects.
  describe('self-test on a copy of the home page with planted defects', () => {
    const external = 'https://cdn.example.net/analytics.js';
    let dir: string;
    let copy: ServedSite;
    let v: PageVisit;
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'ntm-selftest-'));
      const noise = randomBytes(12 * 1024).toString('base64');
      const html = readFileSync(join(site!.dir, 'index.html'), 'utf8')
        .replace('</head>', `<script src="${external}"></script><script>window.x = "${noise}";</script></head>`)
        .replace('</main>', '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main>');
      writeFileSync(join(dir, 'index.html'), html);
      copy = await serveSite(dir);
      v = await visitPage(context, copy.url, { axe: true });
    });
    afterAll(async () => {
      await copy?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    test('the request check flags a script loaded from another host', () => {
      expect(v.error).toBeUndefined();
      expect(foreignRequests(v.requests, copy.origin)).toEqual([external]);
    });

    test('axe flags an image without a text alternative', () => {
      expect(v.violations.map((x) => x.rule)).toContain('image-alt');
    });

    test('the weight check counts an inline script over the budget', () => {
      expect(v.jsGzip).toBeGreaterThan(jsBudget);
    });
  });
});

/** Built .html files, relative to the site folder (Pagefind's own files excluded). */
function htmlFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) => {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) return rel === 'pagefind' ? [] : htmlFiles(dir, rel);
    return e.name.endsWith('.html') ? [rel] : [];
  });
}

function writeWeightReport(entries: [string, PageVisit][]): void {
  const out = resolve(import.meta.dirname, '../../.cache');
  mkdirSync(out, { recursive: true });
  const rows = entries.map(([path, v]) => ({
    page: `/${path}`,
    charts: v.canvases > 0,
    jsGzipBytes: v.jsGzip,
    scripts: v.scripts.map((s) => ({ url: new URL(s.url).pathname, gzipBytes: s.gzip })),
    inlineGzipBytes: v.inlineGzip,
  }));
  writeFileSync(join(out, 'js-weight.json'), JSON.stringify(rows, null, 2) + '\n');
  const md = [
    '# JavaScript shipped per page (gzipped, before any interaction)',
    '',
    `Budget for pages without charts: ${jsBudget} B.`,
    '',
    '| page | charts | JS gzip (B) |',
    '|---|---|---:|',
    ...rows.map((r) => `| ${r.page} | ${r.charts ? 'yes' : 'no'} | ${r.jsGzipBytes} |`),
    '',
  ].join('\n');
  writeFileSync(join(out, 'js-weight.md'), md);
  const charts = rows.filter((r) => r.charts);
  console.log(
    `JS weight (gzip): max without charts ${Math.max(0, ...rows.filter((r) => !r.charts).map((r) => r.jsGzipBytes))} B; ` +
      (charts.length ? `chart pages: ${charts.map((r) => `${r.page} ${r.jsGzipBytes} B`).join(', ')}` : 'no chart pages') +
      ' (.cache/js-weight.md)',
  );
}
