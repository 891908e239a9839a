// From raw CSV cells to typed rows, by the table description: the header
// matched to the contract's columns, then each cell read by its column.
import { tables, type TableName, type TableSpec } from '../contract/tables.ts';
import type { CellResult, Column } from '../contract/columns.ts';
import type { Row } from '../contract/rows.ts';
import type { RawTable } from './csv.ts';
import type { IssueList } from '../contract/issues.ts';
import { say } from '../contract/messages.ts';

/** Printed decimals of number cells, kept for rounding-aware checks. */
export type Decimals = Map<object, Record<string, number>>;

interface ColumnAt {
  name: string;
  column: Column;
  index: number;
  /** Earlier successes of a column whose conversion is pure and repeats. */
  cache?: Map<string, CellResult>;
}

export function convertTable<T extends TableName>(name: T, raw: RawTable, issues: IssueList, decimals: Decimals): Row<T>[] {
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

  // An optional column left out of the file still has its default, e.g. kind = actual.
  const absentDefaults = Object.entries(spec.columns)
    .filter(([colName, column]) => column.default !== undefined && !seen.has(colName))
    .map(([colName, column]) => [colName, column.default!] as const);
  const rows: Row<T>[] = [];
  for (const rawRow of raw.rows) {
    const extra = rawRow.cells.slice(raw.header.length).filter((c) => c !== '');
    if (extra.length > 0) {
      issues.report({
        file,
        line: rawRow.line,
        value: extra.join(raw.delimiter),
        ...say.too_many_cells.text({ cells: rawRow.cells.length, columns: raw.header.length, delimiter: raw.delimiter }),
      });
    }
    const row: Record<string, unknown> = { _line: rawRow.line };
    let rowDecimals: Record<string, number> | undefined;
    for (const col of columns) {
      const cell = rawRow.cells[col.index] ?? '';
      let result = col.cache?.get(cell);
      if (!result) {
        if (cell === '') {
          if (col.column.default !== undefined) row[col.name] = col.column.default;
          else if (col.column.required) {
            issues.report({ file, line: rawRow.line, column: col.name, columnIndex: col.index + 1, value: cell, ...say.required.text({ column: col.name }) });
          }
          continue;
        }
        result = col.column.parse(cell);
        const at = { file, line: rawRow.line, column: col.name, columnIndex: col.index + 1, value: cell };
        if ('error' in result) {
          issues.report({ ...at, ...result.error });
          continue;
        }
        if (result.warning) issues.report({ ...at, ...result.warning });
        else if (col.cache && col.cache.size < 10_000) col.cache.set(cell, result);
      } else if ('error' in result) continue;
      row[col.name] = result.value;
      if (result.decimals !== undefined) (rowDecimals ??= {})[col.name] = result.decimals;
    }
    if (rowDecimals) decimals.set(row, rowDecimals);
    for (const [colName, d] of absentDefaults) row[colName] = d;
    rows.push(row as Row<T>);
  }
  return rows;
}
