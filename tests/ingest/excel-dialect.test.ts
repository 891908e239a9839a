// The second data set: fictional, written the way Excel on a Vietnamese PC
// saves CSV. It must read exactly as meant, with only its deliberate warnings.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataDir } from '../../src/ingest/load.ts';
import { buildModel } from '../../src/model/build.ts';
import { fixtures } from './helpers.ts';
import { excelDir, generatedFiles } from '../fixtures/write-fixtures.ts';

const loaded = loadDataDir(excelDir);
const data = loaded.data;

describe('tests/fixtures/excel-dialect', () => {
  it('is on disk exactly as write-fixtures.ts writes it (bad cases too)', () => {
    const expected = generatedFiles();
    for (const [path, bytes] of expected) expect(readFileSync(join(fixtures, path)), path).toEqual(Buffer.from(bytes));
    const onDisk = (dir: string): string[] =>
      readdirSync(join(fixtures, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? onDisk(`${dir}/${e.name}`) : [`${dir}/${e.name}`]));
    expect([...onDisk('excel-dialect'), ...onDisk('bad')].sort()).toEqual([...expected.keys()].sort());
  });

  it('is written the Excel way: BOM, semicolons, CRLF', () => {
    for (const name of readdirSync(excelDir).filter((n) => n.endsWith('.csv'))) {
      const bytes = readFileSync(join(excelDir, name));
      expect([...bytes.subarray(0, 3)], name).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8');
      expect(text.split('\n')[0], name).toContain(';');
      expect(text.replace(/\r\n/g, ''), name).not.toMatch(/[\r\n]/);
    }
  });

  it('loads with no errors', () => {
    expect(loaded.issues.errors).toEqual([]);
  });

  it('gives exactly its deliberate warnings', () => {
    const found = loaded.issues.warnings.map((w) => `${w.kind} ${w.file}:${w.line}`);
    expect(found.sort()).toEqual(['column_unknown units.csv:1', 'funding_sum funding.csv:6', 'percent_mismatch indicator-values.csv:2'].sort());
  });

  it('reads Vietnamese numbers: 64.970, 1.234,5, 9,53, 2,5, 50%', () => {
    const f = new Map((data.funding ?? []).map((r) => [r.id, r]));
    expect(f.get('h-2024')).toMatchObject({ amount: 64970, commitment: 129940, share_percent: 50 });
    expect(f.get('h-2024-tl')?.amount).toBe(14970);
    expect(f.get('t-2024')).toMatchObject({ amount: 1234.5, quantity: 2.5, unit_amount: 493.8, source: 'province' });
    expect(f.get('t-2024-dh')?.amount).toBe(740.7);
    const values = new Map((data['indicator-values'] ?? []).map((v) => [`${v.indicator} ${v.as_of} ${v.kind}`, v]));
    expect(values.get('binh-quan-nang-cao 2024-06-30 actual')?.value).toBe(9.53);
    expect(values.get('kinh-phi-huyen 2024-06-30 actual')?.value).toBe(64970);
    expect(values.get('kinh-phi-tinh 2024-06-30 actual')?.value).toBe(1234.5);
    expect(values.get('xa-dat-ntm 2024-06-30 actual')?.reported_percent).toBe(66.6);
    expect(values.get('xa-dat-ntm 2025-12-31 target')?.reported_percent).toBe(100);
  });

  it('reads D/M/YYYY and DD/MM/YYYY dates', () => {
    expect(new Set(data['criteria-status']?.map((r) => r.as_of))).toEqual(new Set(['2024-06-30']));
    expect(data['ocop-products']?.[0]?.certified_on).toBe('2024-03-15');
    expect(data.units?.find((u) => u.code === '00125')?.successor_from).toBe('2025-07-01');
    expect(data['criteria-sets']?.map((s) => s.valid_from)).toEqual(['2022-01-01', '2022-01-01', undefined]);
  });

  it('keeps codes with leading zeros as text and matches odd-case codes and headers', () => {
    expect(data.units?.map((u) => u.code)).toEqual(['00100', '00123', '00124', '00125', '00126', '00123-01']);
    expect(data.units?.map((u) => u.level)).toEqual(['district', 'commune', 'commune', 'commune', 'township', 'village']);
    expect(data.units?.[1]).toMatchObject({ name: 'Đông Hà', parent_code: '00100' });
    expect(data['criteria-status']?.filter((r) => r.status === 'met')).toHaveLength(8);
    expect(data['criteria-status']?.find((r) => r.unit_code === '00123' && r.number === 1)?.note).toBe('- đã hoàn thành');
    expect(data['unit-status']?.map((r) => r.kind)).toEqual(['actual', 'actual', 'actual', 'actual', 'actual', 'target']);
  });

  it('has optional tables absent and criteria sets without itemised criteria', () => {
    expect(loaded.present['production-models']).toBe(false);
    expect(loaded.present.documents).toBe(false);
    const itemised = new Set(data.criteria?.map((c) => c.set));
    expect(data['criteria-sets']?.filter((s) => !itemised.has(s.id)).map((s) => s.id)).toEqual(['xa-nang-cao-thu', 'huyen-ntm-thu']);
  });

  it('builds a model rooted at the fictional district', () => {
    const model = buildModel(data, loaded.issues.warnings);
    expect(model.root.code).toBe('00100');
    expect(model.units).toHaveLength(6);
    expect(model.productionModels).toEqual([]);
    expect(model.documents).toEqual([]);
  });
});
