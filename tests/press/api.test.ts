// The static JSON API of the built default site: an index of every unit and
// indicator in the CSVs, a file for each, and files that agree with the pages
// built from the same model (unit pages, and the rows of /chi-tieu/).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { codeLabel } from '../../src/contract/codes.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { readCsv } from '../e2e/data.ts';
import { decode, fmt, main, text } from '../site/site2-html.ts';

const vi = useTranslations('vi');
const dir = inject('sites').default!;
type Json = Record<string, any>;
const readJson = (url: string): Json => JSON.parse(readFileSync(join(dir, new URL(url).pathname), 'utf8'));
const index = JSON.parse(readFileSync(join(dir, 'api/v1/index.json'), 'utf8')) as Json;
const units = readCsv('units.csv');
const indicators = readCsv('indicators.csv');
const valueRows = readCsv('indicator-values.csv');
const count = (file: string, pick: (r: Record<string, string>) => boolean) => readCsv(file).filter(pick).length;

describe('the JSON API', () => {
  it('has an index of every unit and indicator in the CSVs, each with a file that exists', () => {
    expect(index.format).toBe('ntm-api');
    expect(index.version).toBe(1);
    expect(index.units.map((u: Json) => u.code).sort()).toEqual(units.map((u) => u.code).sort());
    expect(index.indicators.map((i: Json) => i.id).sort()).toEqual(indicators.map((i) => i.id).sort());
    for (const entry of [...index.units, ...index.indicators]) {
      expect(new URL(entry.json).pathname).toMatch(/^\/api\/v1\/(units|indicators)\/[A-Za-z0-9._-]+\.json$/);
      expect(existsSync(join(dir, new URL(entry.json).pathname)), entry.json).toBe(true);
    }
  });

  describe.for(units.map((u) => u.code!))('unit %s', (code) => {
    const entry = index.units.find((u: Json) => u.code === code);
    const unit = readJson(entry.json);
    const pagePath = new URL(unit.pages.vi, 'http://site.invalid').pathname;
    const html = readFileSync(join(dir, pagePath, 'index.html'), 'utf8');
    const page = text(main(html));

    it('is the unit of units.csv, and its page carries its name and code', () => {
      const row = units.find((u) => u.code === code)!;
      expect(unit.unit.code).toBe(code);
      expect(unit.unit.name).toBe(row.name);
      expect(unit.unit.level).toBe(row.level);
      expect(unit.unit.parent_code).toBe(row.parent_code || null);
      expect(decode(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)![1]!).replace(/<[^>]+>/g, ' ')).toContain(row.name);
      expect(page).toContain(code);
    });

    it('agrees with its page on standing, criteria met, children, OCOP products, funding and where it is today', () => {
      for (const [standard, s] of Object.entries(unit.standing as Record<string, Json>)) {
        // The page words a standing as the answer panel does, from the interface texts.
        expect(page, `${code} ${standard}`).toContain(vi(`standing.${s.status}` as 'standing.recognized', { standard: codeLabel('standard', standard as 'ntm', 'vi') }));
      }
      for (const series of unit.criteria) {
        const last = series.met.at(-1);
        expect(page).toContain(`Đạt ${last.met}/${series.size} tiêu chí`);
      }
      for (const child of unit.children) expect(page).toContain(child.name);
      for (const p of unit.ocop_products) expect(page).toContain(p.name);
      for (const line of unit.funding_lines) expect(page).toContain(line.item);
      // Where the unit is today: the page's heading names each present-day unit the API gives.
      for (const now of unit.successors) expect(page).toContain(`${now.name} (mã ${now.code})`);
      if (unit.parent) expect(page).toContain(unit.parent.name);
    });

    it('holds as many rows of each kind as the CSVs give for the unit', () => {
      expect(unit.children.length).toBe(count('units.csv', (r) => r.parent_code === code));
      expect(unit.standing_history.length + unit.targets.length).toBe(count('unit-status.csv', (r) => r.unit_code === code));
      expect(unit.ocop_products.length).toBe(count('ocop-products.csv', (r) => r.unit_code === code));
      expect(unit.funding_lines.length).toBe(count('funding.csv', (r) => r.unit_code === code));
      const statuses = unit.criteria.flatMap((s: Json) => s.statuses.flatMap((c: Json) => Object.values(c.by_date).filter((v) => v !== null)));
      expect(statuses.length).toBe(count('criteria-status.csv', (r) => r.unit_code === code));
    });
  });

  describe.for(indicators.map((i) => i.id!))('indicator %s', (id) => {
    const entry = index.indicators.find((i: Json) => i.id === id);
    const ind = readJson(entry.json);
    const html = readFileSync(join(dir, 'chi-tieu/index.html'), 'utf8');

    it('holds every value of indicator-values.csv, each the same as its row on /chi-tieu/', () => {
      const rows = valueRows.filter((v) => v.indicator === id);
      expect(ind.values.length).toBe(new Set(rows.map((r) => `${r.as_of}|${r.kind}`)).size);
      for (const v of ind.values) {
        const anchor = new URL(v.permalink.vi).hash.slice(1);
        const tr = new RegExp(`<tr id="${anchor}"[^>]*>([\\s\\S]*?)</tr>`).exec(html)?.[1];
        expect(tr, anchor).toBeDefined();
        const cells = [...tr!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((m) => text(m[1]!));
        expect(cells[0]).toContain(`${Number(v.as_of.slice(8))}/${Number(v.as_of.slice(5, 7))}/${v.as_of.slice(0, 4)}`);
        expect(cells[2]).toContain(`${fmt(v.value, 'vi')}${v.denominator !== null ? `/${fmt(v.denominator, 'vi')}` : ''}`);
        if (v.source_ref?.document) expect(cells[4]).toContain(v.source_ref.document.number);
        const csvRow = rows.filter((r) => r.as_of === v.as_of && r.kind === v.kind).at(-1)!;
        expect(v.value).toBe(Number(csvRow.value));
      }
    });
  });
});
