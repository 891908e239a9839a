// The criteria on a unit page: one table per criteria set, a row per criterion,
// a column per as-of date (oldest first, latest last and marked), the met count
// per date in the footer; and the parts of a unit page kept out of the search
// index. Expected values come from the CSV files, read here, never from the HTML.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { build } from '../../scripts/build.ts';
import { indexedText } from '../../src/publish/search-index.ts';
import { slugify } from '../../src/lib/text.ts';
import { readCsv } from '../e2e/data.ts';

type Lang = 'vi' | 'en';
const LANGS: Lang[] = ['vi', 'en'];
const LABEL = {
  vi: { met: 'đạt', largely_met: 'cơ bản đạt', not_met: 'chưa đạt', none: 'chưa có số liệu', latest: '(mới nhất)' },
  en: { met: 'met', largely_met: 'largely met', not_met: 'not met', none: 'no data', latest: '(latest)' },
} as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function date(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return lang === 'vi' ? `${d}/${m}/${y}` : `${d} ${MONTHS[m - 1]} ${y}`;
}
const decode = (s: string) =>
  s.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))).replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const text = (html: string) => decode(html.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();
const unitSlug = (u: { name: string; code: string }) => [slugify(u.name), slugify(u.code)].filter(Boolean).join('-');
const cells = (row: string, tag = 'td|th') => [...row.matchAll(new RegExp(`<(${tag})([^>]*)>([\\s\\S]*?)</\\1>`, 'g'))].map((m) => ({ tag: m[1]!, attrs: m[2]!, text: text(m[3]!) }));

interface CriteriaTable {
  headers: string[];
  /** Row headers are `number. name`. */
  rows: { name: string; cells: { cls: string; text: string }[] }[];
  /** The met-count row: its label and one cell per date. */
  sum: string[];
}

/** The part of a unit page about each criteria set (from its <h3 id="tc-…">), by set id. */
function setBlocks(html: string): Map<string, string> {
  const section = html.split('<h2 id="criteria-h">')[1]!.split(/<section aria-labelledby=|<p class="print-hide">/)[0]!;
  return new Map(section.split('<h3 id="tc-').slice(1).map((b) => [b.slice(0, b.indexOf('"')), b]));
}

/** The criteria tables of a unit page, by set id, read from the markup. */
function criteriaTables(html: string): Map<string, CriteriaTable> {
  const out = new Map<string, CriteriaTable>();
  for (const [setId, body] of setBlocks(html)) {
    const tables = body.match(/<table[\s\S]*?<\/table>/g) ?? [];
    expect(tables, `one table for set ${setId}`).toHaveLength(1);
    const table = tables[0]!;
    expect(table).toMatch(/<caption[^>]*>[^<]+<\/caption>/);
    // On narrow screens the table scrolls: its wrapper is focusable and named by the caption.
    const wrapper = /<(\w+)([^>]*)>\s*<table/.exec(body)![2]!;
    expect(wrapper).toContain('tabindex="0"');
    expect(table).toContain(`<caption id="${/aria-labelledby="([^"]+)"/.exec(wrapper)?.[1]}"`);
    const head = /<thead>([\s\S]*?)<\/thead>/.exec(table)![1]!;
    const headCells = cells(head);
    expect(headCells.every((c) => c.tag === 'th' && c.attrs.includes('scope="col"'))).toBe(true);
    const tbody = /<tbody>([\s\S]*?)<\/tbody>/.exec(table)?.[1] ?? '';
    const foot = /<tfoot>([\s\S]*?)<\/tfoot>/.exec(table)?.[1];
    const rows = (foot ? tbody : '').split('</tr>').filter((r) => r.includes('<td')).map((r) => {
      const [name, ...rest] = cells(r);
      expect(name!.tag === 'th' && name!.attrs.includes('scope="row"')).toBe(true);
      return { name: name!.text, cells: rest.map((c) => ({ cls: /class="([^"]*)"/.exec(c.attrs)?.[1] ?? '', text: c.text })) };
    });
    const sumRow = cells(foot ?? tbody);
    expect(sumRow[0]!.attrs).toContain('scope="row"');
    out.set(setId, { headers: headCells.map((c) => c.text), rows, sum: sumRow.map((c) => c.text) });
  }
  return out;
}

/** Checks a unit page's criteria tables against the CSV rows of that unit. */
function expectCriteriaOf(
  html: string,
  lang: Lang,
  unitCode: string,
  status: Record<string, string>[],
  criteria: Record<string, string>[],
  sets: Record<string, string>[],
) {
  const mine = status.filter((r) => r.unit_code === unitCode);
  const tables = criteriaTables(html);
  const setIds = [...new Set(mine.map((r) => r.set!))].sort();
  expect([...tables.keys()].sort()).toEqual(setIds);
  for (const setId of setIds) {
    const table = tables.get(setId)!;
    const dates = [...new Set(mine.filter((r) => r.set === setId).map((r) => r.as_of!))].sort();
    const size = sets.find((s) => s.id === setId)!.size;
    // Columns: the criterion, then one per date, oldest first; the last is marked as the latest.
    expect(table.headers.slice(1)).toEqual(dates.map((d, i) => (i === dates.length - 1 ? `${date(d, lang)} ${LABEL[lang].latest}` : date(d, lang))));
    const listed = criteria.filter((c) => c.set === setId).sort((a, b) => Number(a.number) - Number(b.number));
    expect(table.rows.map((r) => r.name)).toEqual(listed.map((c) => `${c.number}. ${lang === 'vi' ? c.name_vi : c.name_en || c.name_vi}`));
    for (const [i, c] of listed.entries()) {
      const expected = dates.map((d) => mine.find((r) => r.set === setId && r.as_of === d && r.number === c.number)?.status ?? 'none');
      expect(table.rows[i]!.cells.map((x) => x.cls), `${unitCode} ${setId} criterion ${c.number}`).toEqual(expected);
      expect(table.rows[i]!.cells.map((x) => x.text)).toEqual(expected.map((s) => LABEL[lang][s as keyof (typeof LABEL)['vi']]));
    }
    const met = dates.map((d) => mine.filter((r) => r.set === setId && r.as_of === d && r.status === 'met').length);
    expect(table.sum.slice(1)).toEqual(met.map((n) => `${n}/${size}`));
  }
}

/** Every <table> of the page, and the given texts, are outside what the search index reads. */
function expectIgnored(html: string, texts: string[] = []) {
  const marked = html.replace(/<table([^>]*)>/g, '<table$1><caption>ZZTABLEZZ</caption>');
  const indexed = indexedText(marked)!.blocks.map((b) => b.text).join(' ');
  expect(indexed).not.toContain('ZZTABLEZZ');
  for (const t of texts) expect(indexed).not.toContain(t);
  return indexed;
}

// A small data set with three dates, given out of order, a criterion without
// a status at the first date, and a different source at each date.
const DATES = ['2023-06-30', '2023-12-31', '2024-06-30'];
const files: Record<string, string> = {
  'units.csv': 'code,name,level,parent_code\n100,Huyện Thử,district,\n101,Xã Một,commune,100\n102,Xã Hai,commune,100\n',
  'criteria-sets.csv': 'id,applies_to,standard,name_vi,name_en,size\nbo-xa,commune,ntm,Bộ xã thử,Test commune set,4\nbo-nc,commune,advanced,Bộ nâng cao thử,Test advanced set,2\n',
  'criteria.csv': 'set,number,name_vi,name_en\nbo-xa,1,Quy hoạch,Planning\nbo-xa,2,Giao thông,Transport\nbo-xa,3,Thủy lợi,Irrigation\nbo-nc,1,Thu nhập,Income\n',
  'criteria-status.csv': [
    'as_of,unit_code,set,number,status,source,note',
    '2024-06-30,101,bo-xa,1,met,doc-c,',
    '2024-06-30,101,bo-xa,2,met,doc-c,',
    '2024-06-30,101,bo-xa,3,largely_met,doc-c,',
    '2023-06-30,101,bo-xa,1,not_met,doc-a,Ghi chú đầu kỳ',
    '2023-06-30,101,bo-xa,2,largely_met,doc-a,',
    '2023-12-31,101,bo-xa,1,largely_met,doc-b,',
    '2023-12-31,101,bo-xa,2,met,doc-b,',
    '2023-12-31,101,bo-xa,3,not_met,doc-b,',
    '2024-06-30,101,bo-nc,1,not_met,doc-c,',
    '2023-12-31,102,bo-xa,1,met,doc-b,',
  ].join('\n') + '\n',
  'documents.csv': 'id,number,date,issuer,type,title\ndoc-a,1/BC-THU,2023-07-01,UBND,report,Báo cáo kỳ một\ndoc-b,2/BC-THU,2024-01-02,UBND,report,Báo cáo kỳ hai\ndoc-c,3/BC-THU,2024-07-01,UBND,report,Báo cáo kỳ ba\n',
  'indicators.csv': 'id,name_vi,unit_vi\n',
  'indicator-values.csv': 'indicator,as_of,kind,value\n',
};

describe('criteria on the unit page of a data set with three as-of dates', () => {
  let work: string;
  let out: string;
  let status: number;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'ntm-criteria-dates-'));
    mkdirSync(join(work, 'data'));
    mkdirSync(join(work, 'content', 'reports'), { recursive: true });
    for (const [name, body] of Object.entries(files)) writeFileSync(join(work, 'data', name), body);
    out = join(work, 'dist');
    status = build({ dataDir: join(work, 'data'), contentDir: join(work, 'content'), outDir: out, quiet: true });
  }, 180_000);
  afterAll(() => process.env.KEEP || rmSync(work, { recursive: true, force: true }));
  const page = (lang: Lang, code: string) => {
    const name = { '101': 'Xã Một', '102': 'Xã Hai' }[code]!;
    return readFileSync(join(out, lang === 'en' ? 'en' : '', 'xa', unitSlug({ name, code }), 'index.html'), 'utf8');
  };
  const csv = (name: string) => readCsv(name, join(work, 'data'));

  it('builds', () => expect(status).toBe(0));

  it('has one table per set, a column per date in order, and the statuses of the CSV in its cells', () => {
    for (const lang of LANGS) {
      for (const code of ['101', '102']) expectCriteriaOf(page(lang, code), lang, code, csv('criteria-status.csv'), csv('criteria.csv'), csv('criteria-sets.csv'));
      const tables = criteriaTables(page(lang, '101'));
      expect(tables.get('bo-xa')!.headers).toHaveLength(1 + DATES.length);
      expect(tables.get('bo-nc')!.headers).toHaveLength(1 + 1);
    }
  });

  it('shows a missing status as a dash with "no data" for screen readers, not as a status', () => {
    const html = page('vi', '101');
    const row3 = /<th scope="row">3\. Thủy lợi<\/th>([\s\S]*?)<\/tr>/.exec(html)![1]!;
    expect(row3).toMatch(/^<td class="none" data-label="30\/6\/2023"><span class="visually-hidden">chưa có số liệu<\/span><\/td>/);
  });

  it('names each source and note once under the table, with its dates when it does not cover them all', () => {
    for (const lang of LANGS) {
      const after = text(setBlocks(page(lang, '101')).get('bo-xa')!.split('</table>')[1]!);
      for (const [doc, d] of [['1/BC-THU', DATES[0]], ['2/BC-THU', DATES[1]], ['3/BC-THU', DATES[2]]] as const) {
        expect(after.split(doc).length - 1, doc).toBe(1);
        expect(after).toContain(`(${lang === 'vi' ? 'ngày' : 'as of'} ${date(d!, lang)}): ${lang === 'vi' ? 'Báo cáo' : 'Report'} ${doc}`);
      }
      expect(after).toContain(`(${lang === 'vi' ? 'ngày' : 'as of'} ${date(DATES[0]!, lang)}): Ghi chú đầu kỳ`);
      // A single date: no date after the source.
      const one = text(setBlocks(page(lang, '102')).get('bo-xa')!.split('</table>')[1]!);
      expect(one).toMatch(/^(Nguồn|Source): /);
    }
  });

  it('links each set to its entry on the criteria page', () => {
    const html = page('en', '101');
    expect(html).toContain('<a href="/en/tieu-chi/#bo-xa">Test commune set</a>');
    expect(html).toContain('<a href="/en/tieu-chi/#bo-nc">Test advanced set</a>');
  });

  it('keeps every table out of the search index', () => {
    for (const lang of LANGS) {
      const indexed = expectIgnored(page(lang, '101'), [lang === 'vi' ? 'Thủy lợi' : 'Irrigation']);
      expect(indexed).toContain('Xã Một');
    }
  });
});

const dir = inject('sites').default;
describe.skipIf(!dir)('unit pages of the default site', () => {
  const dataDir = join(import.meta.dirname, '../../data');
  const units = readCsv('units.csv', dataDir);
  const status = readCsv('criteria-status.csv', dataDir);
  const page = (lang: Lang, u: Record<string, string>) => {
    const file = join(dir!, lang === 'en' ? 'en' : '', 'xa', unitSlug({ name: u.name!, code: u.code! }), 'index.html');
    expect(existsSync(file), file).toBe(true);
    return readFileSync(file, 'utf8');
  };

  it('show one criteria table per set, a column per as-of date, with the statuses of criteria-status.csv', () => {
    const criteria = readCsv('criteria.csv', dataDir);
    const sets = readCsv('criteria-sets.csv', dataDir);
    const withStatus = units.filter((u) => status.some((r) => r.unit_code === u.code));
    expect(withStatus.length).toBeGreaterThan(0);
    for (const u of units) for (const lang of LANGS) expectCriteriaOf(page(lang, u), lang, u.code!, status, criteria, sets);
  });

  it('give every status an icon from the stylesheet, besides its text', () => {
    const html = page('vi', units.find((u) => status.some((r) => r.unit_code === u.code))!);
    const linked = [...html.matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g)].map((m) => readFileSync(join(dir!, m[1]!), 'utf8'));
    const css = [...linked, ...[...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!)].join('\n');
    for (const [cls, icon] of [['met', '✓'], ['largely_met', '◐'], ['not_met', '✗'], ['none', '–']]) {
      expect(css, cls).toMatch(new RegExp(`\\.crit \\.${cls}:{1,2}before\\{[^}]*content:\\s*["']${icon}["']`));
    }
  });

  it('keep tables out of the search index, and names, codes, products and models in it', () => {
    const ocop = readCsv('ocop-products.csv', dataDir);
    const models = readCsv('production-models.csv', dataDir);
    const hasHistory = new Set(readCsv('unit-status.csv', dataDir).filter((r) => r.kind !== 'target').map((r) => r.unit_code));
    let tables = 0;
    for (const u of units) {
      const html = page('vi', u);
      tables += (html.match(/<table/g) ?? []).length;
      if (hasHistory.has(u.code)) expect(html).toMatch(/<section aria-labelledby="standing-h" data-pagefind-ignore><h2 id="standing-h">Lịch sử đạt chuẩn<\/h2><table class="stack history">/);
      const indexed = expectIgnored(html);
      expect(indexed).toContain(u.name);
      expect(indexed).toContain(u.code);
      for (const p of ocop.filter((p) => p.unit_code === u.code)) expect(indexed).toContain(p.name);
      for (const m of models.filter((m) => m.unit_code === u.code)) expect(indexed).toContain(m.name);
      const parent = units.find((p) => p.code === u.parent_code);
      if (parent) expect(indexed).toContain(parent.name);
    }
    expect(tables).toBeGreaterThan(units.length);
  });
});
