// OCOP, production models and documents pages against their CSV files: every
// row is listed with an anchor and its fields, read from the data here.
import { describe, expect, inject, it } from 'vitest';
import { loadDataDir } from '../../src/ingest/load.ts';
import type { Tables } from '../../src/contract/rows.ts';
import { testSites } from '../setup/build-sites.ts';
import { LANGS, main, page, text } from './site2-html.ts';

const sites = inject('sites');
const STATUS = {
  vi: { certified: 'đã công nhận', in_progress: 'đang hoàn thiện', expired: 'hết hạn' },
  en: { certified: 'certified', in_progress: 'in progress', expired: 'expired' },
};

/** A free-text cell as each language shows it: its English twin on English pages, when the data give one. */
function local(row: object, column: string, lang: (typeof LANGS)[number]): string {
  const r = row as Record<string, unknown>;
  return String((lang === 'en' && r[`${column}_en`]) || r[column]);
}

function rowOf(html: string, id: string): string {
  const start = html.indexOf(`<tr id="${id}"`);
  return start < 0 ? '' : html.slice(start, html.indexOf('</tr>', start));
}

for (const name of Object.keys(sites)) {
  const dataDir = testSites[name]?.data;
  const data = dataDir ? (loadDataDir(dataDir).data as Tables) : undefined;
  const units = new Map((data?.units ?? []).map((u) => [u.code, u.name]));

  describe(`OCOP page on the ${name} site`, () => {
    const products = data?.['ocop-products'] ?? [];
    it.skipIf(products.length === 0)('lists every product of ocop-products.csv with stars, producer, commune and status', () => {
      for (const lang of LANGS) {
        const html = main(page(sites[name]!, lang, 'ocop'));
        for (const p of products) {
          const row = text(rowOf(html, p.id));
          expect(row, p.id).toContain(local(p, 'name', lang));
          expect(row).toContain(local(p, 'producer', lang));
          expect(row).toContain(units.get(p.unit_code));
          expect(row).toContain(STATUS[lang][p.status]);
          if (p.stars !== undefined) expect(row).toContain(lang === 'vi' ? `${p.stars} sao` : `${p.stars} stars`);
        }
      }
    });

    it.skipIf(products.length === 0)('counts products by status', () => {
      const html = main(page(sites[name]!, 'vi', 'ocop'));
      const counts = /<ul class="ocop-counts"[\s\S]*?<\/ul>/.exec(html)?.[0] ?? '';
      for (const status of ['certified', 'in_progress', 'expired'] as const) {
        const n = products.filter((p) => p.status === status).length;
        if (n > 0) expect(text(counts).replace(/ :/g, ":")).toContain(`${STATUS.vi[status]}: ${n} sản phẩm`);
      }
    });
  });

  describe(`production models page on the ${name} site`, () => {
    const rows = data?.['production-models'] ?? [];
    it.skipIf(rows.length === 0)('shows each model once, with every commune it runs in', () => {
      const html = main(page(sites[name]!, 'vi', 'mo-hinh'));
      const names = [...new Set(rows.map((r) => r.name))];
      for (const n of names) {
        const articles = [...html.matchAll(/<article id="([^"]+)"[\s\S]*?<\/article>/g)].filter((a) => text(/<h2[^>]*>([\s\S]*?)<\/h2>/.exec(a[0])?.[1] ?? '').startsWith(n));
        expect(articles.length, n).toBe(1);
        for (const r of rows.filter((x) => x.name === n && x.unit_code)) expect(text(articles[0]![0])).toContain(units.get(r.unit_code!));
      }
    });
  });

  describe(`documents page on the ${name} site`, () => {
    const docs = data?.documents ?? [];
    it.skipIf(docs.length === 0)('lists every document with its id as anchor, number, issuer and title', () => {
      for (const lang of LANGS) {
        const html = main(page(sites[name]!, lang, 'van-ban'));
        for (const d of docs) {
          const start = html.indexOf(`id="${d.id}"`);
          expect(start, d.id).toBeGreaterThan(0);
          const entry = text(html.slice(html.lastIndexOf('<article', start), html.indexOf('</article>', start)));
          expect(entry).toContain(d.number);
          expect(entry).toContain(local(d, 'title', lang));
          expect(entry).toContain(d.issuer);
        }
      }
    });
  });
}
