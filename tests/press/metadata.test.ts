// Metadata that machines read: the schema.org Dataset JSON-LD on the
// open-data pages, serialised so that no text in it can end its script
// element; and datapackage.json naming each CSV's dialect.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { datasetJsonLd, jsonForScript, temporalCoverage } from '../../src/publish/json-ld.ts';
import { tables, tableNames } from '../../src/contract/tables.ts';
import { readCsv } from '../e2e/data.ts';

const dir = inject('sites').default!;
type Json = Record<string, any>;

function jsonLdOf(html: string): Json[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
}

/** Actual as-of dates from the CSVs, independently of the model. */
function actualDates(): string[] {
  const dates = [
    ...readCsv('indicator-values.csv').filter((r) => r.kind === 'actual').map((r) => r.as_of!),
    ...readCsv('unit-status.csv').filter((r) => (r.kind || 'actual') === 'actual').map((r) => r.as_of!),
    ...readCsv('criteria-status.csv').map((r) => r.as_of!),
  ];
  return [...new Set(dates)].sort();
}

describe.each([
  ['vi', 'du-lieu/index.html'],
  ['en', 'en/du-lieu/index.html'],
])('the Dataset JSON-LD of the %s open-data page', (lang, file) => {
  const html = readFileSync(join(dir, file), 'utf8');
  const all = jsonLdOf(html);
  const ds = all[0]!;

  it('parses, once, as a schema.org Dataset', () => {
    expect(all).toHaveLength(1);
    expect(ds['@context']).toBe('https://schema.org');
    expect(ds['@type']).toBe('Dataset');
    expect(ds.inLanguage).toBe(lang);
  });

  it('has a name, and a description of 50 to 5,000 characters', () => {
    expect(ds.name.length).toBeGreaterThan(5);
    expect(ds.description.length).toBeGreaterThanOrEqual(50);
    expect(ds.description.length).toBeLessThanOrEqual(5000);
  });

  it('covers the as-of dates of the data and the root unit', () => {
    const dates = actualDates();
    expect(ds.temporalCoverage).toBe(`${dates[0]}/${dates.at(-1)}`);
    const root = readCsv('units.csv').find((u) => !u.parent_code)!;
    expect(ds.spatialCoverage['@type']).toBe('Place');
    expect(ds.spatialCoverage.name).toContain(root.name);
    expect(ds.spatialCoverage.identifier).toBe(root.code);
  });

  it('names the licence, creator and publisher', () => {
    expect(ds.license).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(ds.creator.length).toBeGreaterThan(0);
    for (const c of ds.creator) expect(c).toMatchObject({ '@type': 'Organization', name: expect.any(String) });
    expect(ds.publisher).toMatchObject({ '@type': 'Organization', name: expect.stringContaining(readCsv('units.csv').find((u) => !u.parent_code)!.name!) });
  });

  it('has a DataDownload per table and format, each a file of the site', () => {
    const present = tableNames.filter((n) => existsSync(join(dir, `du-lieu/${n}.csv`)));
    expect(present.length).toBeGreaterThan(5);
    const got = ds.distribution.map((d: Json) => `${d['@type']} ${d.encodingFormat} ${new URL(d.contentUrl).pathname}`).sort();
    const want = present.flatMap((n) => [`DataDownload text/csv /du-lieu/${n}.csv`, `DataDownload application/json /du-lieu/${n}.json`]).sort();
    expect(got).toEqual(want);
    for (const d of ds.distribution) expect(existsSync(join(dir, new URL(d.contentUrl).pathname))).toBe(true);
  });
});

describe('JSON-LD serialisation', () => {
  it('escapes <, > and & so that data cannot close the script element, and stays the same JSON', () => {
    const hostile = { name: '</script><script>alert(1)</script><!-- & \u2028' };
    const out = jsonForScript(hostile);
    expect(out).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(out)).toEqual(hostile);
  });

  it('refuses a description shorter than 50 characters, and covers a single date as that date', () => {
    const info = { name: 'x', description: 'too short', url: 'u', inLanguage: 'vi', asOfDates: [], place: { name: 'p', code: '1' }, license: 'l', creators: [], publisher: { name: 'p', url: 'u' }, keywords: [], variables: [], downloads: [] };
    expect(() => datasetJsonLd(info)).toThrow(/50/);
    expect(temporalCoverage(['2021-09-30'])).toBe('2021-09-30');
  });
});

describe('datapackage.json', () => {
  it('gives every CSV resource its dialect explicitly: comma, double quote, CRLF, a header row', () => {
    const pkg = JSON.parse(readFileSync(join(dir, 'du-lieu/datapackage.json'), 'utf8')) as Json;
    expect(pkg.resources.length).toBeGreaterThan(5);
    for (const r of pkg.resources) {
      expect(r.dialect, r.name).toEqual({ delimiter: ',', quoteChar: '"', doubleQuote: true, lineTerminator: '\r\n', header: true });
      // The files really are what the dialect says.
      const csv = readFileSync(join(dir, 'du-lieu', r.path), 'utf8').replace(/^\uFEFF/, '');
      expect(csv.split('\r\n')[0]).toBe(Object.keys(tables[r.name as 'units'].columns).join(','));
    }
  });
});
