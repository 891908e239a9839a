// From raw cells to typed rows, by the table description: the header
// matched to the contract's columns, then each cell read by its column.
// Rows come one at a time from the reader and are not kept raw.
import { tables, type TableName, type TableSpec } from '../contract/tables.ts';
import type { CellResult, Column } from '../contract/columns.ts';
import type { Row } from '../contract/rows.ts';
import type { RawRow, RawTable, TypedCell } from './csv.ts';
import type { IssueList } from '../contract/issues.ts';
import { say } from '../contract/messages.ts';
import { codeLabel, type Code, type CodeListName } from '../contract/codes.ts';
import { foldVietnamese } from '../lib/text.ts';

/** Printed decimals of number cells, kept for rounding-aware checks. */
export type Decimals = Map<object, Record<string, number>>;

interface ColumnAt {
  name: string;
  column: Column;
  index: number;
  /** Earlier successes of a column whose conversion is pure and repeats. */
  cache?: Map<string, CellResult>;
}

/** What a table's rows turned into: the rows, and those of them with an error in a cell. */
export interface Converted<T extends TableName> {
  rows: Row<T>[];
  /** Rows kept with a cell that could not be read; what refers to them is not reported again. */
  rejected: Row<T>[];
  /** True when the header has none of the required columns, so no row was read. */
  unreadable: boolean;
}

// A totals row: a label where an id or name is expected, or a sum formula.
const TOTAL_LABELS = new Set(['tong', 'tong cong', 'cong', 'tong so', 'total', 'totals', 'grand total', 'sum']);
const SUM_FORMULA = /^=?\s*(SUM|SUBTOTAL|AGGREGATE)\s*\(/i;
const NAME_COLUMNS = new Set(['name', 'name_vi', 'item', 'title']);
const LABEL_STARTS = new Set([...'tcsgTCSG'].map((c) => c.charCodeAt(0)));
const isTotalLabel = (cell: string) =>
  cell.length <= 14 && LABEL_STARTS.has(cell.charCodeAt(0)) && TOTAL_LABELS.has(foldVietnamese(cell).toLowerCase().replace(/[\s:.]+$/, '').replace(/\s+/g, ' '));

export function convertTable<T extends TableName>(name: T, raw: RawTable, issues: IssueList, decimals: Decimals): Converted<T> {
  const spec: TableSpec = tables[name];
  const file = raw.file;
  const contractColumns = Object.keys(spec.columns);
  const columns: ColumnAt[] = [];
  const seen = new Map<string, number>();
  raw.header.forEach((h, index) => {
    const key = h.trim().toLowerCase();
    if (key === '') return;
    const at = { file, line: raw.headerLine, column: h, columnIndex: index + 1, value: h };
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      issues.report({ ...at, ...say.header_duplicate.text({ column: h, first: earlier + 1, second: index + 1 }) });
      return;
    }
    seen.set(key, index);
    const column = spec.columns[key];
    if (column) columns.push({ name: key, column, index, cache: column.repeats ? new Map() : undefined });
    else issues.report({ ...at, ...say.column_unknown.text({ column: h, columns: contractColumns }) });
  });
  for (const [colName, column] of Object.entries(spec.columns)) {
    if (column.required && !seen.has(colName)) {
      issues.report({ file, line: raw.headerLine, column: colName, ...say.column_missing.text({ column: colName, header: raw.header }) });
    }
  }
  // A header with none of the required columns is not this table's (or junk): its rows are not read.
  const required = Object.entries(spec.columns).filter(([, c]) => c.required);
  const out: Converted<T> = { rows: [], rejected: [], unreadable: required.length > 0 && required.every(([n]) => !seen.has(n)) };
  if (out.unreadable) return out;
  // Header cells up to the last that names a column: a value beyond them has no column.
  let width = raw.header.length;
  while (width > 0 && raw.header[width - 1] === '') width--;
  // Where a label is expected: the table's first key column and its name columns.
  const keyIndex = columns.find((c) => c.name === spec.key[0])?.index;
  const labelIndexes = columns.filter((c) => c.name === spec.key[0] || NAME_COLUMNS.has(c.name)).map((c) => c.index);
  const numeric = new Set(columns.filter((c) => ['int', 'dec', 'pct'].includes(c.column.type)).map((c) => c.index));

  // An optional column left out of the file still has its default, e.g. kind = actual.
  const absentDefaults = Object.entries(spec.columns)
    .filter(([colName, column]) => column.default !== undefined && !seen.has(colName))
    .map(([colName, column]) => [colName, column.default!] as const);

  const totalsLabel = (r: RawRow): { index: number; label: string } | undefined => {
    const first = r.cells[0] !== '' ? 0 : r.cells.findIndex((c) => c !== '');
    if (first >= 0 && isTotalLabel(r.cells[first]!)) return { index: first, label: r.cells[first]! };
    for (const k of labelIndexes) {
      const cell = r.cells[k];
      if (cell && isTotalLabel(cell)) return { index: k, label: cell };
    }
    // A sum where a figure goes, in a row without an id: a line whose amount is a formula is still a line.
    if (keyIndex !== undefined && r.cells[keyIndex]) return undefined;
    for (let k = 0; k < r.cells.length; k++) {
      const formula = r.typed?.[k]?.formula;
      const cell = r.cells[k]!;
      if (numeric.has(k) && (formula !== undefined ? SUM_FORMULA.test(formula) : cell.charCodeAt(0) === 61 && SUM_FORMULA.test(cell))) {
        return { index: k, label: formula !== undefined ? `=${formula}` : cell };
      }
    }
    return undefined;
  };

  for (const rawRow of raw.rows) {
    const cells = rawRow.cells;
    const totals = totalsLabel(rawRow);
    if (totals) {
      const column = columns.find((c) => c.index === totals.index)?.name ?? raw.header[totals.index];
      issues.report({ file, line: rawRow.line, ...(column ? { column } : {}), columnIndex: totals.index + 1, value: totals.label, ...say.totals_row.text({ label: totals.label }) });
      continue;
    }
    const shifted = cells.length > width && (cells.length > raw.header.length || cells.some((c, k) => k >= width && c !== ''));
    if (shifted) reportExtraCells(rawRow, raw, width, numeric, issues);
    const row: Record<string, unknown> = { _line: rawRow.line };
    let rowDecimals: Record<string, number> | undefined;
    let rejected = shifted;
    let failed: string[] | undefined;
    for (const col of columns) {
      const cell = cells[col.index] ?? '';
      const typed = rawRow.typed?.[col.index];
      const at = () => ({ file, line: rawRow.line, column: col.name, columnIndex: col.index + 1, value: cell });
      let result = typed ? undefined : col.cache?.get(cell);
      if (!result) {
        if (typed) {
          result = readTyped(col.column, typed, cell);
          if (typed.formula !== undefined && typed.t !== 'e' && !shifted) issues.report({ ...at(), ...say.formula_cell.text({ formula: typed.formula, result: cell }) });
        } else if (cell === '') {
          if (col.column.default !== undefined) row[col.name] = col.column.default;
          else if (col.column.required && !shifted) issues.report({ ...at(), ...say.required.text({ column: col.name }) });
          continue;
        } else result = col.column.parse(cell);
        if ('error' in result) {
          rejected = true;
          (failed ??= []).push(col.name);
          if (!shifted) issues.report({ ...at(), ...result.error });
          continue;
        }
        if (result.warning) issues.report({ ...at(), ...result.warning });
        else if (!typed && col.cache && col.cache.size < 10_000) col.cache.set(cell, result);
      } else if ('error' in result) {
        rejected = true;
        (failed ??= []).push(col.name);
        continue;
      }
      row[col.name] = result.value;
      if (result.decimals !== undefined) (rowDecimals ??= {})[col.name] = result.decimals;
    }
    if (rowDecimals) decimals.set(row, rowDecimals);
    for (const [colName, d] of absentDefaults) row[colName] = d;
    if (!shifted && spec.requiredWhen) rejected = checkRequiredWhen(spec, row, columns, failed ?? [], file, issues) || rejected;
    out.rows.push(row as Row<T>);
    if (rejected) out.rejected.push(row as Row<T>);
  }
  return out;
}

/** A workbook cell that is a number, a date, a formula's result or an error. */
function readTyped(column: Column, typed: TypedCell, cell: string): CellResult {
  switch (typed.t) {
    case 'n':
      return column.fromNumber(typed.n!, typed.percent, typed.decimals);
    case 'd':
      return column.fromDate(cell);
    case 'e':
      return { error: typed.text ? say.workbook_cell.errorValue({ error: typed.text }) : say.workbook_cell.noResult({ formula: typed.formula ?? '' }) };
    default:
      return column.parse(cell);
  }
}

/** One error for a row with more cells than its header: where a comma probably split a number, it says so. */
function reportExtraCells(rawRow: RawRow, raw: RawTable, width: number, numeric: Set<number>, issues: IssueList): void {
  const cells = rawRow.cells;
  const at = { file: raw.file, line: rawRow.line };
  if (raw.sheet) {
    const k = cells.findIndex((c, i) => i >= width && c !== '');
    issues.report({ ...at, columnIndex: k + 1, value: cells[k] ?? '', ...say.too_many_cells.outside({ columns: width }) });
    return;
  }
  if (raw.delimiter === ',') {
    // Every place where two cells could be one number with a decimal comma: it cannot be told which.
    const numbers: { text: string; column: string; index: number }[] = [];
    for (let k = 0; k + 1 < cells.length; k++) {
      if (numeric.has(k) && /^[+-]?\d+$/.test(cells[k]!) && /^\d+$/.test(cells[k + 1]!)) {
        numbers.push({ text: `${cells[k]},${cells[k + 1]}`, column: raw.header[k]!.trim().toLowerCase(), index: k });
      }
    }
    const [first] = numbers;
    if (first) {
      const text = { cells: cells.length, columns: raw.header.length, numbers: numbers.map(({ text, column }) => ({ text, column })) };
      issues.report({ ...at, column: first.column, columnIndex: first.index + 1, value: first.text, ...say.too_many_cells.splitNumber(text) });
      return;
    }
  }
  const extra = cells.slice(width).filter((c) => c !== '');
  issues.report({ ...at, value: extra.join(raw.delimiter), ...say.too_many_cells.text({ cells: cells.length, columns: raw.header.length, delimiter: raw.delimiter }) });
}

/** Conditional requirements: an OCOP product with status `certified` has stars and a level. True when one is missing. */
function checkRequiredWhen(spec: TableSpec, row: Record<string, unknown>, columns: ColumnAt[], failed: string[], file: string, issues: IssueList): boolean {
  let missing = false;
  for (const rule of spec.requiredWhen ?? []) {
    if (row[rule.column] !== rule.equals) continue;
    const codes = (spec.columns[rule.column] as Column & { codes?: CodeListName }).codes;
    const label = codes ? codeLabel(codes, rule.equals as Code<typeof codes>, 'vi') : rule.equals;
    for (const column of rule.required) {
      if (row[column] !== undefined || failed.includes(column)) continue;
      const at = columns.find((c) => c.name === column);
      missing = true;
      issues.report({
        file,
        line: row._line as number,
        column,
        ...(at ? { columnIndex: at.index + 1 } : {}),
        value: '',
        ...say.required.when({ column, status: rule.equals, label }),
      });
    }
  }
  return missing;
}
