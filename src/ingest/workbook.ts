// Reading an Excel workbook (data-contract.md §1.3) with exceljs, into plain
// data that can cross a process or a worker: each sheet's rows, each cell as
// text, number, date, formula result or error. Then one sheet as a raw table,
// whose cells follow the CSV rules where they are text. exceljs is passed in,
// so the browser loads it only when a workbook is given.
import type { Cell, Workbook } from 'exceljs';
import { issue, type Issue } from '../contract/issues.ts';
import { say, type Said } from '../contract/messages.ts';
import { INPUT_LIMITS } from '../contract/file-rules.ts';
import { numberText, roundNoise } from '../contract/columns.ts';
import { looksLikeZip, zipEntries } from '../lib/zip.ts';
import { hasControlCharacters, removeControlCharacters, type RawRow, type RawTable, type TypedCell } from './csv.ts';

/** A cell: text as a string; a number (`pct` when shown as a percent); a date; a formula's text result; an error. */
export type WorkbookCell =
  | string
  | { n: number; pct?: true; dec?: number; f?: string }
  | { d: string; f?: string }
  | { s: string; f: string }
  | { e: string; f?: string };

export interface SheetData {
  name: string;
  rows: { line: number; cells: (WorkbookCell | null)[] }[];
}

export interface WorkbookData {
  file: string;
  sheets?: SheetData[];
  /** Why the workbook could not be read. */
  problem?: Said;
}

export interface ExcelModule {
  Workbook: new () => Workbook;
}

const MB = 1024 * 1024;

/** The workbook's sheets, or the reason it cannot be read. */
export async function readWorkbook(file: string, bytes: Uint8Array, excel: ExcelModule): Promise<WorkbookData> {
  if (bytes.length > INPUT_LIMITS.workbookMegabytes * MB) {
    return { file, problem: say.file_too_large.bytes({ megabytes: Math.ceil(bytes.length / MB), limit: INPUT_LIMITS.workbookMegabytes }) };
  }
  if (!looksLikeZip(bytes)) return { file, problem: say.workbook_unreadable.notZip() };
  const entries = zipEntries(bytes);
  if (!entries) return { file, problem: say.workbook_unreadable.corrupt({ detail: 'zip' }) };
  // A small file can unpack into gigabytes: refuse before unpacking.
  const unpacked = entries.reduce((sum, e) => sum + (e.size === 0xffffffff ? Infinity : e.size), 0);
  if (unpacked > INPUT_LIMITS.unpackedMegabytes * MB) {
    return { file, problem: say.file_too_large.workbook({ megabytes: Number.isFinite(unpacked) ? Math.ceil(unpacked / MB) : 4096, limit: INPUT_LIMITS.unpackedMegabytes }) };
  }
  const workbook = new excel.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    return { file, problem: say.workbook_unreadable.corrupt({ detail: String((e as Error).message ?? e).split('\n')[0]!.slice(0, 120) }) };
  }
  const sheets: SheetData[] = [];
  workbook.eachSheet((ws) => {
    const rows: SheetData['rows'] = [];
    ws.eachRow({ includeEmpty: false }, (row, line) => {
      const cells: (WorkbookCell | null)[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        cells[col - 1] = cellOf(cell);
      });
      for (let k = 0; k < cells.length; k++) cells[k] ??= null;
      if (cells.some((c) => c !== null && c !== '')) rows.push({ line, cells });
    });
    sheets.push({ name: ws.name, rows });
  });
  return { file, sheets };
}

/** What a number format shows: a percent, and how many decimals (where it says). */
function numberFormat(format: string | undefined): { pct?: true; dec?: number } {
  if (!format || /^general$/i.test(format)) return {};
  const section = format.split(';')[0]!.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  const out: { pct?: true; dec?: number } = {};
  if (section.includes('%')) out.pct = true;
  if (/[0#?]/.test(section)) out.dec = /\.([0#?]+)/.exec(section)?.[1]!.length ?? 0;
  return out;
}

const isoDay = (d: Date) => (Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 10));

function textOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && 'richText' in value) return (value as { richText: { text: string }[] }).richText.map((r) => r.text).join('');
  return String(value);
}

function cellOf(cell: Cell): WorkbookCell | null {
  // Only the top-left cell of a merged range holds its value.
  if (cell.isMerged && cell.master.address !== cell.address) return null;
  const v = cell.value as unknown;
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return { n: v, ...numberFormat(cell.numFmt) };
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return { d: isoDay(v) };
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('formula' in o || 'sharedFormula' in o) {
      const f = cell.formula ?? String(o.formula ?? '');
      const r = o.result;
      if (r === undefined || r === null) return { e: '', f };
      if (typeof r === 'number') return { n: r, ...numberFormat(cell.numFmt), f };
      if (r instanceof Date) return { d: isoDay(r), f };
      if (typeof r === 'object' && 'error' in r) return { e: String((r as { error: unknown }).error), f };
      return { s: textOf(r), f };
    }
    if ('error' in o) return { e: String(o.error) };
    if ('richText' in o) return textOf(o);
    if ('hyperlink' in o) return textOf(o.text) || String(o.hyperlink);
  }
  return textOf(v);
}

/** `D`, `AA`: a column's letters from its 1-based index. */
export function columnLetters(index: number): string {
  let out = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** Excel writes a control character in text as `_x000B_`. */
const decodeEscapes = (text: string) => (text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text);

/** One sheet as a raw table of the given file: text cells trimmed, NFC and without control characters. */
export function sheetTable(workbook: string, sheet: SheetData, tableFile: string, report: (issue: Issue) => void): RawTable | undefined {
  const [first, ...rest] = sheet.rows;
  if (!first) {
    report(issue({ file: tableFile, line: 1, ...say.header_missing.text() }));
    return undefined;
  }
  const split = (line: number, cells: (WorkbookCell | null)[], names?: string[]): RawRow => {
    const texts: string[] = [];
    let typed: (TypedCell | undefined)[] | undefined;
    cells.forEach((c, k) => {
      let text: string;
      if (c === null) text = '';
      else if (typeof c === 'string') text = c;
      else {
        let t: TypedCell;
        if ('n' in c) {
          t = { t: 'n', n: c.n, ...(c.pct ? { percent: true } : {}), ...(c.dec !== undefined ? { decimals: c.dec } : {}) };
          text = c.pct ? `${numberText(roundNoise(c.n * 100))}%` : numberText(c.n);
        } else if ('d' in c) {
          t = { t: 'd' };
          text = c.d;
        } else if ('s' in c) {
          t = { t: 's' };
          text = c.s;
        } else {
          t = { t: 'e', text: c.e };
          text = c.e;
        }
        if (c.f !== undefined) t.formula = c.f;
        (typed ??= [])[k] = t;
      }
      text = decodeEscapes(text).normalize('NFC').trim();
      if (hasControlCharacters(text)) {
        const cleaned = removeControlCharacters(text);
        text = cleaned.text;
        const column = names?.[k] || undefined;
        report(issue({ file: tableFile, line, ...(column ? { column } : {}), columnIndex: k + 1, value: text, ...say.control_character.text({ chars: cleaned.found }) }));
      }
      texts[k] = text;
    });
    return typed ? { line, cells: texts, typed } : { line, cells: texts };
  };
  const header = split(first.line, first.cells).cells;
  const names = header.map((h) => h.trim().toLowerCase());
  return {
    file: tableFile,
    delimiter: ',',
    header,
    headerLine: first.line,
    sheet: { workbook, name: sheet.name },
    rows: (function* () {
      for (const r of rest) yield split(r.line, r.cells, names);
    })(),
  };
}
