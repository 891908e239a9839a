// Excel workbooks as input (data-contract.md §1.3): read as their CSVs are,
// typed cells read as typed, and every message naming workbook, sheet and cell.
import { mkdtempSync, rmSync, writeFileSync, cpSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataDir, loadSources, type LoadedData } from '../../src/ingest/load.ts';
import { readWorkbook } from '../../src/ingest/workbook.ts';
import { formatIssue, type Issue } from '../../src/contract/issues.ts';
import { excelDir } from '../fixtures/write-fixtures.ts';
import { oneWorkbook, workbookOf, workbookPerTable } from '../fixtures/workbooks.ts';
import { minimalDir, readCsvDir } from './helpers.ts';

const encoder = new TextEncoder();
/** CSV texts and workbooks by file name, read as the checker page reads them. */
async function load(files: Record<string, string | Uint8Array>): Promise<LoadedData> {
  const csv: { name: string; bytes: Uint8Array }[] = [];
  const workbooks = [];
  for (const [name, content] of Object.entries(files)) {
    const bytes = typeof content === 'string' ? encoder.encode(content) : content;
    if (name.endsWith('.xlsx')) workbooks.push(await readWorkbook(name, bytes, ExcelJS));
    else csv.push({ name, bytes });
  }
  return loadSources({ csv, workbooks });
}
const minimal = readCsvDir(minimalDir);
const without = (...names: string[]) => Object.fromEntries(Object.entries(minimal).filter(([n]) => !names.includes(n)));
/** An issue without where it came from, to compare a workbook's issues with its CSV's. */
const bare = ({ workbook: _w, vi: _v, en: _e, ...rest }: Issue) => rest;

describe('the Excel-dialect fixture as workbooks reads exactly as its CSVs', () => {
  const csvLoaded = loadDataDir(excelDir);
  let one: LoadedData;
  let perTable: LoadedData;
  beforeAll(async () => {
    one = await load({ 'du-lieu.xlsx': await oneWorkbook(excelDir) });
    perTable = await load(Object.fromEntries(await workbookPerTable(excelDir)));
  });

  it('as one workbook with a sheet per table: same tables, row for row, line for line', () => {
    expect(one.data).toEqual(csvLoaded.data);
    expect(one.present).toEqual(csvLoaded.present);
    expect([...one.decimals.values()]).toEqual([...csvLoaded.decimals.values()]);
  });

  it('as one workbook: the same warnings, at the same cells, and the guide sheet as information', () => {
    expect(one.issues.warnings.map(bare)).toEqual(csvLoaded.issues.warnings.map(bare));
    expect(one.issues.warnings.map((w) => w.workbook)).toContainEqual({ file: 'du-lieu.xlsx', sheet: 'indicator-values', cell: 'F2' });
    expect(one.issues.information.filter((i) => i.kind === 'not_a_table')).toMatchObject([{ file: 'du-lieu.xlsx', workbook: { sheet: 'Hướng dẫn' } }]);
    expect(one.sources.units).toBe('du-lieu.xlsx › units');
  });

  it('as one workbook per table (data/<table>.xlsx, its first sheet): the same tables and warnings', () => {
    expect(perTable.data).toEqual(csvLoaded.data);
    expect(perTable.issues.warnings.map(bare)).toEqual(csvLoaded.issues.warnings.map(bare));
    expect(perTable.issues.information.filter((i) => i.kind === 'not_a_table')).toEqual([]);
  });
});

describe('data/*.xlsx found by loadDataDir', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const dir = () => {
    const d = mkdtempSync(join(tmpdir(), 'ntm-xlsx-'));
    dirs.push(d);
    return d;
  };

  it('reads a workbook in data/ with no change to the scripts', async () => {
    const d = dir();
    writeFileSync(join(d, 'du-lieu.xlsx'), await oneWorkbook(excelDir));
    const loaded = loadDataDir(d);
    expect(loaded.data).toEqual(loadDataDir(excelDir).data);
    expect(loaded.issues.errors).toEqual([]);
  });

  it('refuses a table given both as CSV and as a sheet, naming both', async () => {
    const d = dir();
    cpSync(minimalDir, d, { recursive: true });
    writeFileSync(join(d, 'units.xlsx'), await oneWorkbook(minimalDir, ['units']));
    const errors = loadDataDir(d).issues.errors;
    expect(errors).toMatchObject([{ kind: 'table_twice', file: 'units.csv' }]);
    expect(errors[0]!.en).toContain('units.csv');
    expect(errors[0]!.en).toContain('units.xlsx › units');
  });

  it('says an .xls named after a table is not read, and to save as .xlsx', () => {
    const d = dir();
    cpSync(minimalDir, d, { recursive: true });
    rmSync(join(d, 'funding.csv'));
    writeFileSync(join(d, 'funding.xls'), readFileSync(join(minimalDir, 'funding.csv')));
    const errors = loadDataDir(d).issues.errors;
    expect(errors).toMatchObject([{ kind: 'workbook_unreadable', file: 'funding.xls' }]);
    expect(errors[0]!.en).toContain('.xlsx');
  });
});

describe('cells as Excel stores them', () => {
  const FUNDING = ['id', 'parent_id', 'year', 'source', 'item', 'unit_code', 'quantity', 'quantity_unit', 'unit_amount', 'amount'];
  const funding = (...rows: ExcelJS.CellValue[][]) => workbookOf({ funding: [FUNDING, ...rows] });
  const line = (id: string, parent: string | null, amount: ExcelJS.CellValue, item = 'Hỗ trợ') => [id, parent, 2024, 'district', item, null, null, null, null, amount];

  it('reads a formula through its stored result, with a warning naming workbook, sheet and cell', async () => {
    const loaded = await load({
      ...without('funding.csv'),
      'funding.xlsx': await funding(line('f1', null, { formula: 'SUM(J3:J4)', result: 300 }), line('f1a', 'f1', 150), line('f1b', 'f1', 150)),
    });
    expect(loaded.issues.errors).toEqual([]);
    expect(loaded.data.funding![0]!.amount).toBe(300);
    const [w] = loaded.issues.warnings;
    expect(w).toMatchObject({ kind: 'formula_cell', file: 'funding.csv', line: 2, column: 'amount', value: '300', workbook: { file: 'funding.xlsx', sheet: 'funding', cell: 'J2' } });
    expect(formatIssue(w!)).toContain('funding.xlsx › funding › J2');
    expect(w!.vi).toContain('=SUM(J3:J4)');
  });

  it('reads a date cell in a text column as the date, with a warning that Excel may have made it one', async () => {
    // Typed "3/4" into a general cell, Excel keeps 3 April (or 4 March).
    const loaded = await load({
      ...without('funding.csv'),
      'funding.xlsx': await funding(line('f1', null, 300, new Date(Date.UTC(2021, 3, 3)) as unknown as string)),
    });
    expect(loaded.issues.errors).toEqual([]);
    expect(loaded.data.funding![0]!.item).toBe('2021-04-03');
    const [w] = loaded.issues.warnings;
    expect(w).toMatchObject({ kind: 'date_cell', file: 'funding.csv', line: 2, column: 'item', workbook: { file: 'funding.xlsx', sheet: 'funding', cell: 'E2' } });
    expect(w!.vi).toContain('3/4/2021');
    expect(w!.en).toContain('3 Apr 2021');
    expect(w!.en).toContain('format the cell as Text');
  });

  it('refuses a formula without a stored result, and an error value such as #REF!', async () => {
    const loaded = await load({
      ...without('funding.csv'),
      'funding.xlsx': await funding(line('f1', null, { formula: 'SUM(J3:J4)' } as ExcelJS.CellValue), line('f1a', 'f1', { error: '#REF!' } as ExcelJS.CellValue), line('f1b', 'f1', 150)),
    });
    expect(loaded.issues.errors.map((e) => [e.kind, e.workbook?.cell])).toEqual([
      ['workbook_cell', 'J2'],
      ['workbook_cell', 'J3'],
    ]);
    expect(loaded.issues.errors[1]!.en).toContain('#REF!');
  });

  it('reads text cells by the CSV rules and number cells as numbers, a percent format as the percent shown', async () => {
    const loaded = await load({
      ...without('funding.csv', 'indicator-values.csv'),
      'funding.xlsx': await funding(line('f1', null, '300'), line('f1a', 'f1', '1.234,5'), line('f1b', 'f1', 150.25)),
      'indicator-values.xlsx': await workbookOf({
        'indicator-values': [
          ['indicator', 'as_of', 'kind', 'value', 'denominator', 'reported_percent'],
          ['xa-dat-ntm', new Date(Date.UTC(2024, 5, 30)), 'actual', 1, 2, { value: 0.5, numFmt: '0%' }],
          ['kinh-phi', '30/6/2024', 'actual', 300, null, null],
        ],
      }),
    });
    expect(loaded.issues.errors).toEqual([]);
    expect(loaded.data.funding!.map((f) => f.amount)).toEqual([300, 1234.5, 150.25]);
    expect(loaded.data['indicator-values']).toMatchObject([
      { as_of: '2024-06-30', reported_percent: 50 },
      { as_of: '2024-06-30', value: 300 },
    ]);
    expect(loaded.issues.warnings.filter((w) => w.kind === 'percent_mismatch')).toEqual([]);
  });

  it('reads a code stored as a number as its digits, so lost leading zeros are caught at their cell', async () => {
    const loaded = await load({
      ...without('units.csv'),
      'units.xlsx': await workbookOf({ units: [['code', 'name', 'level', 'parent_code'], ['001', 'Huyện Mẫu', 'district', null], [101, 'Xã Một', 'commune', '001'], ['00102', 'Xã Hai', 'commune', '001']] }),
    });
    const lost = loaded.issues.errors.filter((e) => e.kind === 'ref_leading_zeros');
    expect(lost.length).toBeGreaterThan(0);
    expect(lost.every((e) => e.value === '00101' && e.en.includes('"101"'))).toBe(true);
  });

  it('gives a totals row with a SUM formula one error, at its cell', async () => {
    const loaded = await load({
      ...without('funding.csv'),
      'funding.xlsx': await funding(line('f1', null, 300), line('f1a', 'f1', 150), line('f1b', 'f1', 150), [null, null, null, null, 'TỔNG CỘNG', null, null, null, null, { formula: 'SUM(J2:J4)', result: 600 }]),
    });
    expect(loaded.issues.errors).toMatchObject([{ kind: 'totals_row', line: 5, workbook: { file: 'funding.xlsx', sheet: 'funding', cell: 'E5' } }]);
  });

  it('says a file that is not an .xlsx (an old .xls, a password) cannot be read, and how to save it', async () => {
    const loaded = await load({ ...without('funding.csv'), 'funding.xlsx': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]) });
    expect(loaded.issues.errors).toMatchObject([{ kind: 'workbook_unreadable', file: 'funding.xlsx' }]);
    expect(loaded.issues.errors[0]!.en).toContain('Excel Workbook (*.xlsx)');
  });
});
