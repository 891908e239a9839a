// The template workbook (data-contract.md §1.3), generated from the contract:
// a guide sheet first, then a sheet per table with its header row frozen,
// each column's explanation as a note on its header cell, dropdown lists for
// every code and every reference (unit codes from the units sheet), and text
// format on every column that is not a number or a date, so that Excel keeps
// leading zeros. Blank, or filled with the site's current data.
import ExcelJS from 'exceljs';
import { codeLists, type CodeLabel, type CodeListName } from '../contract/codes.ts';
import type { Column } from '../contract/columns.ts';
import type { Tables } from '../contract/rows.ts';
import { columnSpecs, tables, tableNames, type TableName } from '../contract/tables.ts';
import { GUIDE, GUIDE_SHEET, LISTS_SHEET } from '../contract/workbook-guide.ts';
import { formatDate } from '../lib/format.ts';
import { setZipTimestamps } from '../lib/zip.ts';

export interface WorkbookOptions {
  /** The rows to fill in, by table; none for the blank template. */
  rows?: Partial<Tables>;
  /** Printed decimals of number cells (the pipeline's), so a 96,80 stays 96,80. */
  decimals?: ReadonlyMap<object, Record<string, number>>;
  /** The data's date: the guide names it, and every timestamp in the file is this day. */
  asOf?: string;
}

/** Rows per table, and over all tables, that a filled workbook holds; a bigger table stays CSV only. */
export const WORKBOOK_ROWS = { table: 20_000, total: 25_000 } as const;
/** Rows that dropdowns and formats reach below the data. */
const ROOM = 5000;

const sheetRef = (sheet: string) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replaceAll("'", "''")}'`);
const letters = (index: number) => {
  let out = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
};
const fill = (text: string, vars: Record<string, string>) => text.replace(/\{(\w+)\}/g, (whole, k: string) => vars[k] ?? whole);
const isText = (c: Column) => !['int', 'dec', 'pct', 'date'].includes(c.type);
const both = (b: { vi: string; en: string }) => `${b.vi}\n${b.en}`;
/** One line: a dropdown's messages are attributes, where a line break would not survive. */
const inline = (b: { vi: string; en: string }) => `${b.vi} / ${b.en}`;

interface Validations {
  add(range: string, validation: ExcelJS.DataValidation): void;
}
// exceljs writes data validations, but its types do not declare the property.
const validationsOf = (ws: ExcelJS.Worksheet) => (ws as unknown as { dataValidations: Validations }).dataValidations;

/** The tables a filled workbook holds, and those left out as too large. */
export function workbookTables(rows: Partial<Tables> | undefined): { included: TableName[]; left: TableName[] } {
  if (!rows) return { included: [...tableNames], left: [] };
  const included: TableName[] = [];
  const left: TableName[] = [];
  let total = 0;
  for (const name of tableNames) {
    const n = rows[name]?.length;
    if (n === undefined) continue;
    if (n > WORKBOOK_ROWS.table || total + n > WORKBOOK_ROWS.total) left.push(name);
    else {
      included.push(name);
      total += n;
    }
  }
  return { included, left };
}

function headerNote(column: Column, name: string, codes: CodeListName | undefined): string {
  const lines = [both(column.doc), `${GUIDE.note.type.vi} / ${GUIDE.note.type.en}: ${column.label.vi} / ${column.label.en}`];
  if (column.required) lines.push(`${GUIDE.note.required.vi} / ${GUIDE.note.required.en}`);
  if (codes) {
    const labels = codeLists[codes].labels as Record<string, CodeLabel>;
    lines.push(`${GUIDE.note.codes.vi} / ${GUIDE.note.codes.en}: ${Object.entries(labels).map(([c, l]) => `${c} (${l.vi})`).join(', ')}`);
  }
  const ref = (column as { ref?: string }).ref;
  if (ref) lines.push(`${GUIDE.note.refersTo.vi} / ${GUIDE.note.refersTo.en} ${ref} (${tables[ref as TableName].key[0]})`);
  if (column.example) lines.push(`${name} = ${column.example}`);
  return lines.join('\n');
}

function guideSheet(wb: ExcelJS.Workbook, options: WorkbookOptions, included: readonly TableName[], left: readonly TableName[]): void {
  const ws = wb.addWorksheet(GUIDE_SHEET, { properties: { tabColor: { argb: 'FF1F6F43' } } });
  ws.getColumn(1).width = 110;
  const add = (text: string, style: Partial<ExcelJS.Style> = {}) => {
    const row = ws.addRow([text]);
    row.getCell(1).style = { alignment: { wrapText: true, vertical: 'top' }, ...style };
  };
  add(both(GUIDE.title), { font: { bold: true, size: 14 } });
  const date = options.asOf;
  add(options.rows && date ? `${fill(GUIDE.filled.vi, { date: formatDate(date, 'vi') })}\n${fill(GUIDE.filled.en, { date: formatDate(date, 'en') })}` : both(GUIDE.blank));
  GUIDE.steps.forEach((step, i) => add(`${i + 1}. ${step.vi}\n    ${step.en}`));
  add(both(GUIDE.tables), { font: { bold: true } });
  for (const name of included) {
    const spec = tables[name];
    const need = spec.required ? GUIDE.required : GUIDE.optional;
    add(`${name}: ${spec.title.vi} (${need.vi}) / ${spec.title.en} (${need.en})`);
  }
  for (const name of left) {
    const rows = String(options.rows?.[name]?.length ?? 0);
    add(`${fill(GUIDE.left.vi, { rows, table: name })}\n${fill(GUIDE.left.en, { rows, table: name })}`);
  }
}

/** The hidden sheet of code lists: one column per list, its codes and then their Vietnamese labels. */
function listsSheet(wb: ExcelJS.Workbook): Map<CodeListName, string> {
  const ws = wb.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  const ranges = new Map<CodeListName, string>();
  (Object.keys(codeLists) as CodeListName[]).forEach((list, i) => {
    const col = i + 1;
    const { codes, labels } = codeLists[list] as { codes: readonly string[]; labels: Record<string, CodeLabel> };
    const values = [...codes, ...codes.map((c) => labels[c]!.vi)];
    ws.getCell(1, col).value = list;
    values.forEach((v, r) => (ws.getCell(r + 2, col).value = v));
    ranges.set(list, `${sheetRef(LISTS_SHEET)}!$${letters(col)}$2:$${letters(col)}$${values.length + 1}`);
  });
  return ranges;
}

/** A cell's value as Excel should store it: numbers and dates typed, everything else text. */
function cellValue(column: Column, value: unknown): ExcelJS.CellValue {
  if (value === undefined || value === null) return null;
  if (column.type === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    return new Date(Date.UTC(y, m - 1, d));
  }
  if (typeof value === 'number') return isText(column) ? String(value) : value;
  return String(value);
}

function tableSheet(wb: ExcelJS.Workbook, name: TableName, lists: Map<CodeListName, string>, options: WorkbookOptions): void {
  const specs = columnSpecs(name);
  const rows = (options.rows?.[name] ?? []) as readonly Record<string, unknown>[];
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const last = rows.length + 1 + ROOM;
  specs.forEach(([colName, column], k) => {
    const col = ws.getColumn(k + 1);
    col.width = Math.min(40, Math.max(12, colName.length + 4));
    col.numFmt = isText(column) ? '@' : column.type === 'date' ? 'dd/mm/yyyy' : column.type === 'int' ? '0' : 'General';
  });
  const header = ws.getRow(1);
  specs.forEach(([colName, column], k) => {
    const cell = header.getCell(k + 1);
    cell.value = colName;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: column.required ? 'FFFFE8A3' : 'FFE8EEF4' } };
    cell.numFmt = '@';
    cell.note = headerNote(column, colName, (column as { codes?: CodeListName }).codes);
  });
  rows.forEach((row, r) => {
    const out = ws.getRow(r + 2);
    const printed = options.decimals?.get(row);
    specs.forEach(([colName, column], k) => {
      const v = cellValue(column, row[colName]);
      if (v === null) return;
      const cell = out.getCell(k + 1);
      cell.value = v;
      const places = printed?.[colName];
      if (places && typeof v === 'number') cell.numFmt = `0.${'0'.repeat(places)}`;
    });
  });
  specs.forEach(([, column], k) => {
    const range = `${letters(k + 1)}2:${letters(k + 1)}${last}`;
    const codes = (column as { codes?: CodeListName }).codes;
    const ref = (column as { ref?: string }).ref as TableName | undefined;
    if (codes) {
      validationsOf(ws).add(range, {
        type: 'list',
        allowBlank: true,
        formulae: [lists.get(codes)!],
        showErrorMessage: true,
        errorStyle: 'stop',
        errorTitle: GUIDE.dropdown.codeTitle.vi,
        error: inline(GUIDE.dropdown.code),
      });
    } else if (ref) {
      const target = tables[ref];
      const keyColumn = columnSpecs(ref).findIndex(([c]) => c === target.key[0]) + 1;
      const targetLast = (options.rows?.[ref]?.length ?? 0) + 1 + ROOM;
      const message = { vi: fill(GUIDE.dropdown.ref.vi, { sheet: ref }), en: fill(GUIDE.dropdown.ref.en, { sheet: ref }) };
      validationsOf(ws).add(range, {
        type: 'list',
        allowBlank: true,
        formulae: [`${sheetRef(ref)}!$${letters(keyColumn)}$2:$${letters(keyColumn)}$${targetLast}`],
        showErrorMessage: true,
        errorStyle: 'warning',
        errorTitle: GUIDE.dropdown.refTitle.vi,
        error: inline(message),
      });
    }
  });
}

/** The workbook's bytes: the same data always give the same bytes. */
export async function templateWorkbook(options: WorkbookOptions = {}): Promise<Uint8Array> {
  const day = options.asOf ?? '2000-01-01';
  const wb = new ExcelJS.Workbook();
  wb.creator = GUIDE.title.vi;
  wb.lastModifiedBy = GUIDE.title.vi;
  wb.created = wb.modified = new Date(`${day}T00:00:00Z`);
  const { included, left } = workbookTables(options.rows);
  guideSheet(wb, options, included, left);
  const lists = listsSheet(wb);
  for (const name of included) tableSheet(wb, name, lists, options);
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  setZipTimestamps(bytes, day);
  return bytes;
}
