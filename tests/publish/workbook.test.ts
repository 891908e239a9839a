// The template workbook (data-contract.md §1.3). No office suite here, so
// its XML is read directly: the guide sheet first, a sheet per table with
// its header frozen and explained in notes, dropdowns for codes and unit
// codes, text format on identifier columns; and the filled one reads back as
// the data it was made from.
import { inflateRawSync } from 'node:zlib';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { templateWorkbook, workbookTables, WORKBOOK_ROWS } from '../../src/publish/workbook.ts';
import { zipEntries } from '../../src/lib/zip.ts';
import { columnsOf, tables, tableNames, type TableName } from '../../src/contract/tables.ts';
import { codeLists } from '../../src/contract/codes.ts';
import { GUIDE_SHEET, LISTS_SHEET } from '../../src/contract/workbook-guide.ts';
import { loadDataDir, loadSources } from '../../src/ingest/load.ts';
import { readWorkbook } from '../../src/ingest/workbook.ts';
import { root } from '../ingest/helpers.ts';

/** Every file of a zip, as text. */
function unzip(bytes: Uint8Array): Map<string, string> {
  const files = new Map<string, string>();
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const e of zipEntries(bytes)!) {
    const method = v.getUint16(e.central + 10, true);
    const start = e.local + 30 + v.getUint16(e.local + 26, true) + v.getUint16(e.local + 28, true);
    const raw = bytes.subarray(start, start + e.compressedSize);
    files.set(e.name, (method === 8 ? inflateRawSync(raw) : Buffer.from(raw)).toString('utf8'));
  }
  return files;
}

const decode = (s: string) => s.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

interface Sheet {
  name: string;
  xml: string;
  comments: string;
}

/** The sheets in workbook order, each with its XML and its notes' XML. */
function sheetsOf(files: Map<string, string>): Sheet[] {
  const rels = files.get('xl/_rels/workbook.xml.rels')!;
  const target = (id: string) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)!.slice(1).find(Boolean)!;
  return [...files.get('xl/workbook.xml')!.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)].map(([, name, id]) => {
    const path = `xl/${target(id!).replace(/^\/?xl\//, '')}`;
    const sheetRels = files.get(path.replace('worksheets/', 'worksheets/_rels/') + '.rels') ?? '';
    const comments = /Target="([^"]*comments\d+\.xml)"/.exec(sheetRels)?.[1];
    return { name: decode(name!), xml: files.get(path)!, comments: comments ? decode(files.get(`xl/${comments.replace(/^(\.\.\/|\/xl\/)/, '')}`) ?? '') : '' };
  });
}

/** Column letters of a table's columns, in contract order. */
const letter = (name: TableName, column: string) => String.fromCharCode(65 + columnsOf(name).indexOf(column));

describe('the blank template workbook', () => {
  let files: Map<string, string>;
  let sheets: Sheet[];
  beforeAll(async () => {
    files = unzip(await templateWorkbook());
    sheets = sheetsOf(files);
  });
  const sheet = (name: string) => sheets.find((s) => s.name === name)!;
  const strings = () => [...files.get('xl/sharedStrings.xml')!.matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => decode(m[1]!));

  it('opens on the guide sheet, then has a sheet per table named after it, and a hidden sheet of code lists', () => {
    expect(sheets[0]!.name).toBe(GUIDE_SHEET);
    expect(sheets.map((s) => s.name).filter((n) => (tableNames as string[]).includes(n))).toEqual(tableNames);
    expect(files.get('xl/workbook.xml')).toMatch(new RegExp(`name="${LISTS_SHEET}" state="hidden"`));
    expect(strings().some((s) => s.includes('npm run check'))).toBe(true);
    expect(strings().some((s) => s.includes('(*.xlsx)') && s.includes('data/'))).toBe(true);
  });

  it('gives every table sheet its header row, frozen', () => {
    for (const name of tableNames) {
      const { xml } = sheet(name);
      expect(xml, name).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
      const header = [.../<row r="1"[\s\S]*?<\/row>/.exec(xml)![0].matchAll(/<c r="([A-Z]+)1"[^>]*t="s"><v>(\d+)<\/v>/g)].map((m) => strings()[Number(m[2])]);
      expect(header, name).toEqual(columnsOf(name));
    }
  });

  it('explains every column in a note on its header cell, from the data dictionary', () => {
    for (const name of tableNames) {
      const { comments } = sheet(name);
      for (const [column, spec] of Object.entries(tables[name].columns)) {
        const note = new RegExp(`<comment ref="${letter(name, column)}1"[\\s\\S]*?</comment>`).exec(comments)?.[0] ?? '';
        expect(note, `${name}.${column}`).toContain(spec.doc.vi);
        expect(note, `${name}.${column}`).toContain(spec.doc.en);
      }
    }
  });

  it('has a dropdown for every code column, listing the codes and their Vietnamese labels', () => {
    const lists = sheet(LISTS_SHEET).xml;
    const listed = [...lists.matchAll(/<c r="([A-Z]+)(\d+)"[^>]*t="s"><v>(\d+)<\/v>/g)].map((m) => ({ col: m[1]!, row: Number(m[2]), text: strings()[Number(m[3])]! }));
    for (const name of tableNames) {
      for (const [column, spec] of Object.entries(tables[name].columns)) {
        const codes = (spec as { codes?: keyof typeof codeLists }).codes;
        if (!codes) continue;
        const col = letter(name, column);
        const v = new RegExp(`<dataValidation type="list"[^>]*sqref="${col}2:${col}\\d+"><formula1>([^<]*)</formula1>`).exec(sheet(name).xml);
        expect(v, `${name}.${column}`).not.toBeNull();
        const [, listCol, from, to] = /!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(decode(v![1]!))!;
        const values = listed.filter((c) => c.col === listCol && c.row >= Number(from) && c.row <= Number(to)).map((c) => c.text);
        const list = codeLists[codes];
        expect(values.sort(), `${name}.${column}`).toEqual([...list.codes, ...list.codes.map((c) => (list.labels as Record<string, { vi: string }>)[c]!.vi)].sort());
      }
    }
  });

  it('has a dropdown of the units sheet’s codes for every reference to a unit', () => {
    for (const name of tableNames) {
      for (const [column, spec] of Object.entries(tables[name].columns)) {
        if ((spec as { ref?: string }).ref !== 'units') continue;
        const col = letter(name, column);
        expect(sheet(name).xml, `${name}.${column}`).toMatch(new RegExp(`sqref="${col}2:${col}\\d+"><formula1>units!\\$A\\$2:\\$A\\$\\d+</formula1>`));
      }
    }
  });

  it('formats every identifier column as text (number format 49), so that Excel keeps leading zeros', () => {
    const xfs = [.../<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(files.get('xl/styles.xml')!)![1]!.matchAll(/<xf [^>]*numFmtId="(\d+)"/g)].map((m) => Number(m[1]));
    const styleOfColumn = (xml: string, index: number) => {
      for (const m of xml.matchAll(/<col min="(\d+)" max="(\d+)"[^>]*style="(\d+)"/g)) if (index >= Number(m[1]) && index <= Number(m[2])) return Number(m[3]);
      return undefined;
    };
    const identifiers = { units: ['code', 'parent_code', 'successor_code'], 'ocop-products': ['id', 'unit_code'], 'criteria-status': ['unit_code', 'set'], funding: ['id', 'parent_id', 'unit_code'], 'unit-changes': ['from_code', 'to_code'] } as const;
    for (const [name, columns] of Object.entries(identifiers) as [TableName, readonly string[]][]) {
      for (const column of columns) {
        const style = styleOfColumn(sheet(name).xml, columnsOf(name).indexOf(column) + 1);
        expect(style !== undefined && xfs[style], `${name}.${column}`).toBe(49);
      }
    }
  });

  it('is the same bytes every time it is written', async () => {
    const [a, b] = await Promise.all([templateWorkbook({ asOf: '2021-09-30' }), templateWorkbook({ asOf: '2021-09-30' })]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});

describe('the workbook filled with the current data', () => {
  const loaded = loadDataDir(join(root, 'data'));

  it('reads back as the very data it was made from, with only its guide and list sheets as information', async () => {
    const bytes = await templateWorkbook({ rows: loaded.data, decimals: loaded.decimals, asOf: '2021-09-30' });
    const again = loadSources({ csv: [], workbooks: [await readWorkbook('du-lieu.xlsx', bytes, ExcelJS)] });
    expect(again.issues.errors).toEqual([]);
    expect(again.issues.warnings.map((w) => `${w.kind} ${w.file}:${w.line}`)).toEqual(loaded.issues.warnings.map((w) => `${w.kind} ${w.file}:${w.line}`));
    const strip = (rows: object[] = []) => (rows as Record<string, unknown>[]).map(({ _line, ...rest }) => rest);
    for (const name of tableNames) expect(strip(again.data[name]), name).toEqual(strip(loaded.data[name]));
    expect(again.issues.information.filter((i) => i.kind === 'not_a_table').map((i) => i.workbook?.sheet)).toEqual([GUIDE_SHEET, LISTS_SHEET]);
  });

  it('leaves out, and names in its guide, a table too large for a workbook', () => {
    const rows = { units: loaded.data.units, 'criteria-status': Array.from({ length: WORKBOOK_ROWS.table + 1 }, () => loaded.data['criteria-status']![0]!) };
    expect(workbookTables(rows)).toEqual({ included: ['units'], left: ['criteria-status'] });
  });
});
