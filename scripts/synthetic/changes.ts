// The synthetic unit-changes.csv: a 2024–2025 reorganisation like the real one.
import type { Code } from '../../src/contract/codes.ts';
import { SYLLABLES, dmy, type Cells, type GenUnit, type World } from './world.ts';

export interface ChangePlan {
  rows: Cells<'unit-changes'>[];
  /** Units of units.csv merged directly into a 2025 unit: that unit. */
  directSuccessor: Map<string, { code: string; name: string }>;
}

export const REFORM = '2025-07-01';
export const EARLY = { effective: '2025-01-01', effective_not_before: '2024-10-01' };
/** Sizes of the 2025 mergers, in turn: about three units into one, as nationally (10,000 → 3,300). */
export const GROUP_SIZES = [3, 2, 4, 3, 3, 3, 2];

/**
 * The administrative history, as Vietnam's 2023–2025 reorganisation had it:
 * pairs of communes merged in 2024–25 (uncertain date) into a commune that
 * kept the first one's code; a few renamed in 2023; then on 1/7/2025 every
 * district abolished, its units merged about three into one under a code one
 * of them held, some split between two new units, a few only moved to the
 * province; and, nationally, provinces merged in pairs. Deterministic: no
 * random numbers are drawn, so the other tables stay as they were.
 */
export function planChanges(w: World): ChangePlan {
  if (w.changes) return w.changes;
  const early: Cells<'unit-changes'>[] = [];
  const renames: Cells<'unit-changes'>[] = [];
  const reform: Cells<'unit-changes'>[] = [];
  const directSuccessor = new Map<string, { code: string; name: string }>();
  let named = 0;
  // A new name, never that of the unit that held the code before: that would be a loop back to it.
  const originalName = new Map(w.units.map((u) => [u.code, u.name]));
  const newName = (code: string): string => {
    const k = named++;
    const a = SYLLABLES[(k * 5 + 1) % SYLLABLES.length]!;
    const b = SYLLABLES[(k * 11 + 7) % SYLLABLES.length]!;
    const name = a === b ? `${a} Mới` : `${a} ${b}`;
    return originalName.get(code)?.endsWith(name) ? newName(code) : name;
  };
  const basis = 'NQ-SX/2025';

  // Provinces in pairs (the last three together), each new one under the first one's code.
  const provinceAfter = new Map<string, { code: string; name: string }>();
  const root = w.units[0]!;
  for (let p = 0; p < w.provinces.length; ) {
    const take = w.provinces.length - p === 3 ? 3 : Math.min(2, w.provinces.length - p);
    const group = w.provinces.slice(p, p + take);
    p += take;
    const to = { code: group[0]!.code, name: group.at(-1)!.name };
    for (const u of group) {
      provinceAfter.set(u.code, to);
      reform.push({ effective: REFORM, kind: 'merge', from_code: u.code, from_name: u.name, to_code: to.code, to_name: to.name, to_level: 'province', to_parent_code: root.code, to_parent_name: root.name, basis });
    }
  }

  interface Current { code: string; name: string; level: Code<'unitLevel'>; original?: GenUnit }
  const groups = w.districts.length > 0 ? w.districts.map((d) => ({ district: d as GenUnit | undefined, members: w.communes.filter((c) => c.districtIndex === d.districtIndex) })) : [{ district: undefined, members: w.communes }];
  for (const [gi, { district, members }] of groups.entries()) {
    // Where the new units belong: the new province, the root province, or (a district data set) a province outside the data.
    const parent = district ? (provinceAfter.get(district.parent!) ?? { code: root.code, name: root.name }) : { code: '99', name: 'Tỉnh Mẫu' };
    const current: Current[] = [];
    for (let k = 0; k < members.length; k++) {
      const u = members[k]!;
      const next = members[k + 1];
      if (k % 10 === 1 && next) {
        // Two communes into one that keeps the first one's code under the second one's name: a code reused across a change.
        const to = { code: u.code, name: next.name };
        for (const m of [u, next]) {
          early.push({ ...EARLY, kind: 'merge', from_code: m.code, from_name: m.name, to_code: to.code, to_name: to.name, to_level: 'commune', to_parent_code: district?.code ?? root.code, to_parent_name: district?.name ?? root.name, note: m === u ? 'Xã mới giữ mã của xã này nhưng là đơn vị khác, rộng hơn' : undefined, note_en: m === u ? 'The new commune keeps this one’s code but is a different, larger unit' : undefined });
        }
        current.push({ ...to, level: 'commune' });
        k++;
      } else if (k % 50 === 7) {
        const to = { code: u.code, name: `Tân ${u.name.replace(/^(Thị trấn|Phường) /, '')}` };
        renames.push({ effective: '2023-07-01', kind: 'rename', from_code: u.code, from_name: u.name, to_code: to.code, to_name: to.name, to_level: u.level, to_parent_code: u.parent, to_parent_name: district?.name ?? root.name, basis: 'NQ-DT/2023' });
        current.push({ ...to, level: u.level });
      } else if (k % 30 === 13 && gi % 2 === 0) {
        reform.push({ effective: REFORM, kind: 'transfer', from_code: u.code, from_name: u.name, to_code: u.code, to_name: u.name, to_level: u.level, to_parent_code: parent.code, to_parent_name: parent.name, basis });
      } else current.push({ code: u.code, name: u.name, level: u.level, original: u });
    }
    // About three into one; a last unit alone joins the group before it.
    const merged: Current[][] = [];
    for (let at = 0, t = gi; at < current.length; t++) {
      const size = GROUP_SIZES[t % GROUP_SIZES.length]!;
      merged.push(current.slice(at, at + size));
      at += size;
    }
    if (merged.length > 1 && merged.at(-1)!.length === 1) merged.at(-2)!.push(...merged.pop()!);
    // One commune in five districts is split between its own new unit and the next.
    const split = merged.length > 1 && gi % 5 === 0 ? current.find((c, i) => i >= 4 && c.original) : undefined;
    const splitGroup = split ? merged.findIndex((g) => g.includes(split)) : -1;
    const news = merged.map((g, i) => {
      const keeper = g.find((c) => c !== split)!;
      return { code: keeper.code, name: i % 2 === 0 ? keeper.name : newName(keeper.code), level: (g.some((c) => c.level === 'ward') ? 'ward' : 'commune') as Code<'unitLevel'> };
    });
    for (const [i, g] of merged.entries()) {
      const to = news[i]!;
      const target = { to_code: to.code, to_name: to.name, to_level: to.level, to_parent_code: parent.code, to_parent_name: parent.name, basis };
      for (const c of g) {
        if (c === split) {
          const other = news[splitGroup + 1] ?? news[splitGroup - 1]!;
          reform.push({ effective: REFORM, kind: 'split', from_code: c.code, from_name: c.name, ...target, note: 'Phần phía tây', note_en: 'The western part' });
          reform.push({ effective: REFORM, kind: 'split', from_code: c.code, from_name: c.name, ...target, to_code: other.code, to_name: other.name, to_level: other.level, note: 'Phần phía đông', note_en: 'The eastern part' });
          continue;
        }
        reform.push({ effective: REFORM, kind: 'merge', from_code: c.code, from_name: c.name, ...target });
        if (c.original) directSuccessor.set(c.code, { code: to.code, name: to.name });
      }
    }
    const abolished = district ?? (root.level === 'district' ? root : undefined);
    if (abolished) reform.push({ effective: REFORM, kind: 'abolish', from_code: abolished.code, from_name: abolished.name, basis, note: 'Cấp huyện không còn', note_en: 'The district level ceased' });
  }
  w.changes = { rows: [...renames, ...early, ...reform], directSuccessor };
  return w.changes;
}

export function* unitChangeRows(w: World): Generator<Cells<'unit-changes'>> {
  // Dates as ISO in the table, except the uncertain ones, typed the Vietnamese way.
  for (const r of planChanges(w).rows) yield r.effective_not_before ? { ...r, effective: dmy(String(r.effective)), effective_not_before: dmy(String(r.effective_not_before)) } : r;
}

/** As a spreadsheet exports it: comma, LF, no BOM. */
