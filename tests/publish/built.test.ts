// The open-data pages and files of each built test site: downloads that
// round-trip through the pipeline, a dictionary covering the whole schema, a
// data-quality page listing every warning, a sitemap of every page.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadDataDir, loadFromFiles } from '../../src/ingest/load.ts';
import { looksLikeFormula } from '../../src/contract/values.ts';
import { tables, tableNames, type ColumnSpec } from '../../src/contract/tables.ts';
import { formatNumber } from '../../src/lib/format.ts';
import { testSites } from '../setup/build-sites.ts';

const sites = inject('sites');
const strip = ({ _line, ...rest }: Record<string, unknown>) => rest;

function htmlPages(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith('.html')) out.push(join(d, e.name));
    }
  };
  walk(dir);
  return out;
}

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/\s+/g, ' ');

describe.each(Object.entries(sites))('open data on the %s site', (name, dir) => {
  const source = loadDataDir(testSites[name]!.data);
  const read = (path: string) => readFileSync(join(dir, path), 'utf8');
  const hasAddress = Boolean(testSites[name]!.env?.SITE_URL);

  it('publishes CSV and JSON for every table present, and none for absent ones', () => {
    for (const t of tableNames) {
      expect(existsSync(join(dir, `du-lieu/${t}.csv`)), `${t}.csv`).toBe(source.present[t]);
      expect(existsSync(join(dir, `du-lieu/${t}.json`)), `${t}.json`).toBe(source.present[t]);
    }
  });

  it('CSV downloads read back through the pipeline to the same rows, with formulas neutralised', () => {
    const files = Object.fromEntries(tableNames.filter((t) => source.present[t]).map((t) => [tables[t].file, read(`du-lieu/${t}.csv`)]));
    const again = loadFromFiles(files);
    expect(again.issues.errors).toEqual([]);
    for (const t of tableNames.filter((n) => source.present[n])) {
      const expected = (source.data[t] as Record<string, unknown>[]).map((r) =>
        Object.fromEntries(Object.entries(strip(r)).map(([k, v]) => [k, typeof v === 'string' && looksLikeFormula(v) ? `'${v}` : v])),
      );
      expect((again.data[t] as Record<string, unknown>[]).map(strip), t).toEqual(expected);
    }
  });

  it('CSV downloads are comma-separated with ISO dates and plain numbers', () => {
    for (const t of tableNames.filter((n) => source.present[n])) {
      const csv = read(`du-lieu/${t}.csv`);
      const header = csv.replace(/^\uFEFF/, '').split('\r\n')[0]!;
      expect(header, t).toBe(Object.keys(tables[t].columns).join(','));
      for (const [col, spec] of Object.entries(tables[t].columns as Record<string, ColumnSpec>)) {
        for (const row of source.data[t] as Record<string, unknown>[]) {
          const v = row[col];
          if (v === undefined) continue;
          if (spec.type === 'date') expect(v).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          if (typeof v === 'number') expect(csv, `${t}.${col}`).toMatch(new RegExp(`(^|,)${String(v).replace('.', '\\.')}0?(,|\\r\\n)`, 'm'));
        }
      }
    }
  });

  it('JSON downloads hold the same rows, every column present, numbers as numbers', () => {
    for (const t of tableNames.filter((n) => source.present[n])) {
      const rows = JSON.parse(read(`du-lieu/${t}.json`)) as Record<string, unknown>[];
      const original = source.data[t] as Record<string, unknown>[];
      expect(rows).toHaveLength(original.length);
      rows.forEach((row, i) => {
        expect(Object.keys(row)).toEqual(Object.keys(tables[t].columns));
        for (const col of Object.keys(tables[t].columns)) expect(row[col], `${t}[${i}].${col}`).toEqual(original[i]![col] ?? null);
      });
    }
  });

  it('datapackage.json lists exactly the tables present, each with a file that exists', () => {
    const pkg = JSON.parse(read('du-lieu/datapackage.json')) as { resources: { name: string; path: string }[]; licenses: unknown[] };
    expect(pkg.resources.map((r) => r.name)).toEqual(tableNames.filter((t) => source.present[t]));
    for (const r of pkg.resources) expect(existsSync(join(dir, 'du-lieu', r.path)), r.path).toBe(true);
    expect(pkg.licenses.length).toBeGreaterThan(0);
  });

  it('offers a template for every table', () => {
    for (const t of tableNames) expect(read(`du-lieu/mau/${t}.csv`).replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(Object.keys(tables[t].columns).join(','));
  });

  it.each(['', 'en/'])('the dictionary (%s) lists every column of every table', (prefix) => {
    const html = read(`${prefix}du-lieu/tu-dien/index.html`);
    for (const t of tableNames) {
      expect(html, t).toContain(`id="${t}"`);
      for (const col of Object.keys(tables[t].columns)) {
        const row = new RegExp(`<tr id="${t}-${col}"[^>]*>\\s*<th scope="row"[^>]*><code[^>]*>${col}</code>`).test(html);
        expect(row, `${t}.${col}`).toBe(true);
      }
    }
  });

  it.each([['vi', ''], ['en', 'en/']] as const)('the data-quality page (%s) lists every warning with file, line and both numbers', (lang, prefix) => {
    const html = read(`${prefix}du-lieu/chat-luong/index.html`);
    const items = html.split('<li id="w-').slice(1);
    const warnings = source.issues.warnings;
    expect(items).toHaveLength(warnings.length);
    for (const w of warnings) {
      const where = `${w.file}${w.line !== undefined ? `:${w.line}` : ''}`;
      const item = items.find((i) => text(i).includes(where) && text(i).includes(w[lang]));
      expect(item, `${where} ${w.kind}`).toBeDefined();
      if (w.reported !== undefined) expect(text(item!)).toContain(formatNumber(w.reported, lang, 4));
      if (w.computed !== undefined) expect(text(item!)).toContain(formatNumber(w.computed, lang, 4));
      for (const r of w.related ?? []) expect(text(item!)).toContain(`${r.file}:${r.line}`);
    }
  });

  it.runIf(hasAddress)('the sitemap lists every built page that is not noindex, in both languages', () => {
    // The index names the sitemap's parts by URL; their files are at the site's root.
    const parts = [...read('sitemap-index.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.split('/').pop()!);
    expect(parts.length).toBeGreaterThan(0);
    const sitemap = parts.map(read).join('\n');
    const locs = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!.replace(/&amp;/g, '&')).pathname));
    const expected = htmlPages(dir)
      .filter((f) => !/<meta name="robots" content="noindex"/.test(readFileSync(f, 'utf8')))
      .map((f) => '/' + relative(dir, f).split(sep).join('/').replace(/index\.html$/, ''));
    expect(expected.length).toBeGreaterThan(10);
    expect([...locs].sort()).toEqual(expected.sort());
    expect(expected.some((p) => /^\/xa\/[^/]+\/$/.test(p))).toBe(true);
    expect(expected.some((p) => /^\/en\/xa\/[^/]+\/$/.test(p))).toBe(true);
    // Each page names itself and its other language.
    for (const url of sitemap.match(/<url>[\s\S]*?<\/url>/g) ?? []) {
      const loc = new URL(/<loc>([^<]+)</.exec(url)![1]!).pathname;
      const vi = loc.replace(/^\/en\//, '/');
      expect([...url.matchAll(/hreflang="(vi|en)" href="([^"]+)"/g)].map((m) => `${m[1]} ${new URL(m[2]!).pathname}`).sort(), loc).toEqual([`en /en${vi}`, `vi ${vi}`]);
    }
  });

  it.skipIf(hasAddress)('without an address, writes no sitemap and no canonical link, and robots.txt names none', () => {
    expect(existsSync(join(dir, 'sitemap-index.xml'))).toBe(false);
    expect(read('robots.txt')).not.toMatch(/sitemap/i);
    for (const f of htmlPages(dir).slice(0, 50)) expect(readFileSync(f, 'utf8'), f).not.toContain('rel="canonical"');
  });

  it('the Atom feeds are well-formed enough to parse and carry the change sets', () => {
    for (const prefix of ['', 'en/']) {
      const xml = read(`${prefix}feed.xml`);
      expect(xml).toMatch(/^<\?xml[^>]*>\s*<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/);
      expect((xml.match(/<entry>/g) ?? []).length).toBe((xml.match(/<\/entry>/g) ?? []).length);
      expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#)/);
    }
  });
});

describe('the default site’s data-quality page shows the report’s own contradictions', () => {
  const html = readFileSync(join(sites.default!, 'du-lieu/chat-luong/index.html'), 'utf8');
  const items = html.split('<li id="w-').slice(1).map(text);
  it.each([
    ['96,8% printed for 31/32', 'percent_mismatch', ['96,8', '96,9']],
    ['"9/9" district criteria with only 6 listed', 'computed_mismatch', ['9', '6']],
    ['29 cultural houses against 13 renovated + 14 built', 'funding_quantity_sum', ['29', '27']],
  ])('%s', (_, kind, numbers) => {
    expect(html).toContain(`id="${kind}"`);
    const found = items.filter((i) => i.startsWith(kind.replaceAll('_', '-'))).some((i) => numbers.every((n) => new RegExp(`(^|[^\\d,])${n}([^\\d,]|$)`).test(i)));
    expect(found).toBe(true);
  });
});
