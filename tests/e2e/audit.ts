// One visit per page collects everything the page audits need: axe
// violations, every request made, and the JavaScript shipped before any interaction.
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page, Response } from 'playwright-core';

export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
export const jsBudget = 10 * 1024;

export interface Violation {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

export interface PageVisit {
  url: string;
  status: number;
  requests: string[];
  /** Gzipped bytes per external script URL, and for all inline scripts together. */
  scripts: { url: string; gzip: number }[];
  inlineGzip: number;
  jsGzip: number;
  canvases: number;
  violations: Violation[];
  /** Console errors and uncaught exceptions (Lighthouse's errors-in-console). */
  consoleErrors: string[];
  error?: string;
}

/** Requests to anything but the site's own origin (data: and blob: are local). */
export function foreignRequests(urls: string[], origin: string): string[] {
  return urls.filter((u) => {
    const url = new URL(u);
    if (url.protocol === 'data:' || url.protocol === 'blob:') return false;
    return url.origin !== origin;
  });
}

export function formatViolations(url: string, violations: Violation[]): string[] {
  return violations.map((v) => `${v.rule} (${v.impact}) on ${url}: ${v.help} → ${v.targets.join(' | ')}`);
}

export async function axeViolations(page: Page): Promise<Violation[]> {
  // Legacy mode runs axe.run() in the page itself: a third faster than runPartial +
  // finishRun in a blank page, and the site has no cross-origin frames to reach.
  const result = await new AxeBuilder({ page }).setLegacyMode(true).withTags(axeTags).analyze();
  return result.violations.map((v) => ({
    rule: v.id,
    impact: v.impact ?? 'unknown',
    help: v.help,
    targets: v.nodes.map((n) => n.target.map(String).join(' ')),
  }));
}

const jsTypes = new Set(['', 'text/javascript', 'application/javascript', 'module']);

export async function visitPage(context: BrowserContext, url: string, options: { axe?: boolean } = {}): Promise<PageVisit> {
  const page = await context.newPage();
  const requests: string[] = [];
  const bodies: Promise<{ url: string; gzip: number } | undefined>[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(`${m.text()} ${m.location().url ?? ''}`.trim());
  });
  page.on('pageerror', (e) => consoleErrors.push(`uncaught: ${e.message}`));
  page.on('response', (r: Response) => {
    if (r.request().resourceType() !== 'script') return;
    bodies.push(
      r.body().then(
        (b) => ({ url: r.url(), gzip: gzipSync(b).length }),
        () => undefined,
      ),
    );
  });
  const visit: PageVisit = { url, status: 0, requests, scripts: [], inlineGzip: 0, jsGzip: 0, canvases: 0, violations: [], consoleErrors };
  try {
    const res = await page.goto(url, { waitUntil: 'load' });
    visit.status = res?.status() ?? 0;
    if (options.axe) visit.violations = await axeViolations(page);
    // Scripts that start on their own shortly after load count too.
    await page.waitForLoadState('networkidle', { timeout: 3000 }).catch(() => {});
    const inline = await page.$$eval('script:not([src])', (els) => els.map((e) => [e.getAttribute('type') ?? '', e.textContent ?? '']));
    visit.inlineGzip = inline
      .filter(([type]) => jsTypes.has(type!.toLowerCase()))
      .reduce((sum, [, text]) => sum + (text!.trim() ? gzipSync(text!).length : 0), 0);
    visit.canvases = await page.locator('canvas').count();
    const seen = new Set<string>();
    for (const s of await Promise.all(bodies)) {
      if (!s || seen.has(s.url) || s.url.startsWith('chrome-extension:')) continue;
      seen.add(s.url);
      visit.scripts.push(s);
    }
    visit.jsGzip = visit.inlineGzip + visit.scripts.reduce((sum, s) => sum + s.gzip, 0);
  } catch (e) {
    visit.error = e instanceof Error ? e.message : String(e);
  } finally {
    await page.close();
  }
  return visit;
}
