// Long listings: below the list limit a page lists every row, above it a
// summary and where every row is. Both sides, from a synthetic data set
// (45 communes, 3 dates) built into models with different limits and into a
// site with a limit of 3, and from the default site (limit 500). Expected
// values are counted from the data files here, never read from the program.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { build } from '../../scripts/build.ts';
import { generate } from '../../scripts/generate-synthetic.ts';
import { buildModel } from '../../src/model/build.ts';
import type { SiteModel } from '../../src/model/types.ts';
import { loadDataDir } from '../../src/ingest/load.ts';
import type { Issue } from '../../src/contract/issues.ts';
import type { Tables } from '../../src/contract/rows.ts';
import { LIST_LIMIT, listedDepth, listLimitFrom, topTiers } from '../../src/model/listings.ts';
import { groupWarnings, limitWarnings } from '../../src/site/views/quality.ts';
import { slugify } from '../../src/lib/text.ts';
import { formatViolations, visitPage } from '../e2e/audit.ts';
import { describeBrowser, launchBrowser, newContext, serveSite } from '../e2e/browser.ts';
import { testSites } from '../setup/build-sites.ts';
import { LANGS, main, page, text, type Lang } from './site2-html.ts';

const work = mkdtempSync(join(tmpdir(), 'ntm-list-limit-'));
const dataDir = join(work, 'data');
generate({ units: 45, dates: 3, out: dataDir });
const loaded = loadDataDir(dataDir);
const data = loaded.data as Tables;
afterAll(() => rmSync(work, { recursive: true, force: true }));

const modelWith = (listLimit: number): SiteModel => buildModel(loaded.data, loaded.issues.warnings, { listLimit });

// --- the data, read here -------------------------------------------------------

const root = data.units.find((u) => !u.parent_code)!;
const nonRoot = data.units.filter((u) => u !== root);
const childrenOf = (code: string) => data.units.filter((u) => u.parent_code === code);
const depthOf = (code: string): number => {
  const u = data.units.find((x) => x.code === code)!;
  return u.parent_code ? 1 + depthOf(u.parent_code) : 0;
};
const descendants = (code: string): string[] => childrenOf(code).flatMap((c) => [c.code, ...descendants(c.code)]);
const slugOf = (u: { name: string; code: string }) => [slugify(u.name), slugify(u.code)].filter(Boolean).join('-');

const asOfDates = [
  ...new Set([
    ...data['indicator-values'].filter((v) => v.kind === 'actual').map((v) => v.as_of),
    ...data['unit-status'].filter((v) => v.kind === 'actual').map((v) => v.as_of),
    ...data['criteria-status'].map((v) => v.as_of),
  ]),
].sort();
const pairs = asOfDates.slice(1).map((to, i) => ({ from: asOfDates[i]!, to }));

/** Latest actual status per unit and standard on or before a date. */
function standingAt(unit: string, standard: string, date: string, exact = false): string | undefined {
  const rows = data['unit-status'].filter((r) => r.unit_code === unit && r.standard === standard && r.kind === 'actual' && (exact ? r.as_of === date : r.as_of <= date));
  return rows.sort((a, b) => (a.as_of < b.as_of ? -1 : a.as_of > b.as_of ? 1 : 0)).at(-1)?.status;
}

/** Standings that changed from one date to the next, keyed "standard before → after". */
function standingChanges(from: string, to: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const u of data.units) {
    for (const std of ['ntm', 'advanced', 'model']) {
      const after = standingAt(u.code, std, to, true);
      const before = standingAt(u.code, std, from);
      if (after && before && after !== before) out.set(`${std} ${before} → ${after}`, (out.get(`${std} ${before} → ${after}`) ?? 0) + 1);
    }
  }
  return out;
}

const RANK: Record<string, number> = { not_met: 0, largely_met: 1, met: 2 };
/** Criterion results that changed from one date to the next. */
function criteriaChanges(from: string, to: string): { changed: number; improved: number; worsened: number } {
  const bySnapshot = new Map<string, Map<string, Map<number, string>>>();
  for (const r of data['criteria-status']) {
    const key = `${r.unit_code}|${r.set}`;
    const dates = bySnapshot.get(key) ?? new Map<string, Map<number, string>>();
    const statuses = dates.get(r.as_of) ?? new Map<number, string>();
    statuses.set(r.number, r.status);
    dates.set(r.as_of, statuses);
    bySnapshot.set(key, dates);
  }
  let changed = 0;
  let improved = 0;
  let worsened = 0;
  for (const dates of bySnapshot.values()) {
    const now = dates.get(to);
    const prevDate = [...dates.keys()].filter((d) => d <= from).sort().at(-1);
    if (!now || !prevDate) continue;
    const prev = dates.get(prevDate)!;
    for (const [n, status] of now) {
      const before = prev.get(n);
      if (before === status) continue;
      changed++;
      if (before !== undefined && RANK[status]! > RANK[before]!) improved++;
      if (before !== undefined && RANK[status]! < RANK[before]!) worsened++;
    }
  }
  return { changed, improved, worsened };
}

/** Per unit: the sum of its funding lines, a line counted only when no ancestor names the same unit. */
function fundingTotals(): Map<string, number> {
  const byId = new Map(data.funding.map((f) => [f.id, f]));
  const totals = new Map<string, number>();
  for (const f of data.funding) {
    if (!f.unit_code) continue;
    let parent = f.parent_id ? byId.get(f.parent_id) : undefined;
    let nested = false;
    for (; parent; parent = parent.parent_id ? byId.get(parent.parent_id) : undefined) if (parent.unit_code === f.unit_code) nested = true;
    if (!nested) totals.set(f.unit_code, (totals.get(f.unit_code) ?? 0) + (f.amount ?? 0));
    else if (!totals.has(f.unit_code)) totals.set(f.unit_code, 0);
  }
  return totals;
}

// --- the pure helpers -------------------------------------------------------

describe('the list-limit helpers', () => {
  it('reads NTM_LIST_LIMIT only when it is a whole number of at least 1', () => {
    expect(listLimitFrom(undefined)).toBe(LIST_LIMIT);
    expect(listLimitFrom('')).toBe(LIST_LIMIT);
    expect(listLimitFrom('abc')).toBe(LIST_LIMIT);
    expect(listLimitFrom('0')).toBe(LIST_LIMIT);
    expect(listLimitFrom('2.5')).toBe(LIST_LIMIT);
    expect(listLimitFrom('3')).toBe(3);
  });

  it('lists the deepest levels that fit, counting from the root’s children', () => {
    expect(listedDepth([1, 3, 45, 4], 2)).toBe(0);
    expect(listedDepth([1, 3, 45, 4], 3)).toBe(1);
    expect(listedDepth([1, 3, 45, 4], 47)).toBe(1);
    expect(listedDepth([1, 3, 45, 4], 48)).toBe(2);
    expect(listedDepth([1, 3, 45, 4], 52)).toBe(3);
  });

  it('keeps whole tiers from the top while they fit', () => {
    const items = [3, 5, 4, 5, 3, 4, 4];
    expect(topTiers(items, (x) => x, 1)).toEqual({ kept: [], lowest: undefined });
    expect(topTiers(items, (x) => x, 2)).toEqual({ kept: [5, 5], lowest: 5 });
    expect(topTiers(items, (x) => x, 5)).toEqual({ kept: [5, 4, 5, 4, 4], lowest: 4 });
    expect(topTiers(items, (x) => x, 7).kept).toHaveLength(7);
  });

  it('shares the warnings shown fairly between kinds, at least one each', () => {
    const w = (kind: Issue['kind'], line: number): Issue => ({ severity: 'warning', kind, file: 'funding.csv', line, vi: 'x', en: 'x' });
    const issues = [...Array.from({ length: 10 }, (_, i) => w('funding_sum', i + 2)), w('formula', 40), w('formula', 41), w('duplicate_row', 50)];
    const all = limitWarnings(groupWarnings(issues), 100);
    expect(all.capped).toBe(false);
    expect(all.groups.map((g) => g.items.length)).toEqual([10, 1, 2]);
    const few = limitWarnings(groupWarnings(issues), 6);
    expect(few.capped).toBe(true);
    expect(few.groups.map((g) => [g.kind, g.items.length, g.total])).toEqual([['funding_sum', 3, 10], ['duplicate_row', 1, 1], ['formula', 2, 2]]);
    expect(few.groups[0]!.items.map((i) => i.issue.line)).toEqual([2, 3, 4]);
  });
});

// --- the model, on both sides of the limit ----------------------------------------

describe('listings in the model of a 45-commune data set', () => {
  it('lists every unit at or below the limit, and the upper levels that fit above it', () => {
    expect(nonRoot.length).toBeGreaterThan(10);
    const at = modelWith(nonRoot.length).listings.units;
    expect(at.complete).toBe(true);
    expect(at.units.map((u) => u.code)).toEqual(nonRoot.map((u) => u.code));
    for (const limit of [nonRoot.length - 1, 20, 3, 2]) {
      const above = modelWith(limit).listings.units;
      expect(above.complete).toBe(false);
      expect(above.total).toBe(nonRoot.length);
      const counts: number[] = [];
      for (const u of nonRoot) counts[depthOf(u.code)] = (counts[depthOf(u.code)] ?? 0) + 1;
      let depth = 0;
      for (let d = 1, sum = 0; d < counts.length && (sum += counts[d] ?? 0) <= limit; d++) depth = d;
      expect(above.units.length).toBeLessThanOrEqual(limit);
      expect(new Set(above.units.map((u) => u.code))).toEqual(new Set(nonRoot.filter((u) => depthOf(u.code) <= depth).map((u) => u.code)));
    }
  });

  it('counts the units below each unit, and those recognised at each standard', () => {
    const model = modelWith(3);
    const latest = asOfDates.at(-1)!;
    for (const d of childrenOf(root.code)) {
      const below = descendants(d.code);
      const rollup = model.unitByCode.get(d.code)!.rollup!;
      expect(rollup.below).toBe(below.length);
      for (const std of ['ntm', 'advanced', 'model'] as const) {
        expect(rollup.recognized[std], `${d.code} ${std}`).toBe(below.filter((c) => standingAt(c, std, latest) === 'recognized').length);
      }
      expect(rollup.childrenListed).toBe(childrenOf(d.code).length <= 3);
    }
    expect(model.root.rollup!.childrenListed).toBe(childrenOf(root.code).length <= 3);
  });

  it('lists the changes of each date while they fit, and counts them above the limit', () => {
    const full = modelWith(1_000_000);
    expect(full.changes.map((c) => [c.from, c.to])).toEqual(pairs.map((p) => [p.from, p.to]));
    const counts = pairs.map(({ from, to }) => {
      const stand = standingChanges(from, to);
      return { crit: criteriaChanges(from, to), stand, nStand: [...stand.values()].reduce((s, n) => s + n, 0) };
    });
    for (const [i, c] of counts.entries()) {
      expect(c.crit.changed).toBeGreaterThan(3);
      expect(c.nStand).toBeGreaterThan(3);
      const above = modelWith(1).changes[i]!;
      expect([above.standingsListed, above.criteriaListed]).toEqual([false, false]);
      expect(above.criteriaSummary.reduce((s, r) => s + r.changed, 0)).toBe(c.crit.changed);
      expect(above.criteriaSummary.reduce((s, r) => s + r.improved, 0)).toBe(c.crit.improved);
      expect(above.criteriaSummary.reduce((s, r) => s + r.worsened, 0)).toBe(c.crit.worsened);
      expect([above.criteriaImproved, above.criteriaWorsened]).toEqual([c.crit.improved, c.crit.worsened]);
      expect(new Map(above.standingTransitions.map((t) => [`${t.standard} ${t.before} → ${t.after}`, t.n]))).toEqual(c.stand);
      expect(full.changes[i]!.criteria).toHaveLength(c.crit.changed);
      expect(full.changes[i]!.standings).toHaveLength(c.nStand);
    }
    // One limit for the whole page: newest date first, its standings, then its criteria.
    const newest = counts.at(-1)!;
    const total = counts.reduce((s, c) => s + c.nStand + c.crit.changed, 0);
    for (const limit of [newest.nStand - 1, newest.nStand, newest.nStand + newest.crit.changed, newest.nStand + newest.crit.changed + counts.at(-2)!.nStand, total - 1, total]) {
      let budget = limit;
      const expected = [...counts].reverse().map((c) => {
        const standings = c.nStand <= budget;
        if (standings) budget -= c.nStand;
        const criteria = c.crit.changed <= budget;
        if (criteria) budget -= c.crit.changed;
        return [standings, criteria];
      }).reverse();
      const model = modelWith(limit);
      expect(model.changes.map((c) => [c.standingsListed, c.criteriaListed]), `limit ${limit}`).toEqual(expected);
      expect(model.listings.changes.complete).toBe(limit >= total);
      expect(model.listings.changes.rows).toBe(total);
    }
  });

  it('lists every funding line while they fit, and the largest totals per level above the limit', () => {
    const lines = data.funding.length;
    expect(modelWith(lines).listings.funding.linesListed).toBe(true);
    expect(modelWith(lines - 1).listings.funding.linesListed).toBe(false);
    const totals = fundingTotals();
    const at = modelWith(totals.size).listings.funding;
    expect(at.unitsListed).toBe(true);
    expect(at.unitGroups).toHaveLength(1);
    expect(at.unitGroups[0]!.rows.map((r) => r.unitCode).sort()).toEqual([...totals.keys()].sort());
    const limit = 3;
    const above = modelWith(limit).listings.funding;
    expect(above.unitsListed).toBe(false);
    const levelOf = (code: string) => data.units.find((u) => u.code === code)!.level;
    const levels = [...new Set([...totals.keys()].map(levelOf))];
    expect(above.unitGroups.map((g) => g.level).sort()).toEqual(levels.sort());
    for (const g of above.unitGroups) {
      const own = [...totals].filter(([code]) => levelOf(code) === g.level).map(([, total]) => total).sort((a, b) => b - a);
      expect(g.units).toBe(own.length);
      expect(g.rows.map((r) => r.total)).toEqual(own.slice(0, limit));
    }
  });

  it('lists every OCOP product while they fit, and the top star ratings that fit above the limit', () => {
    const products = data['ocop-products'];
    expect(products.length).toBeGreaterThan(3);
    expect(modelWith(products.length).listings.ocop.products.map((p) => p.id)).toEqual(products.map((p) => p.id));
    for (const limit of [products.length - 1, 3, 1]) {
      const listing = modelWith(limit).listings.ocop;
      expect(listing.complete).toBe(false);
      const stars = [...new Set(products.map((p) => p.stars ?? 0))].sort((a, b) => b - a);
      const lowest = stars.filter((s) => products.filter((p) => (p.stars ?? 0) >= s).length <= limit).at(-1);
      const expected = lowest === undefined ? [] : products.filter((p) => (p.stars ?? 0) >= lowest).map((p) => p.id);
      expect(listing.products.map((p) => p.id)).toEqual(expected);
      expect(listing.products.length).toBeLessThanOrEqual(limit);
      for (const row of listing.byStars) expect(row.total).toBe(products.filter((p) => p.stars === row.stars).length);
    }
  });

  it('shows every production-model row while they fit, and one row per model above the limit', () => {
    const rows = data['production-models'];
    const names = new Set(rows.map((r) => r.name.trim().toLowerCase()));
    expect(modelWith(rows.length).listings.models.complete).toBe(true);
    const above = modelWith(rows.length - 1).listings.models;
    expect(above.complete).toBe(false);
    expect(above.rows).toBe(rows.length);
    expect(above.summary).toHaveLength(Math.min(rows.length - 1, names.size));
    const communes = (id: string) => new Set(rows.filter((r) => slugify(r.name) === id && r.unit_code).map((r) => r.unit_code)).size;
    const counts = above.summary.map((m) => communes(m.id));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });
});

// --- a built site above the limit ------------------------------------------------

const LIMIT = 3;
const out = join(work, 'dist');
let status = -1;
beforeAll(() => {
  status = build({
    dataDir,
    contentDir: join(import.meta.dirname, '../fixtures/empty-content'),
    outDir: out,
    env: { NTM_LIST_LIMIT: String(LIMIT) },
    quiet: true,
  });
}, 300_000);

const html = (lang: Lang, path: string) => page(out, lang, path);
/** The body rows of the first table after `marker`, each as its cells' text. */
function tableRows(h: string, marker = '<table'): string[][] {
  const start = h.indexOf(marker);
  if (start < 0) return [];
  const table = h.slice(h.indexOf('<table', start), h.indexOf('</table>', start));
  const body = table.slice(table.indexOf('<tbody'));
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => [...m[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => text(c[1]!)));
}
/** 1.234 (vi) or 1,234 (en) as a number. */
const num = (cell: string | undefined) => Number((cell ?? '').replace(/[.,]/g, ''));
/** .htmlvalidate.json without its "//" reason keys, as tests/html reads it. */
function htmlValidateConfig(): ConfigData {
  const raw = JSON.parse(readFileSync(join(import.meta.dirname, '../../.htmlvalidate.json'), 'utf8')) as ConfigData;
  return { ...raw, rules: Object.fromEntries(Object.entries(raw.rules ?? {}).filter(([k]) => !k.startsWith('//'))) };
}
const section = (h: string, id: string) => {
  const start = h.lastIndexOf('<section', h.indexOf(`id="${id}"`));
  return h.slice(start, h.indexOf('</section>', start));
};

describe(`a site built with a list limit of ${LIMIT}`, () => {
  it('builds', () => {
    expect(status).toBe(0);
  });

  it('lists only the upper levels on /xa/, with counts, and says where every unit is', () => {
    const districts = childrenOf(root.code);
    expect(nonRoot.length).toBeGreaterThan(LIMIT);
    expect(districts.length).toBeLessThanOrEqual(LIMIT);
    for (const lang of LANGS) {
      const h = main(html(lang, 'xa'));
      expect(h).not.toContain('id="units-table"');
      const rows = tableRows(h);
      expect(rows).toHaveLength(districts.length);
      for (const d of districts) {
        expect(h).toContain(`href="${lang === 'en' ? '/en/' : '/'}xa/${slugOf(d)}/"`);
        expect(num(rows.find((r) => r[0] === d.name)?.[3])).toBe(descendants(d.code).length);
      }
      expect(text(h)).toContain(lang === 'vi' ? `Danh sách đầy đủ có ${nonRoot.length} dòng` : `The full list has ${nonRoot.length} rows`);
      expect(h).toContain('href="/du-lieu/units.csv"');
      expect(existsSync(join(out, 'du-lieu/units.csv'))).toBe(true);
      expect(readFileSync(join(out, 'du-lieu/units.csv'), 'utf8').trim().split('\n')).toHaveLength(data.units.length + 1);
    }
  });

  it('shows children as a table while they fit, and counts them when they do not; search skips that section', () => {
    for (const lang of LANGS) {
      const rootPage = section(html(lang, `xa/${slugOf(root)}`), 'children-h');
      expect(rootPage).toMatch(/^<section[^>]*data-pagefind-ignore/);
      const rows = tableRows(rootPage);
      expect(rows.map((r) => r[0])).toEqual(childrenOf(root.code).map((c) => c.name));
      const district = childrenOf(root.code)[0]!;
      const kids = childrenOf(district.code);
      expect(kids.length).toBeGreaterThan(LIMIT);
      const sec = section(html(lang, `xa/${slugOf(district)}`), 'children-h');
      expect(sec).toMatch(/^<section[^>]*data-pagefind-ignore/);
      expect(sec).not.toContain('<table');
      expect(text(sec)).toContain(lang === 'vi' ? `${kids.length} đơn vị trực thuộc trực tiếp` : `${kids.length} units directly within`);
      const recognised = descendants(district.code).filter((c) => standingAt(c, 'ntm', asOfDates.at(-1)!) === 'recognized').length;
      expect(text(sec)).toContain(lang === 'vi' ? `đã được công nhận: nông thôn mới ${recognised} ·` : `recognised: new rural ${recognised} ·`);
    }
  });

  it('gives funding totals, the largest units per level and no line-by-line list on /kinh-phi/', () => {
    const totals = fundingTotals();
    for (const lang of LANGS) {
      const h = main(html(lang, 'kinh-phi'));
      expect(h).not.toContain('class="funding-line"');
      expect(text(h)).toContain(lang === 'vi' ? `Danh sách đầy đủ có ${data.funding.length} dòng` : `The full list has ${data.funding.length} rows`);
      for (const source of new Set(data.funding.filter((f) => !f.parent_id).map((f) => f.source))) expect(h).toContain(`id="nguon-${source}"`);
      const perLevel = [...h.matchAll(/<h3 id="theo-xa-([a-z]+)"/g)].map((m) => m[1]);
      expect(perLevel.length).toBeGreaterThan(1);
      for (const level of perLevel) {
        const rows = tableRows(h, `id="theo-xa-${level}"`);
        const own = [...totals].filter(([code]) => data.units.find((u) => u.code === code)!.level === level);
        expect(rows).toHaveLength(Math.min(LIMIT, own.length));
      }
    }
  });

  it('counts standing and criteria changes instead of listing them on the change log, and keeps the feed short', () => {
    for (const lang of LANGS) {
      const h = main(html(lang, 'du-lieu/thay-doi'));
      for (const { from, to } of pairs) {
        const sec = section(h, `thay-doi-${from}-${to}`);
        const stand = standingChanges(from, to);
        const rows = tableRows(sec);
        expect(rows.reduce((s, r) => s + num(r[3]), 0)).toBe([...stand.values()].reduce((s, n) => s + n, 0));
        const crit = criteriaChanges(from, to);
        const critRows = tableRows(sec, lang === 'vi' ? 'thay đổi kết quả tiêu chí' : 'criterion results changed');
        expect(critRows.length).toBeGreaterThan(0);
        expect(critRows.reduce((s, r) => s + num(r[3]), 0)).toBe(crit.changed);
      }
      // The overview's latest change: counted the same way, no unit-by-unit table.
      const last = pairs.at(-1)!;
      const overview = section(main(html(lang, '')), 'changes-h');
      expect(overview).not.toContain('<details');
      expect(tableRows(overview, lang === 'vi' ? 'thay đổi mức đạt chuẩn' : 'standings changed').reduce((s, r) => s + num(r[3]), 0)).toBe(
        [...standingChanges(last.from, last.to).values()].reduce((s, n) => s + n, 0),
      );
      const feed = readFileSync(join(out, lang === 'en' ? 'en' : '', 'feed.xml'), 'utf8');
      expect(feed.split('<entry>')).toHaveLength(pairs.length + 1);
      const crit = criteriaChanges(last.from, last.to);
      expect(feed).toContain(lang === 'vi' ? `${crit.improved} tiến lên, ${crit.worsened} lùi lại` : `${crit.improved} improved, ${crit.worsened} worsened`);
    }
  });

  it('lists only the top star ratings that fit on /ocop/, and one row per model on /mo-hinh/', () => {
    const products = data['ocop-products'];
    const stars = [...new Set(products.map((p) => p.stars ?? 0))].sort((a, b) => b - a);
    const lowest = stars.filter((s) => products.filter((p) => (p.stars ?? 0) >= s).length <= LIMIT).at(-1) ?? Infinity;
    const models = new Set(data['production-models'].map((r) => r.name.trim().toLowerCase()));
    for (const lang of LANGS) {
      const h = main(html(lang, 'ocop'));
      const listed = [...h.matchAll(/<tr id="([^"]+)" data-product/g)].map((m) => m[1]);
      expect(listed).toEqual(products.filter((p) => (p.stars ?? 0) >= lowest).map((p) => p.id));
      expect(text(h)).toContain(lang === 'vi' ? `Danh sách đầy đủ có ${products.length} dòng` : `The full list has ${products.length} rows`);
      const m = main(html(lang, 'mo-hinh'));
      expect(m).not.toContain('<article');
      expect(tableRows(m)).toHaveLength(Math.min(LIMIT, models.size));
    }
  });

  it('shows at most the limit of warnings on the data-quality page (one of each kind at least) and says so', () => {
    const warnings = loaded.issues.warnings;
    const kinds = new Set(warnings.map((w) => w.kind));
    expect(warnings.length).toBeGreaterThan(Math.max(LIMIT, kinds.size));
    for (const lang of LANGS) {
      const h = main(html(lang, 'du-lieu/chat-luong'));
      expect([...h.matchAll(/<li id="w-/g)]).toHaveLength(Math.max(LIMIT, kinds.size));
      for (const kind of kinds) expect([...section(h, kind).matchAll(/<li id="w-/g)].length, kind).toBeGreaterThan(0);
      expect(text(h)).toContain('npm run check');
    }
  });

  it('passes html-validate on every summarised page, and its links and #fragments resolve', async () => {
    const validator = new HtmlValidate(htmlValidateConfig());
    const district = childrenOf(root.code)[0]!;
    const paths = ['', 'xa/', `xa/${slugOf(root)}/`, `xa/${slugOf(district)}/`, 'kinh-phi/', 'ocop/', 'mo-hinh/', 'du-lieu/thay-doi/', 'du-lieu/chat-luong/'];
    const problems: string[] = [];
    for (const lang of LANGS) {
      for (const p of paths) {
        const file = join(out, lang === 'en' ? 'en' : '', p, 'index.html');
        const report = await validator.validateFile(file);
        for (const r of report.results) for (const msg of r.messages) problems.push(`${relative(out, file)}: ${msg.ruleId} ${msg.message}`);
        // On unit pages, the children section (UnitActivities' links are another change's).
        const whole = readFileSync(file, 'utf8').replace(/<script[\s\S]*?<\/script>/g, '');
        const h = p.startsWith('xa/') && p !== 'xa/' ? section(whole, 'children-h') : whole;
        for (const [, href] of h.matchAll(/\shref="(\/[^"]*)"/g)) {
          const url = new URL(href!.replace(/&amp;/g, '&'), 'http://site');
          const target = join(out, decodeURIComponent(url.pathname), url.pathname.endsWith('/') ? 'index.html' : '');
          if (!existsSync(target)) problems.push(`${relative(out, file)}: ${href} has no file`);
          else if (url.hash.length > 1 && target.endsWith('.html') && !readFileSync(target, 'utf8').includes(`id="${decodeURIComponent(url.hash.slice(1))}"`)) {
            problems.push(`${relative(out, file)}: ${href} has no such id`);
          }
        }
        for (const [, id] of h.matchAll(/\shref="#([^"]+)"/g)) if (!whole.includes(`id="${id}"`)) problems.push(`${relative(out, file)}: #${id} has no such id`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describeBrowser(`the summarised pages of the site with a list limit of ${LIMIT} in a browser`, () => {
  it('pass axe (WCAG 2.2 AA); English only for /xa/, the markup being the same', async () => {
    expect(status).toBe(0);
    const served = await serveSite(out);
    const browser = await launchBrowser();
    try {
      const context = await newContext(browser);
      const district = childrenOf(root.code)[0]!;
      const paths = ['xa/', `xa/${slugOf(district)}/`, 'kinh-phi/', 'ocop/', 'mo-hinh/', 'du-lieu/thay-doi/', 'du-lieu/chat-luong/'];
      const problems: string[] = [];
      for (const lang of LANGS) {
        for (const p of lang === 'vi' ? paths : ['xa/']) {
          const url = new URL(`${lang === 'en' ? 'en/' : ''}${p}`, served.url).href;
          const visit = await visitPage(context, url, { axe: true });
          if (visit.error || visit.status !== 200) problems.push(`${url}: ${visit.error ?? visit.status}`);
          problems.push(...formatViolations(url, visit.violations), ...visit.consoleErrors.map((e) => `${url}: ${e}`));
        }
      }
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
      await served.close();
    }
  }, 120_000);
});

// --- the default site, below the limit ----------------------------------------------

const sites = inject('sites');
describe.skipIf(!sites.default)('the default site, below the limit', () => {
  const def = loadDataDir(testSites.default!.data).data as Tables;
  const defRoot = def.units.find((u) => !u.parent_code)!;

  it('has fewer rows than the limit in every listing, and no “too long” notice', () => {
    for (const n of [def.units.length, def.funding.length, def['ocop-products'].length, def['production-models'].length]) expect(n).toBeLessThanOrEqual(LIST_LIMIT);
    for (const lang of LANGS) {
      for (const p of ['xa', 'kinh-phi', 'ocop', 'mo-hinh', 'du-lieu/thay-doi', 'du-lieu/chat-luong']) {
        expect(main(page(sites.default!, lang, p)), p).not.toContain('list-too-long');
      }
    }
  });

  it('lists every funding line and every unit in full', () => {
    for (const lang of LANGS) {
      const funding = main(page(sites.default!, lang, 'kinh-phi'));
      for (const f of def.funding) expect(funding).toContain(`<li id="${f.id}" class="funding-line"`);
      expect(main(page(sites.default!, lang, 'xa'))).toContain('id="units-table"');
    }
  });

  it('shows the root’s children as a table with level, standing and criteria met, outside the search index', () => {
    const kids = def.units.filter((u) => u.parent_code === defRoot.code);
    expect(kids.length).toBeGreaterThan(1);
    for (const lang of LANGS) {
      const sec = section(page(sites.default!, lang, `xa/${slugOf(defRoot)}`), 'children-h');
      expect(sec).toMatch(/^<section[^>]*data-pagefind-ignore/);
      const rows = tableRows(sec);
      expect(rows.map((r) => r[0])).toEqual(kids.map((k) => k.name));
      for (const k of kids) expect(sec).toContain(`href="${lang === 'en' ? '/en/' : '/'}xa/${slugOf(k)}/"`);
      let checked = 0;
      for (const k of kids) {
        const own = def['criteria-status'].filter((r) => r.unit_code === k.code);
        const cell = rows.find((r) => r[0] === k.name)![3]!;
        for (const set of new Set(own.map((r) => r.set))) {
          const last = own.filter((r) => r.set === set).map((r) => r.as_of).sort().at(-1);
          const met = own.filter((r) => r.set === set && r.as_of === last && r.status === 'met').length;
          const size = def['criteria-sets'].find((x) => x.id === set)!.size;
          expect(cell, k.name).toContain(`${met}/${size}`);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(0);
    }
  });
});
