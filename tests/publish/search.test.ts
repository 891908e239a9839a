// Search on the built default site, through its own Pagefind index and
// pagefind.js run in Node, with the query folded as the search page folds it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { indexedText } from '../../src/publish/search-index.ts';
import { loadDataDir } from '../../src/ingest/load.ts';
import { foldVietnamese, slugify } from '../../src/lib/text.ts';
import { testSites } from '../setup/build-sites.ts';
import { pagefindSearch, type Hit } from './pagefind-node.ts';

const dir = inject('sites').default!;
const fold = (s: string) => foldVietnamese(s).toLowerCase();

/** Built pages of one language with their URL, <h1> and indexed text. */
function builtPages(lang: 'vi' | 'en'): { url: string; h1: string; text: string }[] {
  const out: { url: string; h1: string; text: string }[] = [];
  const walk = (d: string, url: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory() && e.name !== 'pagefind') walk(join(d, e.name), `${url}${e.name}/`);
      else if (e.name === 'index.html') {
        const html = readFileSync(join(d, e.name), 'utf8');
        if (!html.includes(`<html lang="${lang}"`)) continue;
        const indexed = indexedText(html);
        if (!indexed) continue;
        const h1 = indexed.blocks.find((b) => b.weight === 7)?.text ?? '';
        out.push({ url, h1, text: indexed.blocks.map((b) => b.text).join(' ') });
      }
    }
  };
  walk(dir, '/');
  return out;
}

describe('search on the default site', () => {
  let vi: (q: string, kind?: string) => Promise<Hit[]>;
  let en: (q: string, kind?: string) => Promise<Hit[]>;
  const pages = builtPages('vi');

  beforeAll(async () => {
    vi = await pagefindSearch(dir, 'vi');
    en = await pagefindSearch(dir, 'en');
  });

  it('"dong loi" returns the unit page titled Đồng Lợi first', async () => {
    const unit = pages.find((p) => /^\/xa\/[^/]+\/$/.test(p.url) && fold(p.h1) === 'dong loi');
    expect(unit, 'a unit page with <h1> Đồng Lợi').toBeDefined();
    const hits = await vi('dong loi');
    expect(hits[0]?.url).toBe(unit!.url);
    expect((await vi('Đồng Lợi'))[0]?.url).toBe(unit!.url);
  });

  it('"duong" finds every page containing "đường"', async () => {
    const withWord = pages.filter((p) => /đường/i.test(p.text)).map((p) => p.url);
    expect(withWord.length).toBeGreaterThan(0);
    const hits = (await vi('duong')).map((h) => h.url);
    for (const url of withWord) expect(hits, url).toContain(url);
  });

  it('"sam bao" finds the sâm báo OCOP products', async () => {
    const hits = await vi('sam bao');
    const products = hits.filter((h) => h.kind === 'product');
    expect(products.length).toBeGreaterThan(0);
    expect(products.some((h) => /sâm báo/i.test(h.content))).toBe(true);
  });

  it('"tan ninh" finds every unit merged into Tân Ninh', async () => {
    const units = loadDataDir(testSites.default!.data).data.units!;
    const merged = units.filter((u) => u.successor_name && fold(u.successor_name) === 'tan ninh');
    expect(merged.length).toBeGreaterThan(0);
    const hits = await vi('tan ninh');
    for (const u of merged) {
      const page = pages.find((p) => /^\/xa\/[^/]+\/$/.test(p.url) && p.h1 === u.name);
      expect(page, u.name).toBeDefined();
      expect(hits.map((h) => h.url), u.name).toContain(page!.url);
    }
  });

  // The 2025 communes of the reference facts: each has a page of its own, not one of units.csv.
  const presentPage = (name: string, code: string) => {
    const units = loadDataDir(testSites.default!.data).data.units!;
    const unitUrls = new Set(units.map((u) => `/xa/${slugify(u.name)}-${slugify(u.code)}/`));
    const found = pages.filter((p) => /^\/xa\/[^/]+\/$/.test(p.url) && !unitUrls.has(p.url) && p.h1 === name && p.text.includes(code));
    expect(found.map((p) => p.url), name).toHaveLength(1);
    return found[0]!.url;
  };

  it('"Thọ Phú", typed with or without diacritics, returns the present-day Thọ Phú (15763) first, not the old Thọ Phú', async () => {
    const url = presentPage('Thọ Phú', '15763');
    for (const q of ['Thọ Phú', 'tho phu']) expect((await vi(q))[0]?.url, q).toBe(url);
    expect((await vi('tho phu', 'commune'))[0]?.url).toBe(url);
  });

  it('"tan ninh" returns the present-day Tân Ninh page first', async () => {
    const url = presentPage('Tân Ninh', '15715');
    expect((await vi('tan ninh'))[0]?.url).toBe(url);
    expect((await en('tan ninh'))[0]?.url).toBe(`/en${url}`);
  });

  it('a document number is findable, typed with or without diacritics', async () => {
    for (const q of ['207/QĐ-UBND', '207/QD-UBND', '207 qd ubnd']) {
      const hits = await vi(q);
      expect(hits.some((h) => h.kind === 'document' && h.content.includes('207/QĐ-UBND')), q).toBe(true);
    }
  });

  it('the kind filter keeps only that kind', async () => {
    const hits = await vi('dong loi', 'commune');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.kind === 'commune')).toBe(true);
  });

  it('Vietnamese and English pages are separate indexes', async () => {
    const viHits = await vi('dong loi');
    const enHits = await en('dong loi');
    expect(enHits.length).toBeGreaterThan(0);
    expect(viHits.every((h) => !h.url.startsWith('/en/'))).toBe(true);
    expect(enHits.every((h) => h.url.startsWith('/en/'))).toBe(true);
    expect(enHits[0]?.url).toMatch(/^\/en\/xa\/[^/]+\/$/);
  });

  it('the search page itself is not indexed', async () => {
    const hits = await vi('tim kiem');
    expect(hits.some((h) => h.url.includes('/tim-kiem/'))).toBe(false);
  });
});
