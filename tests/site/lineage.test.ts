// Where each unit is today, read from the built HTML and downloads. The
// expectations are the reference facts of the product description (the
// 2024-25 mergers and the 2025 reorganisation of Triệu Sơn) and the split
// fixture's README, not the program's output.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import Papa from 'papaparse';
import { slugify } from '../../src/lib/text.ts';
import { LANGS, decode, htmlFiles, main, page, parseTable, text, type Lang } from './site2-html.ts';

const sites = inject('sites');
const prefix = (lang: Lang) => (lang === 'en' ? '/en/' : '/');
const slug = (name: string, code: string) => `${slugify(name)}-${slugify(code)}`;
const unitHref = (lang: Lang, name: string, code: string) => `${prefix(lang)}xa/${slug(name, code)}/`;
const links = (html: string) => [...html.matchAll(/<a\s[^>]*?href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)].map((m) => ({ href: decode(m[1]!), text: text(m[2]!) }));
const lineageOf = (html: string) => /<section[^>]*aria-labelledby="lineage-h"[^>]*>[\s\S]*?<\/section>/.exec(html)?.[0];
const headingOf = (section: string) => /<h2[^>]*>([\s\S]*?)<\/h2>/.exec(section)![1]!;
const steps = (section: string) => [...section.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) => m[1]!);
const tables = (html: string) => [...html.matchAll(/<table[\s\S]*?<\/table>/g)].map((m) => m[0]);
const pagePath = (href: string) => href.replace(/^\/en\//, '').replace(/^\//, '').replace(/\/$/, '');
const viLang = (lang: Lang, vi: string, en: string) => (lang === 'vi' ? vi : en);

describe.skipIf(!sites.default)('where each unit is today, on the default site', () => {
  const dir = sites.default!;
  const read = (lang: Lang, path: string) => page(dir, lang, path);

  /** The present-day unit's page that a unit page's heading links to. */
  const presentLink = (lang: Lang, unitSlug: string) => {
    const section = lineageOf(read(lang, `xa/${unitSlug}`));
    expect(section, unitSlug).toBeDefined();
    const heading = headingOf(section!);
    const [link] = links(heading);
    return { section: section!, heading: text(heading), link: link! };
  };

  it("leads Xuân Thịnh's and Thọ Vực's pages to Thọ Phú (15763) through their intermediate commune, in both languages", () => {
    const cases = [
      { slug: 'xuan-thinh-15736', start: 'Xuân Thịnh', via: 'Xuân Lộc', viaCode: '15736' },
      { slug: 'tho-vuc-15760', start: 'Thọ Vực', via: 'Thọ Phú', viaCode: '15760' },
    ];
    for (const lang of LANGS) {
      const targets = new Set<string>();
      for (const c of cases) {
        const { section, heading, link } = presentLink(lang, c.slug);
        expect(heading).toBe(viLang(lang, 'Nay thuộc Thọ Phú (mã 15763)', 'Now part of Thọ Phú (code 15763)'));
        const items = steps(section).map((li) => text(li).replace(/ :/g, ':'));
        expect(items, c.slug).toHaveLength(3);
        expect(items[0]).toBe(`${c.start} ${viLang(lang, `(mã ${c.slug.slice(-5)})`, `(code ${c.slug.slice(-5)})`)}`);
        expect(items[1]).toMatch(new RegExp(`^2024–25: .*${c.via} \\(${viLang(lang, 'mã', 'code')} ${c.viaCode}\\)`));
        expect(items[2]).toMatch(new RegExp(`^${viLang(lang, '1/7/2025', '1 Jul 2025')}: .*Thọ Phú \\(${viLang(lang, 'mã', 'code')} 15763\\)`));
        // The 2024-25 commune has no page of its own; the last step links where the heading does.
        expect(links(steps(section)[1]!)).toEqual([]);
        expect(links(steps(section)[2]!).map((l) => l.href)).toEqual([link.href]);
        targets.add(link.href);
      }
      expect(targets.size).toBe(1);
      const [href] = targets;
      expect(href).toMatch(new RegExp(`^${prefix(lang)}xa/[^/]+/$`));
      // A page of its own: neither Thọ Thế's (15763 before 2025) nor the old Thọ Phú's (15757).
      expect(href).not.toBe(unitHref(lang, 'Thọ Thế', '15763'));
      expect(href).not.toBe(unitHref(lang, 'Thọ Phú', '15757'));
      const present = read(lang, pagePath(href!));
      expect(main(present)).toContain('<h1>Thọ Phú</h1>');
      expect(text(main(present))).toContain('15763');
    }
  });

  it("lists on Thọ Phú's present-day page the seven communes it came from: four through the two 2024–25 communes, three directly", () => {
    for (const lang of LANGS) {
      const href = presentLink(lang, 'tho-the-15763').link.href;
      const html = read(lang, pagePath(href));
      expect(html).toContain('data-pagefind-filter="kind:commune"');
      expect(/<title>([^<·]*)/.exec(html)![1]!.trim()).toBe('Thọ Phú');
      expect(text(main(html))).toContain(viLang(lang, 'không có số liệu đánh giá của chính Thọ Phú', 'holds no assessment of Thọ Phú itself'));
      const groups = tables(main(html)).map(parseTable);
      const byCaption = (pattern: RegExp) => {
        const found = groups.filter((g) => pattern.test(g.caption));
        expect(found, `${pattern} in ${groups.map((g) => g.caption).join(' | ')}`).toHaveLength(1);
        return found[0]!.rows.map((r) => r.header);
      };
      const code = viLang(lang, 'mã', 'code');
      expect(byCaption(new RegExp(viLang(lang, '^Nhập trực tiếp', '^Merged in directly'))).sort()).toEqual([`Thọ Dân (${code} 15742)`, `Thọ Thế (${code} 15763)`, `Thọ Tân (${code} 15748)`].sort());
      expect(byCaption(new RegExp(`Xuân Lộc \\(${code} 15736`)).sort()).toEqual([`Xuân Lộc (${code} 15739)`, `Xuân Thịnh (${code} 15736)`]);
      expect(byCaption(new RegExp(`Thọ Phú \\(${code} 15760`)).sort()).toEqual([`Thọ Phú (${code} 15757)`, `Thọ Vực (${code} 15760)`]);
      const expected = [['Xuân Thịnh', '15736'], ['Xuân Lộc', '15739'], ['Thọ Vực', '15760'], ['Thọ Phú', '15757'], ['Thọ Dân', '15742'], ['Thọ Thế', '15763'], ['Thọ Tân', '15748']];
      const hrefs = tables(main(html)).flatMap(links).map((l) => l.href);
      expect(hrefs.sort()).toEqual(expected.map(([n, c]) => unitHref(lang, n!, c!)).sort());
      // Each former commune's standing as last reported: all seven were recognised as NTM.
      for (const g of groups) for (const r of g.rows) expect(r.texts.join(' ')).toContain(viLang(lang, 'đã công nhận', 'recognised'));
    }
  });

  it('gives every one of the eight 2025 communes a page listing every unit that went into it, linked from the communes list', () => {
    const expected: Record<string, [string, string][]> = {
      'Triệu Sơn|15664': [['Thị trấn Triệu Sơn', '15664'], ['Minh Sơn', '15691'], ['Dân Lực', '15700'], ['Dân Lý', '15703'], ['Dân Quyền', '15706']],
      'Thọ Bình|15667': [['Thọ Sơn', '15667'], ['Bình Sơn', '15769'], ['Thọ Bình', '15670']],
      'Thọ Ngọc|15754': [['Thọ Tiến', '15673'], ['Xuân Thọ', '15745'], ['Thọ Cường', '15754'], ['Thọ Ngọc', '15751']],
      'Thọ Phú|15763': [['Xuân Thịnh', '15736'], ['Xuân Lộc', '15739'], ['Thọ Vực', '15760'], ['Thọ Phú', '15757'], ['Thọ Dân', '15742'], ['Thọ Thế', '15763'], ['Thọ Tân', '15748']],
      'Hợp Tiến|15682': [['Hợp Lý', '15676'], ['Hợp Thắng', '15688'], ['Hợp Thành', '15682'], ['Triệu Thành', '15685'], ['Hợp Tiến', '15679']],
      'An Nông|15766': [['Tiến Nông', '15730'], ['Khuyến Nông', '15733'], ['Nông Trường', '15766'], ['An Nông', '15709']],
      'Tân Ninh|15715': [['Thị trấn Nưa', '15718'], ['Thái Hòa', '15715'], ['Vân Sơn', '15712']],
      'Đồng Tiến|15724': [['Đồng Lợi', '15721'], ['Đồng Thắng', '15727'], ['Đồng Tiến', '15724']],
    };
    for (const lang of LANGS) {
      const list = tables(main(read(lang, 'xa')));
      expect(list).toHaveLength(2);
      const present = parseTable(list[1]!);
      expect(present.caption).toBe(viLang(lang, 'Đơn vị hiện nay và các đơn vị cũ hợp thành', 'Present-day units and the former units they came from'));
      expect(present.rows.map((r) => r.header).sort()).toEqual(Object.keys(expected).map((k) => k.split('|')[0]).sort());
      for (const row of present.rows) {
        const [key, units] = Object.entries(expected).find(([k]) => k.startsWith(`${row.header}|`))!;
        expect(row.texts.at(-1)!.split(', ').sort(), key).toEqual(units.map(([n]) => n).sort());
      }
      for (const [href, name] of links(list[1]!).map((l) => [l.href, l.text])) {
        const [key, units] = Object.entries(expected).find(([k]) => k.startsWith(`${name}|`))!;
        const html = main(read(lang, pagePath(href!)));
        expect(html, key).toContain(`<h1>${name}</h1>`);
        expect(text(html)).toContain(key.split('|')[1]);
        expect(tables(html).flatMap(links).map((l) => l.href).sort(), key).toEqual(units.map(([n, c]) => unitHref(lang, n, c)).sort());
      }
      // Cards on phones: each cell is labelled with its column.
      expect(list[1]).toMatch(/<table[^>]*class="[^"]*\bstack\b/);
      const tds = [...list[1]!.matchAll(/<td([^>]*)>/g)];
      expect(tds.length).toBeGreaterThan(0);
      for (const td of tds) expect(td[1]).toMatch(/data-label="[^"]+"/);
    }
  });

  it('says nothing of a change where none is recorded, and the district page names the communes its units are part of now', () => {
    for (const lang of LANGS) {
      expect(lineageOf(read(lang, 'xa/lo-trach-15721-lo-trach'))).toBeUndefined();
      const district = lineageOf(read(lang, 'xa/trieu-son-397'))!;
      expect(text(headingOf(district))).toBe(viLang(lang, 'Không còn từ 1/7/2025', 'No longer exists since 1 Jul 2025'));
      expect(links(district).map((l) => l.text).sort()).toEqual(['An Nông', 'Hợp Tiến', 'Triệu Sơn', 'Thọ Bình', 'Thọ Ngọc', 'Thọ Phú', 'Tân Ninh', 'Đồng Tiến'].sort());
    }
  });

  it('keeps code 15736 apart: Xuân Thịnh and the Xuân Lộc of 2024–25 are never one page, one link target or one row', () => {
    const thinh = /\/xa\/xuan-thinh-15736\/(#.*)?$/;
    let linked = 0;
    for (const file of htmlFiles(dir)) {
      for (const l of links(readFileSync(file, 'utf8'))) {
        if (thinh.test(l.href)) {
          linked++;
          expect(l.text, file).not.toMatch(/Xuân Lộc/);
        }
        if (l.text === 'Xuân Lộc') expect(l.href, file).toMatch(/\/xa\/xuan-loc-15739\/$/);
      }
    }
    expect(linked).toBeGreaterThan(2);
    // No page for the 2024-25 Xuân Lộc, and none under Xuân Thịnh's code but his own.
    expect(readdirSync(join(dir, 'xa')).filter((d) => /15736/.test(d))).toEqual(['xuan-thinh-15736']);
    expect(main(read('vi', 'xa/xuan-thinh-15736'))).toContain('<h1>Xuân Thịnh</h1>');
    // Downloads: one 15736 in units.csv, and the two changes under that code are two rows with their own names and dates.
    const csv = (name: string) => Papa.parse<Record<string, string>>(readFileSync(join(dir, 'du-lieu', name), 'utf8'), { header: true, skipEmptyLines: true }).data;
    expect(csv('units.csv').filter((u) => u.code === '15736').map((u) => u.name)).toEqual(['Xuân Thịnh']);
    const pick = (r: Record<string, unknown>) => [r.effective, r.from_code, r.from_name, r.to_code, r.to_name];
    const expected = [
      ['2025-01-04', '15736', 'Xuân Thịnh', '15736', 'Xuân Lộc'],
      ['2025-07-01', '15736', 'Xuân Lộc', '15763', 'Thọ Phú'],
    ];
    expect(csv('unit-changes.csv').filter((r) => r.from_code === '15736').map(pick)).toEqual(expected);
    const json = JSON.parse(readFileSync(join(dir, 'du-lieu', 'unit-changes.json'), 'utf8')) as Record<string, unknown>[];
    expect(json.filter((r) => r.from_code === '15736').map(pick)).toEqual(expected);
  });
});

describe.skipIf(!sites.split)('a split, on the split fixture site', () => {
  const dir = sites.split!;

  it("shows every successor on the split unit's page, and the split unit on each successor's page", () => {
    for (const lang of LANGS) {
      const section = lineageOf(page(dir, lang, 'xa/xa-hai-00102'))!;
      const ends = links(headingOf(section));
      expect(ends.map((l) => l.text).sort()).toEqual(['Xã Hợp Nhất', 'Xã Đông Hai'].sort());
      for (const end of ends) {
        const html = main(page(dir, lang, pagePath(end.href)));
        expect(html).toContain(`<h1>${end.text}</h1>`);
        const rows = tables(html).flatMap(links);
        expect(rows.map((l) => l.href), end.text).toContain(unitHref(lang, 'Xã Hai', '00102'));
        expect(text(html)).toContain(viLang(lang, 'Xã Hai (mã 00102) (một phần)', 'Xã Hai (code 00102) (part)'));
      }
      // Xã Một's page leads to Xã Hợp Nhất, which reuses its code but is not its page.
      const [hopNhat] = links(headingOf(lineageOf(page(dir, lang, 'xa/xa-mot-00101'))!));
      expect(hopNhat!.text).toBe('Xã Hợp Nhất');
      expect(hopNhat!.href).not.toBe(unitHref(lang, 'Xã Một', '00101'));
      expect(existsSync(join(dir, lang === 'en' ? 'en' : '', pagePath(hopNhat!.href), 'index.html'))).toBe(true);
    }
  });
});
