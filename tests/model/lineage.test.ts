// Where each unit is today. The expectations are the reference facts of the
// product description (the 2024-25 and 2025 mergers of Triệu Sơn) and of the
// split fixture's README, not the program's output.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadDataDir, loadFromFiles } from '../../src/ingest/load.ts';
import { buildLineage, timelineText, type Lineage, type PresentUnit } from '../../src/model/lineage.ts';
import { buildModel } from '../../src/model/build.ts';
import { slugify } from '../../src/lib/text.ts';
import { csv, fixtures, root } from '../ingest/helpers.ts';

const lineageOf = (dir: string): { lineage: Lineage; unitSlugs: Set<string> } => {
  const loaded = loadDataDir(dir);
  expect(loaded.issues.errors).toEqual([]);
  const units = loaded.data.units!;
  return { lineage: buildLineage(units, loaded.data['unit-changes']), unitSlugs: new Set(units.map((u) => `${slugify(u.name)}-${slugify(u.code)}`)) };
};
const presentNamed = (l: Lineage, name: string, code: string): PresentUnit => {
  const found = l.present.filter((p) => p.name === name && p.code === code);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('Triệu Sơn: the 2024-25 mergers, then 1/7/2025', () => {
  const { lineage, unitSlugs } = lineageOf(join(root, 'data'));
  const thoPhu = presentNamed(lineage, 'Thọ Phú', '15763');

  it('leads Xuân Thịnh (15736) to Thọ Phú (15763) through the Xuân Lộc that kept code 15736', () => {
    const routes = lineage.units.get('15736')!.routes;
    expect(routes).toHaveLength(1);
    const [first, second] = routes[0]!;
    expect(routes[0]).toHaveLength(2);
    expect(first).toMatchObject({ kind: 'merge', date: { date: '2025-01-04', notBefore: '2024-10-01' }, from: { name: 'Xuân Thịnh', code: '15736' }, to: { name: 'Xuân Lộc', code: '15736' } });
    expect(second).toMatchObject({ kind: 'merge', date: { date: '2025-07-01' }, from: { name: 'Xuân Lộc', code: '15736' }, to: { name: 'Thọ Phú', code: '15763' } });
    expect(lineage.units.get('15736')!.ends.map((e) => e.id)).toEqual([thoPhu.id]);
    expect(timelineText(routes[0]!, 'vi')).toBe('Xuân Thịnh → (2024–25) Xuân Lộc, mã 15736 → (1/7/2025) Thọ Phú, mã 15763');
    expect(timelineText(routes[0]!, 'en')).toBe('Xuân Thịnh → (2024–25) Xuân Lộc, code 15736 → (1 Jul 2025) Thọ Phú, code 15763');
  });

  it('leads Thọ Vực (15760) to Thọ Phú (15763) through the Thọ Phú that kept code 15760', () => {
    const routes = lineage.units.get('15760')!.routes;
    expect(routes.map((r) => r.map((s) => [s.to!.name, s.to!.code]))).toEqual([[['Thọ Phú', '15760'], ['Thọ Phú', '15763']]]);
  });

  it('keeps code 15736 of 2021 and code 15736 of 2024-25 apart: two units, one with a page, one without', () => {
    const [first] = lineage.units.get('15736')!.routes[0]!;
    expect(first!.from.code).toBe(first!.to!.code);
    expect(first!.from.id).not.toBe(first!.to!.id);
    expect(first!.from.page).toEqual({ kind: 'unit', code: '15736' });
    expect(first!.to!.page).toBeUndefined();
    // Xuân Lộc (15739) meets the same 2024-25 unit, not its own code.
    expect(lineage.units.get('15739')!.routes[0]![0]!.to!.id).toBe(first!.to!.id);
    // The new Thọ Phú reuses Thọ Thế's code; the new Đồng Tiến reuses the old one's name and code.
    const thoThe = lineage.units.get('15763')!.routes[0]![0]!;
    expect(thoThe.from.id).not.toBe(thoThe.to!.id);
    const dongTien = presentNamed(lineage, 'Đồng Tiến', '15724');
    for (const p of lineage.present) expect(unitSlugs.has(p.slug), p.slug).toBe(false);
    expect(dongTien.slug).not.toBe('dong-tien-15724');
    expect(new Set(lineage.present.map((p) => p.slug)).size).toBe(lineage.present.length);
  });

  it('lists the seven communes Thọ Phú (15763) came from, four of them through a 2024-25 commune', () => {
    const byCode = new Map(thoPhu.predecessors.map((p) => [p.unit.code, p]));
    expect([...byCode.keys()].sort()).toEqual(['15736', '15739', '15742', '15748', '15757', '15760', '15763']);
    expect(thoPhu.predecessors.map((p) => p.unit.name).sort()).toEqual(['Thọ Dân', 'Thọ Phú', 'Thọ Thế', 'Thọ Tân', 'Thọ Vực', 'Xuân Lộc', 'Xuân Thịnh'].sort());
    const via = (code: string) => byCode.get(code)!.routes.map((r) => r.slice(0, -1).map((s) => s.to!.code));
    expect(via('15736')).toEqual([['15736']]);
    expect(via('15739')).toEqual([['15736']]);
    expect(via('15760')).toEqual([['15760']]);
    expect(via('15757')).toEqual([['15760']]);
    for (const code of ['15742', '15748', '15763']) expect(byCode.get(code)!.direct, code).toBe(true);
    expect(thoPhu.predecessors.filter((p) => !p.direct)).toHaveLength(4);
    expect(thoPhu.formedFrom.map((s) => s.from.name).sort()).toEqual(['Thọ Dân', 'Thọ Phú', 'Thọ Thế', 'Thọ Tân', 'Xuân Lộc'].sort());
    expect(thoPhu).toMatchObject({ level: 'commune', parentCode: '38', parentName: 'Thanh Hóa', since: { date: '2025-07-01' } });
  });

  it('has the eight communes of 2025, reached by every commune and township, each exactly once', () => {
    const expected = [
      ['Triệu Sơn', '15664', 5],
      ['Thọ Bình', '15667', 3],
      ['Thọ Ngọc', '15754', 4],
      ['Thọ Phú', '15763', 7],
      ['Hợp Tiến', '15682', 5],
      ['An Nông', '15766', 4],
      ['Tân Ninh', '15715', 3],
      ['Đồng Tiến', '15724', 3],
    ] as const;
    expect(lineage.present).toHaveLength(8);
    for (const [name, code, n] of expected) expect(presentNamed(lineage, name, code).predecessors, name).toHaveLength(n);
    expect(expected.reduce((s, [, , n]) => s + n, 0)).toBe(34);
    expect(lineage.presentBySlug.get(thoPhu.slug)).toBe(thoPhu);
  });

  it('ends the district with its abolition, and leaves the villages, which no change names, where they are', () => {
    const district = lineage.units.get('397')!;
    expect(district.ends).toEqual([]);
    expect(district.abolished.map((s) => [s.kind, s.date?.date])).toEqual([['abolish', '2025-07-01']]);
    expect(lineage.units.get('15721-lo-trach')!.routes).toEqual([]);
  });
});

describe('a split (fixture tests/fixtures/split)', () => {
  const { lineage, unitSlugs } = lineageOf(join(fixtures, 'split'));
  const hopNhat = presentNamed(lineage, 'Xã Hợp Nhất', '00101');
  const dongHai = presentNamed(lineage, 'Xã Đông Hai', '00202');

  it('gives the split unit every successor as an end, and puts it among the predecessors of each', () => {
    const xaHai = lineage.units.get('00102')!;
    expect(xaHai.routes.map((r) => r.map((s) => s.kind))).toEqual([['split'], ['split']]);
    expect(xaHai.ends.map((e) => e.id).sort()).toEqual([hopNhat.id, dongHai.id].sort());
    for (const p of [hopNhat, dongHai]) expect(p.predecessors.map((x) => x.unit.code), p.name).toContain('00102');
  });

  it('follows the two-step chain: Xã Bốn, renamed Xã Tân Bốn, into Xã Hợp Nhất', () => {
    expect(lineage.units.get('00104')!.routes.map((r) => r.map((s) => `${s.kind}:${s.to!.name}`))).toEqual([['rename:Xã Tân Bốn', 'merge:Xã Hợp Nhất']]);
    expect(hopNhat.predecessors.map((p) => [p.unit.name, p.direct])).toEqual([
      ['Xã Một', true],
      ['Xã Hai', true],
      ['Xã Bốn', false],
    ]);
    expect(dongHai.predecessors.map((p) => p.unit.name)).toEqual(['Xã Hai', 'Xã Ba']);
  });

  it('keeps Xã Một and Xã Hợp Nhất apart though they share code 00101', () => {
    const [step] = lineage.units.get('00101')!.routes[0]!;
    expect(step!.to!.id).toBe(hopNhat.id);
    expect(step!.from.id).not.toBe(hopNhat.id);
    expect(unitSlugs.has(hopNhat.slug)).toBe(false);
    expect(hopNhat.page).toEqual({ kind: 'present', slug: hopNhat.slug });
  });
});

describe('slugs and the version-1 shorthand', () => {
  const units = csv(
    'code,name,level,parent_code,successor_code,successor_name,successor_from',
    '001,Huyện Mẫu,district,,,,',
    '00101,Xã Một,commune,001,00201,Xã Mới,2025-07-01',
    '00102,Xã Hai,commune,001,00201,Xã Mới,2025-07-01',
    '00103,Xã Ba,commune,001,00104,Xã Bốn,2025-07-01',
    '00104,Xã Bốn,commune,001,,,',
  );
  const loaded = loadFromFiles({ 'units.csv': units });
  const rows = loaded.data.units!;

  it('reads successor_* alone as merge rows: a new unit, or a unit that carries on and takes one in', () => {
    const l = buildLineage(rows);
    expect(l.present.map((p) => [p.name, p.code, p.predecessors.map((x) => x.unit.code)])).toEqual([['Xã Mới', '00201', ['00101', '00102']]]);
    // Xã Bốn has no change of its own that day, so it takes in Xã Ba and carries on.
    expect(l.units.get('00103')!.ends.map((e) => e.page)).toEqual([{ kind: 'unit', code: '00104' }]);
    expect(l.units.get('00104')!.predecessors.map((p) => p.unit.code)).toEqual(['00103']);
  });

  it('steps around a units.csv page whose slug happens to be a present-day unit’s', () => {
    const odd = loadFromFiles({ 'units.csv': units + '2025,Xã Mới 00201,commune,001,,,\n' }).data.units!;
    expect(odd.some((u) => `${slugify(u.name)}-${slugify(u.code)}` === 'xa-moi-00201-2025')).toBe(true);
    expect(buildLineage(odd).present[0]!.slug).not.toBe('xa-moi-00201-2025');
  });

  it('never gives a present-day unit a slug a page of units.csv already has', () => {
    const plain = buildLineage(rows).present[0]!.slug;
    expect(plain).toBe('xa-moi-00201-2025');
    const l = buildLineage(rows, undefined, { reservedSlugs: [plain] });
    expect(l.present[0]!.slug).not.toBe(plain);
    expect(l.present[0]!.slug.startsWith(plain)).toBe(true);
  });
});

describe('the site model', () => {
  const loaded = loadDataDir(join(root, 'data'));
  const split = loadDataDir(join(fixtures, 'split'));

  it('takes the graph the checks resolved, instead of resolving the tables again', () => {
    expect(loaded.lineage?.units.get('15736')?.out).toHaveLength(1);
    expect(buildModel(loaded.data, [], { lineage: loaded.lineage }).lineage.present).toHaveLength(8);
    // Given another data set's graph, the model shows that one: it was not resolved again.
    const other = buildModel(loaded.data, [], { lineage: split.lineage });
    expect(other.lineage.present.map((p) => p.name).sort()).toEqual(['Xã Hợp Nhất', 'Xã Đông Hai']);
  });

  it('gives each unit with a recorded change its lineage, and no other unit one', () => {
    const model = buildModel(loaded.data, []);
    expect(model.unitByCode.get('15736')!.lineage!.ends.map((e) => [e.name, e.code])).toEqual([['Thọ Phú', '15763']]);
    expect(model.unitByCode.get('15721-lo-trach')!.lineage).toBeUndefined();
    const unitSlugs = new Set(model.units.map((u) => u.slug));
    for (const p of model.lineage.present) expect(unitSlugs.has(p.slug), p.slug).toBe(false);
  });

  it('keeps a unit page whose slug was made unique clear of the present-day slugs', () => {
    // Units whose names and codes slug like the present-day unit's fallbacks; the last page becomes `…-2`.
    const rows = csv(
      'code,name,level,parent_code,successor_code,successor_name,successor_from',
      '001,Huyện Mẫu,district,,,,',
      '00201-2025,Xã Mới,commune,001,,,',
      '00201-2025-20250701,Xã Mới,commune,001,,,',
      '00201.2025.20250701,Xã Mới,commune,001,,,',
      '00101,Xã Một,commune,001,00201,Xã Mới,2025-07-01',
    );
    const data = loadFromFiles({ 'units.csv': rows });
    const model = buildModel(data.data, [], { lineage: data.lineage });
    const slugs = model.units.map((u) => u.slug);
    expect(slugs).toContain('xa-moi-00201-2025-20250701-2');
    expect(slugs).not.toContain(model.lineage.present[0]!.slug);
  });
});
