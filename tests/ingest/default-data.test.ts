// The default data set against the district report (bc-9-thang-2021): the
// expected figures are the report's, not the program's.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadDataDir } from '../../src/ingest/load.ts';
import { ofKind, root } from './helpers.ts';

const loaded = loadDataDir(join(root, 'data'));
const data = loaded.data;

describe('default data (Triệu Sơn, 30/9/2021)', () => {
  it('loads with no errors', () => {
    expect(loaded.issues.errors).toEqual([]);
  });

  it('has 37 units: the district as the only root, 32 communes, 2 townships, 2 villages', () => {
    const units = data.units ?? [];
    expect(units).toHaveLength(37);
    const roots = units.filter((u) => !u.parent_code);
    expect(roots.map((u) => [u.code, u.level])).toEqual([['397', 'district']]);
    expect(units.filter((u) => u.level === 'commune')).toHaveLength(32);
    expect(units.filter((u) => u.level === 'township')).toHaveLength(2);
    expect(units.filter((u) => u.level === 'village')).toHaveLength(2);
  });

  it('has 608 commune criteria rows (32 communes × 19), all met, at 30/9/2021', () => {
    const setIds = new Set((data['criteria-sets'] ?? []).filter((s) => s.applies_to === 'commune' && s.standard === 'ntm' && s.size === 19).map((s) => s.id));
    expect(setIds.size).toBe(1);
    const rows = (data['criteria-status'] ?? []).filter((r) => setIds.has(r.set));
    expect(rows).toHaveLength(608);
    expect(rows.every((r) => r.status === 'met' && r.as_of === '2021-09-30')).toBe(true);
    expect(new Set(rows.map((r) => r.unit_code)).size).toBe(32);
  });

  it('has 12 OCOP products, 6 of them certified', () => {
    const products = data['ocop-products'] ?? [];
    expect(products).toHaveLength(12);
    expect(products.filter((p) => p.status === 'certified')).toHaveLength(6);
  });

  it('has top-level 2021 funding lines summing to 64.970 (district) and 3.900 (province) million VND', () => {
    const top = (source: string) =>
      (data.funding ?? []).filter((f) => !f.parent_id && f.year === 2021 && f.source === source).reduce((s, f) => s + (f.amount ?? 0), 0);
    expect(top('district')).toBe(64970);
    expect(top('province')).toBe(3900);
  });

  it("shows the report's own contradictions as warnings", () => {
    const warnings = loaded.issues.warnings;
    // 31/32 = 96.875 %, printed as 96,8 %.
    expect(ofKind(warnings, 'percent_mismatch')).toEqual(
      expect.arrayContaining([expect.objectContaining({ file: 'indicator-values.csv', reported: 96.8 })]),
    );
    // "9/9 district criteria", but only 6 are listed.
    expect(ofKind(warnings, 'computed_mismatch')).toEqual(
      expect.arrayContaining([expect.objectContaining({ file: 'indicator-values.csv', reported: 9, computed: 6 })]),
    );
    // 29 village cultural houses, "13 renovated, 14 new".
    expect(ofKind(warnings, 'funding_quantity_sum')).toEqual(
      expect.arrayContaining([expect.objectContaining({ file: 'funding.csv', reported: 29, computed: 27 })]),
    );
  });

  it('gives no warning where the report adds up: 1/32 printed 3,1 %, 16.920 = 30 % of 56.400', () => {
    const warnings = loaded.issues.warnings;
    const advanced = (data['indicator-values'] ?? []).filter((v) => v.value === 1 && v.denominator === 32 && v.reported_percent === 3.1);
    expect(advanced).toHaveLength(1);
    expect(ofKind(warnings, 'percent_mismatch').filter((w) => w.line === advanced[0]!._line)).toEqual([]);
    expect(ofKind(warnings, 'funding_commitment_share')).toEqual([]);
  });
});
