// Charts in the built HTML: each has its data as a real table with a caption
// naming date and source, a canvas with a text alternative, and a CSV file
// that exists and holds the same rows. Funding totals are recomputed here from
// funding.csv, independently of the model.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, inject, it } from 'vitest';
import { loadDataDir } from '../../src/ingest/load.ts';
import type { Tables } from '../../src/contract/rows.ts';
import { testSites } from '../setup/build-sites.ts';
import { LANGS, attr, chartFigures, fileExists, htmlFiles, page, parseTable } from './site2-html.ts';

const sites = inject('sites');
const DATE = { vi: /\d{1,2}\/\d{1,2}\/\d{4}/, en: /\d{1,2} [A-Z][a-z]{2} \d{4}/ };

function readCsv(path: string): string[][] {
  const raw = readFileSync(path, 'utf8');
  expect(raw.includes('\r\n') || raw.split('\n').length <= 2).toBe(true);
  return Papa.parse<string[]>(raw.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
}

for (const [name, dir] of Object.entries(sites)) {
  describe(`charts on the ${name} site`, () => {
    const pages = htmlFiles(dir).filter((f) => readFileSync(f, 'utf8').includes('data-chart'));

    it('every chart figure has a captioned data table, a labelled canvas, a summary and a CSV with the same rows', () => {
      for (const file of pages) {
        const html = readFileSync(file, 'utf8');
        const lang = /<html lang="en"/.test(html) ? 'en' : 'vi';
        for (const fig of chartFigures(html)) {
          const table = parseTable(fig);
          expect(table.caption, file).toMatch(DATE[lang]);
          expect(table.caption, file).toContain(lang === 'vi' ? 'Nguồn' : 'Source');
          expect(table.rows.length, file).toBeGreaterThan(0);
          const canvas = /<canvas[^>]*>/.exec(fig)?.[0] ?? '';
          expect(attr(canvas, 'role')).toBe('img');
          expect((attr(canvas, 'aria-label') ?? '').length).toBeGreaterThan(10);
          expect(fig).toMatch(/class="chart-summary"[^>]*>[^<]{10,}/);
          const href = /<a href="([^"]+\.csv)"/.exec(fig)?.[1];
          expect(href, file).toBeDefined();
          const csvPath = fileExists(dir, href!);
          expect(csvPath, `${href} exists`).toBeDefined();
          const csv = readCsv(csvPath!);
          expect(csv[0]!.length).toBe(table.headers.length);
          expect(csv.length - 1).toBe(table.rows.length);
          table.rows.forEach((row, i) => {
            const cells = csv[i + 1]!;
            expect(cells[0]).toBe(row.key);
            expect(cells.slice(1).map((c) => (c === '' ? '' : String(Number(c))))).toEqual(row.values.map((v) => v ?? ''));
          });
        }
      }
    });

    it('the chart script is on chart pages only, and Chart.js is cut down to the bar chart', () => {
      const script = /<script type="module" src="([^"]*Chart[^"]*\.js)"/;
      for (const file of htmlFiles(dir)) {
        const html = readFileSync(file, 'utf8');
        expect(script.test(html), file).toBe(html.includes('data-chart'));
      }
      const chunks = readdirSync(join(dir, '_astro')).filter((f) => f.endsWith('.js'));
      const chartjs = chunks.map((f) => readFileSync(join(dir, '_astro', f), 'utf8')).filter((js) => js.includes('BarController') || /static id=.bar./.test(js));
      expect(chartjs.length).toBeGreaterThan(0);
      for (const js of chartjs) {
        for (const unused of ['doughnut', 'line', 'pie', 'radar', 'polarArea', 'bubble', 'scatter']) {
          expect(js, unused).not.toMatch(new RegExp(`static id=.${unused}.;`));
        }
      }
    });
  });
}

describe('funding charts match funding.csv', () => {
  const dir = sites.default;
  const data = loadDataDir(testSites.default!.data).data as Tables;
  const roots = data.funding.filter((f) => !f.parent_id);
  const amountOf = (id: string): number => {
    const line = data.funding.find((f) => f.id === id)!;
    if (line.amount !== undefined) return line.amount;
    return data.funding.filter((c) => c.parent_id === id).reduce((s, c) => s + (c.amount ?? 0), 0);
  };

  it.skipIf(!dir || roots.length === 0)('the by-source CSV gives each source the sum of its top-level lines', () => {
    for (const lang of LANGS) {
      const html = page(dir!, lang, 'kinh-phi');
      const fig = chartFigures(html).find((f) => f.includes('kinh-phi-theo-nguon'))!;
      const csv = readCsv(fileExists(dir!, /<a href="([^"]+\.csv)"/.exec(fig)![1]!)!);
      const bySource = new Map<string, number>();
      for (const r of roots) bySource.set(r.source, (bySource.get(r.source) ?? 0) + amountOf(r.id));
      const got = csv.slice(1).map((r) => Number(r[1]));
      expect(got.sort((a, b) => a - b)).toEqual([...bySource.values()].sort((a, b) => a - b));
    }
  });

  it.skipIf(!dir || roots.length === 0)('the by-basis CSV gives each legal basis the sum of its top-level lines', () => {
    const html = page(dir!, 'vi', 'kinh-phi');
    const fig = chartFigures(html).find((f) => f.includes('kinh-phi-theo-can-cu'))!;
    const csv = readCsv(fileExists(dir!, /<a href="([^"]+\.csv)"/.exec(fig)![1]!)!);
    const byBasis = new Map<string, number>();
    for (const r of roots) byBasis.set(r.basis ?? '', (byBasis.get(r.basis ?? '') ?? 0) + amountOf(r.id));
    for (const [basis, total] of byBasis) {
      if (!basis) continue;
      expect(csv.find((row) => row[0] === basis)?.[1], basis).toBe(String(total));
    }
  });
});

describe('indicator chart CSV matches indicator-values.csv', () => {
  const dir = sites.default;
  const data = loadDataDir(testSites.default!.data).data as Tables;
  it.skipIf(!dir)('every indicator with values has a CSV whose rows are its values by date', () => {
    for (const ind of data.indicators) {
      const rows = data['indicator-values'].filter((v) => v.indicator === ind.id);
      if (rows.length === 0) continue;
      const file = readdirSync(join(dir!, 'bieu-do')).find((f) => f === `chi-tieu-${ind.id}.csv`);
      expect(file, ind.id).toBeDefined();
      const csv = readCsv(join(dir!, 'bieu-do', file!));
      for (const v of rows) {
        const line = csv.find((r) => r[0] === v.as_of);
        expect(line, `${ind.id} ${v.as_of}`).toBeDefined();
        const col = csv[0]!.findIndex((h) => h.startsWith(v.kind === 'actual' ? 'Thực tế' : 'Mục tiêu'));
        expect(col, `${ind.id} ${v.kind} column`).toBeGreaterThan(0);
        expect(Number(line![col])).toBe(v.value);
      }
    }
  });
});
