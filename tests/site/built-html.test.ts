// Every built .html file of the default site: valid HTML (html-validate), and
// every same-site link, download and #fragment resolves inside dist.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { describe, expect, inject, test } from 'vitest';
import { decodeAttr, stripCode } from '../e2e/crawl.ts';
import { testSites } from '../setup/build-sites.ts';

const root = resolve(import.meta.dirname, '../..');
const dist = inject('sites').default!;
const htmlFiles = listHtml(dist);

function listHtml(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'pagefind') out.push(...listHtml(path));
    } else if (name.endsWith('.html')) out.push(path);
  }
  return out.sort();
}

/** .htmlvalidate.json without its "//" reason keys, which only document the relaxations. */
export function loadConfig(): ConfigData {
  const raw = JSON.parse(readFileSync(join(root, '.htmlvalidate.json'), 'utf8')) as ConfigData;
  const rules = Object.fromEntries(Object.entries(raw.rules ?? {}).filter(([k]) => !k.startsWith('//')));
  return { ...raw, rules };
}

const validator = new HtmlValidate(loadConfig());

describe('html-validate on the built default site', () => {
  test('the built site has pages in both languages', () => {
    const rel = htmlFiles.map((f) => relative(dist, f));
    expect(rel).toContain('index.html');
    expect(rel).toContain('en/index.html');
  });

  test('html-validate flags a broken page with this config (self-test)', async () => {
    const report = await validator.validateString('<!doctype html><html lang="vi"><head><title>x</title></head><body><p><div></div></p><img src="a.png"></body></html>');
    expect(report.valid).toBe(false);
  });

  test.for(htmlFiles.map((f) => relative(dist, f)))('%s is valid HTML', async (file) => {
    const report = await validator.validateFile(join(dist, file));
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message} (${m.selector ?? ''})`));
    expect(messages).toEqual([]);
  });
});

// --- links -----------------------------------------------------------------

interface Link {
  attr: string;
  value: string;
}

/** href/src/srcset/action values outside scripts and styles. */
export function linksIn(html: string): Link[] {
  const out: Link[] = [];
  for (const m of stripCode(html).matchAll(/<[a-z][a-z0-9-]*\b[^>]*>/gi)) {
    for (const a of m[0].matchAll(/\s(href|src|srcset|action|poster)\s*=\s*"([^"]*)"/gi)) {
      const attr = a[1]!.toLowerCase();
      const value = decodeAttr(a[2]!);
      if (attr === 'srcset') for (const part of value.split(',')) out.push({ attr, value: part.trim().split(/\s+/)[0]! });
      else out.push({ attr, value });
    }
  }
  return out;
}

export function idsIn(html: string): Set<string> {
  const ids = new Set<string>();
  for (const m of stripCode(html).matchAll(/\s(?:id|name)\s*=\s*"([^"]*)"/gi)) ids.add(decodeAttr(m[1]!));
  return ids;
}

/** The dist file a site path serves, as scripts/serve.ts resolves it, or undefined. */
export function fileFor(dir: string, pathname: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const file = join(dir, path);
  if (!file.startsWith(dir)) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) {
    const index = join(file, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  return existsSync(file) ? file : undefined;
}

// The origin the default site is built for (canonical and hreflang links use it).
const siteOrigin = new URL(testSites.default!.env!.SITE_URL!).origin;

describe('links in the built default site', () => {
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!idCache.has(file)) idCache.set(file, idsIn(readFileSync(file, 'utf8')));
    return idCache.get(file)!;
  };

  test('the link check reports a missing page, a missing file and a missing #fragment (self-test)', () => {
    const problems = checkLinks(join(dist, 'index.html'), '<a href="/no-such-page/">x</a><a href="/du-lieu/nope.csv">y</a><a href="#no-such-id">z</a>', idsOf);
    expect(problems).toHaveLength(3);
  });

  test('every same-site link, download and #fragment in every built page resolves to a built file and id', () => {
    // Grouped by problem, so one missing page linked from every footer reads as one line.
    const pagesBy = new Map<string, Set<string>>();
    for (const file of htmlFiles) {
      for (const problem of checkLinks(file, readFileSync(file, 'utf8'), idsOf)) {
        pagesBy.set(problem, (pagesBy.get(problem) ?? new Set()).add(relative(dist, file)));
      }
    }
    const report = [...pagesBy].map(([problem, pages]) => `${problem} — on ${pages.size} page(s), e.g. ${[...pages].slice(0, 3).join(', ')}`);
    expect(report).toEqual([]);
  });

  test('no page links to a sample address of its own examples (…example.gov.vn, markdown autolinks in code)', () => {
    const linking = htmlFiles.filter((f) => /<a\b[^>]*href="https?:\/\/[^"]*example\.gov\.vn/i.test(readFileSync(f, 'utf8'))).map((f) => relative(dist, f));
    expect(linking).toEqual([]);
  });
});

function checkLinks(file: string, html: string, idsOf: (file: string) => Set<string>): string[] {
  const page = new URL(`/${relative(dist, file).replace(/(^|\/)index\.html$/, '$1')}`, siteOrigin);
  const problems: string[] = [];
  const ownIds = idsIn(html);
  for (const { attr, value } of linksIn(html)) {
    if (value === '' || /^(mailto|tel|data|blob|javascript):/i.test(value)) continue;
    const url = new URL(value, page);
    if (url.origin !== siteOrigin) continue;
    const target = fileFor(dist, url.pathname);
    if (!target) {
      problems.push(`${attr}="${value}": no file in dist for ${url.pathname}`);
      continue;
    }
    if (url.hash.length > 1 && target.endsWith('.html')) {
      const id = decodeURIComponent(url.hash.slice(1));
      const ids = target === file ? ownIds : idsOf(target);
      if (!ids.has(id)) problems.push(`${attr}="${value}": no id "${id}" on ${relative(dist, target)}`);
    }
  }
  return problems;
}
