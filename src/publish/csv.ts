// The one CSV writer of everything the site writes: the table downloads
// (data-contract.md §4), the CSV templates, the charts' CSVs, and the
// synthetic data sets of the benchmark.
import { columnSpecs, type TableName } from '../contract/tables.ts';
import { neutraliseFormula, plainNumber } from '../contract/values.ts';
import { CHUNK_ROWS } from './stream.ts';

type AnyRow = Record<string, unknown>;

export interface CsvDialect {
  delimiter: ',' | ';';
  newline: '\r\n' | '\n';
  /** A byte-order mark first, so that Excel reads the file as UTF-8. */
  bom: boolean;
}

/** What the site publishes: UTF-8 with a BOM, comma, CRLF. */
export const PUBLISHED: CsvDialect = { delimiter: ',', newline: '\r\n', bom: true };

const BOM = '\uFEFF';
const NEEDS_QUOTES = { ',': /[",\r\n]|^\s|\s$/, ';': /[";\r\n]|^\s|\s$/ } as const;

/** RFC 4180 quoting: only cells with the delimiter, a quote, a line break or edge spaces. */
export function csvQuote(cell: string, delimiter: CsvDialect['delimiter'] = ','): string {
  return NEEDS_QUOTES[delimiter].test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** One value as a published cell, before quoting: plain numbers, formulas neutralised. */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return plainNumber(value);
  return neutraliseFormula(String(value));
}

/** One line of cells, quoted where needed, with its line end. */
export function csvRecord(cells: readonly string[], dialect: CsvDialect = PUBLISHED): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) line += (i > 0 ? dialect.delimiter : '') + csvQuote(cells[i]!, dialect.delimiter);
  return line + dialect.newline;
}

/** A whole published CSV from lines of cells that are already published text. */
export function csvLines(lines: readonly (readonly string[])[]): string {
  return BOM + lines.map((cells) => csvRecord(cells)).join('');
}

/**
 * A CSV the site publishes beside the tables, such as a chart's: a header and
 * rows of text and numbers, written by the table downloads' rules.
 */
export function csvTable(header: readonly string[], rows: readonly (readonly (string | number | undefined)[])[]): string {
  return csvLines([header.map(csvCell), ...rows.map((row) => row.map(csvCell))]);
}

/** A table as normalised CSV, in chunks: header in contract order, each cell written by its column. */
export function* tableToCsvChunks(name: TableName, rows: readonly AnyRow[], chunkRows = CHUNK_ROWS): Generator<string> {
  const specs = columnSpecs(name);
  const names = specs.map(([c]) => c);
  const columns = specs.map(([, column]) => column);
  const quote = (text: string) => csvQuote(text);
  const cell = (row: AnyRow, c: number): string => {
    const v = row[names[c]!];
    return v === undefined || v === null ? '' : columns[c]!.csvCell(v, quote);
  };
  yield csvLines([names]);
  for (let i = 0; i < rows.length; i += chunkRows) {
    yield rows
      .slice(i, i + chunkRows)
      .map((row) => {
        let line = cell(row, 0);
        for (let c = 1; c < names.length; c++) line += ',' + cell(row, c);
        return line + '\r\n';
      })
      .join('');
  }
}

export function tableToCsv(name: TableName, rows: readonly AnyRow[]): string {
  return [...tableToCsvChunks(name, rows)].join('');
}

/** The template staff start from: the header and one example row. */
export function templateCsv(name: TableName): string {
  const specs = columnSpecs(name);
  return csvLines([specs.map(([c]) => c), specs.map(([, s]) => neutraliseFormula(s.example))]);
}

/**
 * A CSV written row by row to `write`, for files too large to hold (the
 * synthetic national data set). Cells are written as given, quoted where
 * needed: staff-like input, not a published download.
 */
export class CsvWriter {
  rows = 0;
  private readonly write: (chunk: string) => void;
  private readonly dialect: CsvDialect;

  constructor(header: readonly string[], write: (chunk: string) => void, dialect: CsvDialect = PUBLISHED) {
    this.write = write;
    this.dialect = dialect;
    write((dialect.bom ? BOM : '') + csvRecord(header, dialect));
  }

  row(cells: readonly (string | number | undefined)[]): void {
    this.write(csvRecord(cells.map((c) => (c === undefined ? '' : typeof c === 'number' ? plainNumber(c) : c)), this.dialect));
    this.rows++;
  }
}
