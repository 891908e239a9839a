// The synthetic data behind `npm run bench` must be valid contract data,
// or the benchmark measures an error page instead of a site.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../scripts/generate-synthetic.ts';
import { loadDataDir } from '../../src/ingest/load.ts';
import { columnsOf, tableNames, tables } from '../../src/contract/tables.ts';
import { buildLineage } from '../../src/model/lineage.ts';

const dirs: string[] = [];
const fresh = () => {
  const dir = mkdtempSync(join(tmpdir(), 'synthetic-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe.each([
  { units: 12, dates: 2 },
  { units: 45, dates: 3 },
])('generate-synthetic with $units communes and $dates dates', ({ units, dates }) => {
  const out = fresh();
  generate({ units, dates, out });
  const loaded = loadDataDir(out);

  it('loads with no errors', () => {
    expect(loaded.issues.errors.map((e) => `${e.file}:${e.line} ${e.en}`)).toEqual([]);
  });

  it('fills every table of the contract', () => {
    for (const name of tableNames) {
      expect(loaded.present[name], name).toBe(true);
      expect(loaded.data[name]?.length ?? 0, name).toBeGreaterThan(0);
    }
  });

  it('writes every header from the contract, in its order, and no unknown column', () => {
    for (const name of tableNames) {
      const header = readFileSync(join(out, tables[name].file), 'utf8').split('\n')[0]!.split(/[,;]/);
      expect(header, name).toEqual(columnsOf(name));
    }
    expect(loaded.issues.warnings.filter((w) => w.kind === 'column_unknown')).toEqual([]);
  });

  it('has the requested number of commune-level units under one root', () => {
    const rows = loaded.data.units!;
    expect(rows.filter((u) => ['commune', 'township', 'ward'].includes(u.level))).toHaveLength(units);
    expect(rows.filter((u) => !u.parent_code)).toHaveLength(1);
    expect(rows.some((u) => u.level === 'village')).toBe(true);
  });

  it('has a status for every criterion of the main set, per commune and date', () => {
    const main = loaded.data['criteria-status']!.filter((r) => r.set === 'xa-ntm-2016');
    expect(main).toHaveLength(units * 19 * dates);
    expect(new Set(main.map((r) => r.as_of)).size).toBe(dates);
  });

  it('has a criteria set with no itemised criteria', () => {
    const itemised = new Set(loaded.data.criteria!.map((c) => c.set));
    expect(loaded.data['criteria-sets']!.some((s) => !itemised.has(s.id))).toBe(true);
  });

  it('uses all four computed_from forms', () => {
    const forms = new Set(loaded.data.indicators!.map((i) => i.computed_from?.split(':')[0]).filter(Boolean));
    expect([...forms].sort()).toEqual(['criteria_met', 'funding_amount', 'ocop_certified', 'units_recognized']);
  });

  it('agrees with its detail rows except for the deliberate mismatches', () => {
    const kinds = loaded.issues.warnings.map((w) => w.kind);
    // Planted: one recognised-communes count, one people's-contribution total.
    expect(kinds.filter((k) => k === 'computed_mismatch')).toHaveLength(2);
    expect(kinds).toContain('percent_mismatch');
    expect(kinds).toContain('funding_sum');
    expect(kinds).not.toContain('funding_quantity_amount');
    expect(kinds).not.toContain('funding_commitment_share');
  });

  it('writes a history with merges, splits, chains of two steps and codes reused by other units, about three units into one', () => {
    const rows = loaded.data['unit-changes']!;
    expect([...new Set(rows.map((r) => r.kind))].sort()).toEqual(expect.arrayContaining(['abolish', 'merge', 'rename', 'split']));
    expect(rows.some((r) => r.effective_not_before)).toBe(true);
    const lineage = buildLineage(loaded.data.units!, rows, { graph: loaded.lineage });
    const chains = [...lineage.units.values()];
    expect(chains.some((c) => c.routes.some((r) => r.length === 2)), 'a chain of two steps').toBe(true);
    expect(chains.some((c) => c.ends.length === 2), 'a split with two successors').toBe(true);
    // A present-day unit under a code some other unit held before it.
    const held = new Map(loaded.data.units!.map((u) => [u.code, u.name]));
    expect(lineage.present.some((p) => held.has(p.code) && held.get(p.code) !== p.name)).toBe(true);
    const communes = lineage.present.filter((p) => p.level !== 'province');
    expect(communes.length).toBeGreaterThan(units / 4);
    expect(communes.length).toBeLessThan(units / 2);
    // Some successor_* shorthands, which agree with the table (no error above).
    expect(loaded.data.units!.some((u) => u.successor_code)).toBe(true);
  });

  it('keeps the leading zeros of unit codes', () => {
    expect(loaded.data.units!.some((u) => /^0\d+$/.test(u.code))).toBe(true);
  });
});

describe('generate-synthetic determinism', () => {
  const read = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

  it('writes the same bytes for the same seed, and other bytes for another seed', () => {
    const a = fresh();
    const b = fresh();
    const c = fresh();
    generate({ units: 30, dates: 2, out: a, seed: 7 });
    generate({ units: 30, dates: 2, out: b, seed: 7 });
    generate({ units: 30, dates: 2, out: c, seed: 8 });
    expect(read(a)).toEqual(read(b));
    expect(read(a)).not.toEqual(read(c));
  });
});
