// The funding page against funding.csv: every line anchored and nested under
// its parent, amounts in million VND with "≈ … tỷ đồng" beside large ones,
// sums of sub-lines, and a data-quality link where the figures do not add up.
import { describe, expect, inject, it } from 'vitest';
import { loadDataDir } from '../../src/ingest/load.ts';
import type { Tables } from '../../src/contract/rows.ts';
import { testSites } from '../setup/build-sites.ts';
import { LANGS, fmt, main, page, text } from './site2-html.ts';

const sites = inject('sites');

/** The HTML of the <li id="…"> element, up to its matching </li>. */
function lineHtml(html: string, id: string): string {
  const start = html.indexOf(`<li id="${id}"`);
  if (start < 0) return '';
  let depth = 0;
  const re = /<li[\s>]|<\/li>/g;
  re.lastIndex = start;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[0] === '</li>' ? -1 : 1;
    if (depth === 0) return html.slice(start, m.index + 5);
  }
  return html.slice(start);
}
const head = (li: string) => text(/<div class="line-head"[^>]*>([\s\S]*?)<\/div>/.exec(li)?.[1] ?? '');

for (const name of Object.keys(sites)) {
  const dataDir = testSites[name]?.data;
  const data = dataDir ? (loadDataDir(dataDir).data as Tables) : undefined;
  const lines = data?.funding ?? [];
  describe(`funding page on the ${name} site`, () => {
    it.skipIf(lines.length === 0)('every line has an id anchor and sits inside its parent line', () => {
      for (const lang of LANGS) {
        const html = main(page(sites[name]!, lang, 'kinh-phi'));
        for (const line of lines) {
          const li = lineHtml(html, line.id);
          expect(li, line.id).not.toBe('');
          if (line.parent_id) expect(lineHtml(html, line.parent_id)).toContain(`<li id="${line.id}"`);
        }
      }
    });

    it.skipIf(lines.length === 0)('amounts are shown in million VND, with the billions beside large ones', () => {
      for (const lang of LANGS) {
        const html = main(page(sites[name]!, lang, 'kinh-phi'));
        for (const line of lines.filter((l) => l.amount !== undefined)) {
          const h = head(lineHtml(html, line.id));
          expect(h, line.id).toContain(`${fmt(line.amount!, lang)} ${lang === 'vi' ? 'triệu đồng' : 'million VND'}`);
          if (line.amount! >= 1000) {
            const billions = fmt(Math.round(line.amount! / 100) / 10, lang);
            expect(h, line.id).toContain(lang === 'vi' ? `≈ ${billions} tỷ đồng` : `≈ ${billions} billion VND`);
          }
        }
      }
    });

    it.skipIf(lines.length === 0)('a parent line shows the sum of its sub-lines, and links to data quality when quantities do not add up', () => {
      const html = main(page(sites[name]!, 'vi', 'kinh-phi'));
      for (const parent of lines) {
        const kids = lines.filter((l) => l.parent_id === parent.id);
        if (kids.length === 0) continue;
        const li = lineHtml(html, parent.id);
        const own = li.slice(0, li.indexOf('<ol class="funding-children"'));
        if (kids.every((k) => k.amount !== undefined)) {
          expect(text(own), parent.id).toContain(`Cộng các khoản con: ${fmt(kids.reduce((s, k) => s + k.amount!, 0), 'vi')} triệu đồng`);
        }
        const sameUnit = kids.every((k) => k.quantity !== undefined && k.quantity_unit === parent.quantity_unit);
        const kidsQty = kids.reduce((s, k) => s + (k.quantity ?? 0), 0);
        if (parent.quantity !== undefined && sameUnit && kidsQty !== parent.quantity) {
          expect(own, parent.id).toContain('/du-lieu/chat-luong/');
        }
      }
    });

    it.skipIf(lines.length === 0)('the page states the total of the top-level lines', () => {
      const roots = lines.filter((l) => !l.parent_id);
      const total = roots.reduce((s, r) => s + (r.amount ?? lines.filter((c) => c.parent_id === r.id).reduce((t, c) => t + (c.amount ?? 0), 0)), 0);
      for (const lang of LANGS) {
        const lead = text(/<p class="lead"[^>]*>([\s\S]*?)<\/p>/.exec(page(sites[name]!, lang, 'kinh-phi'))?.[1] ?? '');
        expect(lead).toContain(fmt(total, lang));
      }
    });

    it.skipIf(lines.length === 0)('lines with a legal basis that is a known document link to it', () => {
      const html = main(page(sites[name]!, 'vi', 'kinh-phi'));
      for (const line of lines.filter((l) => l.basis)) {
        const doc = (data!.documents ?? []).find((d) => d.number.toLowerCase() === line.basis!.toLowerCase());
        const li = lineHtml(html, line.id);
        const facts = li.slice(0, li.indexOf('</ul>'));
        if (doc) expect(facts, line.id).toContain(`/van-ban/#${doc.id}"`);
      }
    });
  });
}
