// The core public pages, read from the built HTML of each test site:
// overview, indicators, units list, one page per unit, criteria, about, 404.
// Expected values come from the data files, never from the HTML.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadDataDir } from '../../src/ingest/load.ts';
import type { Tables } from '../../src/contract/rows.ts';
import { slugify } from '../../src/lib/text.ts';
import { testSites } from '../setup/build-sites.ts';

const sites = inject('sites');
type Lang = 'vi' | 'en';
const LANGS: Lang[] = ['vi', 'en'];

/** Independent of src/utils/format.ts: vi 64.970 / 9,53 and en 64,970 / 9.53. */
function fmt(n: number, lang: Lang): string {
  const [int, frac] = String(Math.abs(n)).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'vi' ? '.' : ',');
  return `${n < 0 ? '-' : ''}${grouped}${frac ? (lang === 'vi' ? ',' : '.') + frac : ''}`;
}
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function date(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return lang === 'vi' ? `${d}/${m}/${y}` : `${d} ${MONTHS[m - 1]} ${y}`;
}
const decode = (s: string) =>
  s.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))).replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const text = (html: string) => decode(html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
const main = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));

function siteCases(name: string) {
  const dir = sites[name];
  const dataDir = testSites[name]?.data;
  return { dir, data: dir && dataDir ? (loadDataDir(dataDir).data as Tables) : undefined };
}

for (const name of ['default', 'excel']) {
  const { dir, data } = siteCases(name);
  describe.skipIf(!dir || !data)(`core pages of the "${name}" site`, () => {
    const page = (lang: Lang, path: string) => {
      const file = join(dir!, lang === 'en' ? 'en' : '', path, path.endsWith('.html') ? '' : 'index.html');
      expect(existsSync(file), `${file} exists`).toBe(true);
      return readFileSync(file, 'utf8');
    };
    const root = data!.units.find((u) => !u.parent_code)!;
    const nonRoot = data!.units.filter((u) => u !== root);
    const unitSlug = (u: { name: string; code: string }) => [slugify(u.name), slugify(u.code)].filter(Boolean).join('-');
    const prefix = (lang: Lang) => (lang === 'en' ? '/en/' : '/');

    it('has every page type in both languages, and a unit page for every unit including the root', () => {
      for (const lang of LANGS) {
        for (const p of ['', 'chi-tieu/', 'xa/', 'tieu-chi/', 'gioi-thieu/']) expect(page(lang, p)).toContain(`<html lang="${lang}"`);
        for (const u of data!.units) expect(main(page(lang, `xa/${unitSlug(u)}/`))).toContain(`<h1>${u.name.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</h1>`);
      }
      expect(existsSync(join(dir!, '404.html'))).toBe(true);
    });

    it('links the language switch to the same page in the other language', () => {
      const someUnit = nonRoot[0] ?? root;
      for (const p of ['', 'chi-tieu/', 'xa/', 'tieu-chi/', 'gioi-thieu/', `xa/${unitSlug(someUnit)}/`]) {
        for (const lang of LANGS) {
          const other: Lang = lang === 'vi' ? 'en' : 'vi';
          const m = /<a class="lang-switch" href="([^"]+)" hreflang="(\w+)"/.exec(page(lang, p));
          expect(m?.[1]).toBe(`${prefix(other)}${p}`);
          expect(m?.[2]).toBe(other);
        }
      }
    });

    it('writes numbers and dates in each language’s format on the indicators page', () => {
      const values = data!['indicator-values'];
      const big = values.filter((v) => v.value >= 1000).sort((a, b) => b.value - a.value)[0];
      const decimal = values.find((v) => !Number.isInteger(v.value));
      const dates = [...new Set(values.map((v) => v.as_of))];
      for (const lang of LANGS) {
        const body = text(main(page(lang, 'chi-tieu/')));
        if (big) {
          expect(body).toContain(fmt(big.value, lang));
          expect(body).not.toContain(fmt(big.value, lang === 'vi' ? 'en' : 'vi'));
        }
        if (decimal) expect(body).toContain(fmt(decimal.value, lang));
        for (const d of dates) expect(body).toContain(date(d, lang));
      }
      if (big) expect(big.value).toBeGreaterThanOrEqual(1000);
    });

    it('publishes every indicator and every value row with a permalink anchor on /chi-tieu/', () => {
      for (const lang of LANGS) {
        const html = page(lang, 'chi-tieu/');
        for (const ind of data!.indicators) expect(text(html)).toContain(lang === 'vi' ? ind.name_vi : ind.name_en ?? ind.name_vi);
        for (const v of data!['indicator-values']) expect(html).toContain(`id="${slugify(v.indicator)}-${v.as_of}-${v.kind}"`);
      }
    });

    it('gives every headline figure an anchor, as-of date and a link to its row; the page is cited once, with its address', () => {
      for (const lang of LANGS) {
        const html = page(lang, '');
        const cards = main(html).split('<li class="figure"').slice(1);
        const withActual = new Set(data!['indicator-values'].filter((v) => v.kind === 'actual').map((v) => v.indicator));
        expect(cards.length).toBe(Math.min(8, withActual.size));
        const indicatorsPage = page(lang, 'chi-tieu/');
        for (const card of cards) {
          const id = /^ id="([^"]+)"/.exec(card)?.[1];
          expect(id).toBeTruthy();
          expect(card).toContain(`href="${prefix(lang)}chi-tieu/#${id}"`);
          const row = indicatorsPage.split(`id="${id}"`)[1];
          expect(row, `row ${id} on chi-tieu/`).toBeTruthy();
          const asOf = id!.match(/(\d{4}-\d{2}-\d{2})-actual$/)?.[1];
          expect(asOf).toBeTruthy();
          expect(card).toContain(`<time datetime="${asOf}">${date(asOf!, lang)}</time>`);
          // The row's own citation, used when a reader arrives at its permalink.
          const rowCite = /^[^>]*data-cite-text="([^"]+)"/.exec(row!)?.[1];
          expect(decode(rowCite ?? '')).toContain(date(asOf!, lang));
        }
        const cites = main(html).match(/<span class="cite-text"[^>]*>[\s\S]*?<\/span><\/span>/g) ?? [];
        expect(cites).toHaveLength(1);
        // The page's address: absolute when the site has one, else its path (completed by the browser when copied).
        const url = /<span data-cite-url>([^<]+)<\/span>/.exec(cites[0]!)?.[1];
        expect(url).toMatch(new RegExp(`^(https?://[^/]+)?${prefix(lang)}$`));
      }
    });

    it('shows both the printed and the computed percent where they disagree', () => {
      const off = data!['indicator-values'].filter((v) => {
        if (v.reported_percent === undefined || !v.denominator) return false;
        const places = (String(v.reported_percent).split('.')[1] ?? '').length;
        const exact = (v.value / v.denominator) * 100;
        return Math.abs(Math.round(exact * 10 ** places) / 10 ** places - v.reported_percent) > 1e-9;
      });
      for (const v of off) {
        for (const lang of LANGS) {
          const row = page(lang, 'chi-tieu/').split(`id="${slugify(v.indicator)}-${v.as_of}-${v.kind}"`)[1]!.split('</tr>')[0]!;
          expect(text(row)).toContain(`${fmt(v.reported_percent!, lang)}%`);
          const exact = Math.round((v.value / v.denominator!) * 100 * 1000) / 1000;
          expect(text(row)).toContain(`${fmt(exact, lang)}%`);
          expect(row).toContain('du-lieu/chat-luong/');
        }
      }
    });

    it('lists one row per non-root unit in the units table, each linking to its page', () => {
      for (const lang of LANGS) {
        const html = page(lang, 'xa/');
        const rows = html.split('<tbody>')[1]!.split('</tbody>')[0]!.split('<tr ').slice(1);
        expect(rows.length).toBe(nonRoot.length);
        for (const u of nonRoot) expect(html).toContain(`href="${prefix(lang)}xa/${unitSlug(u)}/"`);
      }
    });

    it('keeps the units-table script tiny', () => {
      const scripts = [...page('vi', 'xa/').matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
      expect(scripts.length).toBeGreaterThan(0);
      expect(scripts.join('').length).toBeLessThan(3072);
    });

    it('names the successor on the page of every merged unit, and links the units merged with it', () => {
      for (const u of data!.units.filter((x) => x.successor_code || x.successor_name)) {
        for (const lang of LANGS) {
          const html = page(lang, `xa/${unitSlug(u)}/`);
          const section = /<section[^>]*aria-labelledby="lineage-h"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
          const line = text(/<h2 id="lineage-h"[\s\S]*?<\/h2>/.exec(section)?.[0] ?? '');
          if (u.successor_name) expect(line).toContain(u.successor_name);
          if (u.successor_code) expect(line).toContain(u.successor_code);
          if (u.successor_from) expect(text(section)).toContain(date(u.successor_from, lang));
          const peers = data!.units.filter((p) => p !== u && p.successor_code === u.successor_code && p.successor_name === u.successor_name);
          for (const p of peers) expect(html).toContain(`href="${prefix(lang)}xa/${unitSlug(p)}/"`);
        }
      }
    });

    it('shows each criterion status in text, with the status as the cell\'s class (its icon comes from CSS), not colour alone', () => {
      const labels = { vi: { met: 'đạt', largely_met: 'cơ bản đạt', not_met: 'chưa đạt' }, en: { met: 'met', largely_met: 'largely met', not_met: 'not met' } };
      const status = data!['criteria-status'] ?? [];
      const byUnit = new Map<string, typeof status>();
      for (const s of status) byUnit.set(s.unit_code, [...(byUnit.get(s.unit_code) ?? []), s]);
      for (const [code, rows] of byUnit) {
        const u = data!.units.find((x) => x.code === code)!;
        const latest = new Map<string, string>();
        for (const r of rows) if (!latest.has(r.set) || r.as_of > latest.get(r.set)!) latest.set(r.set, r.as_of);
        const current = rows.filter((r) => r.as_of === latest.get(r.set));
        for (const lang of LANGS) {
          const html = page(lang, `xa/${unitSlug(u)}/`);
          for (const st of ['met', 'largely_met', 'not_met'] as const) {
            const cells = html.match(new RegExp(`<td class="${st}"(?: data-label="[^"]*")?>[^<]*</td>`, 'g')) ?? [];
            expect(cells.length).toBeGreaterThanOrEqual(current.filter((r) => r.status === st).length);
            for (const c of cells) expect(c.replace(/ data-label="[^"]*"/, '')).toBe(`<td class="${st}">${labels[lang][st]}</td>`);
          }
        }
      }
      expect(status.length === 0 || byUnit.size > 0).toBe(true);
    });

    it('explains sets whose criteria are not itemised instead of inventing them', () => {
      const itemised = new Set((data!.criteria ?? []).map((c) => c.set));
      for (const set of data!['criteria-sets'].filter((s) => !itemised.has(s.id))) {
        for (const lang of LANGS) {
          const section = page(lang, 'tieu-chi/').split(`<section id="${set.id}"`)[1]!.split('</section>')[0]!;
          expect(section).toContain(lang === 'vi' ? 'không được công bố' : 'not published');
          expect(section).not.toContain('<table');
        }
      }
    });
  });
}

describe('the 404 page', () => {
  it.skipIf(!sites.default)('speaks both languages and links to both home pages', () => {
    const html = readFileSync(join(sites.default!, '404.html'), 'utf8');
    expect(html).toContain('Không tìm thấy trang');
    expect(html).toMatch(/<div lang="en">[\s\S]*Page not found|Page not found/);
    expect(html).toContain('href="/"');
    expect(html).toContain('href="/en/"');
  });
});
