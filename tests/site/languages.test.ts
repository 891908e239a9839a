// One language per page: a Vietnamese page never shows the English twin of a
// text from the data, an English page never shows the Vietnamese text the
// data translate, and no page of the built site carries a loopback address.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readCsv } from '../e2e/data.ts';
import { htmlAndTextFiles, htmlFiles, main, text } from './site2-html.ts';

const dist = () => {
  const dir = inject('sites').default;
  if (!dir) throw new Error('the default test site was not built');
  return dir;
};

/** Every text of the data that has an English twin: the pair. */
function twins(): { vi: string; en: string; where: string }[] {
  const out: { vi: string; en: string; where: string }[] = [];
  const tables = ['units', 'unit-status', 'criteria-status', 'indicator-values', 'ocop-products', 'funding', 'production-models', 'documents', 'unit-changes'];
  for (const table of tables) {
    for (const row of readCsv(`${table}.csv`)) {
      for (const [column, en] of Object.entries(row)) {
        if (!column.endsWith('_en') || !en) continue;
        const vi = row[column.slice(0, -3)];
        if (vi && vi !== en) out.push({ vi, en, where: `${table}.${column.slice(0, -3)}` });
      }
    }
  }
  return out;
}

const pagesOf = (lang: 'vi' | 'en') =>
  htmlFiles(dist())
    .map((f) => relative(dist(), f))
    .filter((f) => (lang === 'en' ? f.startsWith('en/') : !f.startsWith('en/')) && !f.startsWith('nhung/') && !f.startsWith('en/nhung/') && f !== '404.html');

describe('one language per page', () => {
  const pairs = twins();
  // Texts short enough to be part of ordinary words would match by chance.
  const telling = pairs.filter((p) => p.en.length >= 12 && p.vi.length >= 12);

  it('has twins to check in the default data', () => {
    expect(telling.length).toBeGreaterThan(50);
  });

  it('no Vietnamese page shows the English twin of a text of the data', () => {
    const found: string[] = [];
    for (const f of pagesOf('vi')) {
      const body = text(main(readFileSync(join(dist(), f), 'utf8')));
      for (const p of telling) if (body.includes(p.en)) found.push(`/${f}: ${p.where} “${p.en.slice(0, 50)}”`);
    }
    expect(found.slice(0, 20)).toEqual([]);
  });

  it('no English page shows the Vietnamese text of the data where an English twin exists', () => {
    const found: string[] = [];
    for (const f of pagesOf('en')) {
      // Examples of a Vietnamese column's values (the dictionary) are code, not prose.
      const body = text(main(readFileSync(join(dist(), f), 'utf8')).replace(/<code[\s\S]*?<\/code>/g, ' '));
      for (const p of telling) if (body.includes(p.vi)) found.push(`/${f}: ${p.where} “${p.vi.slice(0, 50)}”`);
    }
    expect(found.slice(0, 20)).toEqual([]);
  });

  it('no cell of the data holds both languages at once (“VI / EN”)', () => {
    const mixed = pairs.filter((p) => p.vi.includes(' / ') && /[a-z]{4,} [a-z]{3,}/.test(p.vi.split(' / ').at(-1)!));
    expect(mixed.map((p) => `${p.where}: ${p.vi.slice(0, 60)}`)).toEqual([]);
  });
});

describe('units of quantities on English pages', () => {
  it('are in English where the word is known (“2 facilities”, “11 communes”), and no “công trình” is left unmarked', () => {
    const page = readFileSync(join(dist(), 'en/kinh-phi/index.html'), 'utf8');
    const body = text(main(page));
    const lines = readCsv('funding.csv').filter((r) => r.quantity_unit === 'công trình' || r.quantity_unit === 'xã');
    expect(lines.length).toBeGreaterThan(0);
    for (const r of lines) expect(body).toContain(`${r.quantity} ${r.quantity_unit === 'xã' ? 'communes' : 'facilities'}`);
    // Data-quality warnings quote the cells as staff wrote them, by design.
    const unmarked = text(main(page).replace(/<span lang="vi">[\s\S]*?<\/span>/g, ' ').replace(/<ul class="line-warnings"[^>]*>[\s\S]*?<\/ul>/g, ' '));
    expect(unmarked).not.toMatch(/công trình/i);
  });
});

describe('the site’s address', () => {
  it('is never a loopback address: no file of the built site names 127.0.0.1 or localhost', () => {
    const hits = htmlAndTextFiles(dist()).filter((f) => /127\.0\.0\.1|localhost/i.test(readFileSync(f, 'utf8')));
    expect(hits.map((f) => relative(dist(), f))).toEqual([]);
  });
});
