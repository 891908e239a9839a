// Reading one CSV file's bytes into header and rows with their line numbers:
// size, encoding, BOM, delimiter, line ends, quotes, control characters and
// Unicode normalisation. No table knowledge here. Rows are read one at a
// time, so that a table is never held twice in memory.
import { issue, type Issue } from '../contract/issues.ts';
import { say } from '../contract/messages.ts';
import { INPUT_LIMITS } from '../contract/file-rules.ts';

/** A cell as a workbook stores it (src/ingest/workbook.ts); CSV cells are all text. */
export interface TypedCell {
  /** number, date, text result of a formula, or error (`text` '' for a formula without a stored result). */
  t: 'n' | 'd' | 's' | 'e';
  n?: number;
  /** A number shown with a percent format: `0.167` shown as `16,7%`. */
  percent?: boolean;
  /** Decimals the cell's number format shows, where it says. */
  decimals?: number;
  text?: string;
  formula?: string;
}

export interface RawRow {
  /** Line of the row's first character, the header being line 1 (in a sheet: its row number). */
  line: number;
  cells: string[];
  /** Workbook cells that are not plain text, by column index. */
  typed?: (TypedCell | undefined)[];
}

export interface RawTable {
  file: string;
  delimiter: ',' | ';';
  header: string[];
  /** Line of the header row (blank lines before it are skipped). */
  headerLine: number;
  rows: Iterable<RawRow>;
  /** Set for a table read from a workbook's sheet. */
  sheet?: { workbook: string; name: string };
}

export interface ScanResult {
  table?: RawTable;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The position of the first byte that is not valid UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    if (b < 0x80) need = 0;
    else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // Overlong forms, surrogates and code points above U+10FFFF.
    const c1 = bytes[i + 1]!;
    if ((b === 0xe0 && c1 < 0xa0) || (b === 0xed && c1 >= 0xa0) || (b === 0xf0 && c1 < 0x90) || (b === 0xf4 && c1 >= 0x90)) return i;
    i += need + 1;
  }
  return -1;
}

/** UTF-16 as Excel's "Unicode Text" writes it: a BOM, or mostly ASCII with every other byte NUL. */
function looksUtf16(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const sample = bytes.subarray(0, 4096);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 === 0 ? even++ : odd++;
  return Math.max(even, odd) >= Math.max(2, sample.length / 4);
}

/**
 * The cell holding a byte of a file that is not UTF-8, read as Windows-1258
 * (one character per byte, so positions match) to show staff which cell it is.
 */
function cellAtByte(bytes: Uint8Array, lineStart: number, at: number): { column?: string; columnIndex?: number; value?: string } {
  const text = new TextDecoder('windows-1258').decode(bytes);
  const delimiter = detectDelimiter(text);
  const split = (line: string) => {
    const cells: { start: number; end: number }[] = [];
    let quoted = false;
    let start = 0;
    for (let i = 0; i <= line.length; i++) {
      const ch = line[i];
      if (ch === '"') quoted = !quoted;
      else if (i === line.length || (!quoted && ch === delimiter)) {
        cells.push({ start, end: i });
        start = i + 1;
      }
    }
    return cells;
  };
  const lineEnd = text.slice(at).search(/[\r\n]/);
  const line = text.slice(lineStart, lineEnd < 0 ? undefined : at + lineEnd);
  const cells = split(line);
  const index = cells.findIndex((c) => at - lineStart >= c.start && at - lineStart <= c.end);
  const cell = cells[index];
  if (!cell) return {};
  const firstEnd = text.search(/[\r\n]/);
  const headerLine = text.slice(0, firstEnd < 0 ? undefined : firstEnd).replace(/^\u00EF\u00BB\u00BF/, '');
  const header = split(headerLine).map((c) => headerLine.slice(c.start, c.end).trim().replace(/^"|"$/g, ''));
  return {
    column: header[index] || String(index + 1),
    columnIndex: index + 1,
    value: line.slice(cell.start, cell.end).trim().replace(/^"|"$/g, '').normalize('NFC'),
  };
}

/** Text as read: UTF-8 without its BOM, one kind of line end (LF), NFC. */
function decode(file: string, bytes: Uint8Array): { text: string } | { issue: Issue } {
  if (looksUtf16(bytes)) return { issue: issue({ file, line: 1, ...say.encoding.utf16() }) };
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < at; i++) {
      // Lines end at LF, CR or CRLF, as in a text editor.
      if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) {
        line++;
        lineStart = i + 1;
      }
    }
    const byte = `0x${(bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
    const cell = cellAtByte(bytes, lineStart, at);
    // Excel's "CSV (Macintosh)" ends lines with CR alone, and writes the Mac encoding.
    const mac = !bytes.includes(0x0a) && bytes.includes(0x0d);
    const text = { byte, position: at - lineStart + 1 };
    return { issue: issue({ file, line, ...cell, ...(mac ? say.encoding.notUtf8Mac(text) : say.encoding.notUtf8(text)) }) };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // CRLF (Windows), CR alone (Excel's "CSV (Macintosh)") and mixtures all end a line.
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  return { text: text.normalize('NFC') };
}

/**
 * The delimiter is read from the header row: headers never hold commas or
 * semicolons, and a single data row cannot outvote it.
 */
export function detectDelimiter(whole: string): ',' | ';' {
  // The header is near the start: junk without line ends must not be read char by char.
  const text = whole.length > 65_536 ? whole.slice(0, 65_536) : whole;
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  let content = false;
  for (const ch of text) {
    if (ch === '"') {
      quoted = !quoted;
      content = true;
    } else if (quoted) continue;
    else if (ch === '\n' || ch === '\r') {
      if (content) break;
    } else if (ch === ',') {
      commas++;
      content = true;
    } else if (ch === ';') {
      semicolons++;
      content = true;
    } else if (ch.trim() !== '') content = true;
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * Characters that have no place in a cell and would break the site's HTML and
 * XML: C0 controls but tab and line ends, DEL, C1 controls, U+FFFE and U+FFFF.
 */
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;
const HAS_CONTROL = new RegExp(CONTROL_CHARACTERS.source);

/** A cell without its control characters, and the ones it had (`U+000B`); a line or page break becomes a space. */
export function removeControlCharacters(cell: string): { text: string; found: string[] } {
  const found = new Set<string>();
  const text = cell
    .replace(CONTROL_CHARACTERS, (ch) => {
      found.add(`U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
      return ch === '\u000B' || ch === '\u000C' || ch === '\u0085' ? ' ' : '';
    })
    .trim();
  return { text, found: [...found] };
}

export const hasControlCharacters = (text: string): boolean => HAS_CONTROL.test(text);

interface Cursor {
  pos: number;
  line: number;
  /** Position of the next quote at or after pos, or the text's length. */
  quote: number;
}

/** One row from the cursor on: split by the delimiter, quotes honoured only where a line has one. */
/** A row longer than this is not a table's row: the file is not read further. */
const MAX_ROW_CHARS = 1_000_000;

function nextRow(text: string, delimiter: string, c: Cursor, report: (i: Omit<Issue, 'file' | 'severity'> & { kind: 'csv_syntax' }) => void): string[] | undefined {
  let end = text.indexOf('\n', c.pos);
  if (end < 0) end = text.length;
  if (end - c.pos > MAX_ROW_CHARS) return undefined;
  if (c.quote < c.pos) {
    const next = text.indexOf('"', c.pos);
    c.quote = next < 0 ? text.length : next;
  }
  if (c.quote >= end) {
    const cells = text.slice(c.pos, end).split(delimiter);
    for (let k = 0; k < cells.length; k++) cells[k] = cells[k]!.trim();
    c.pos = end + 1;
    c.line++;
    return cells;
  }
  const rowLine = c.line;
  const cells: string[] = [];
  let cell = '';
  let i = c.pos;
  for (;;) {
    // A cell: leading spaces, then either a quoted part or plain text.
    let j = i;
    while (text[j] === ' ' || text[j] === '\t') j++;
    if (text[j] === '"') {
      let k = j + 1;
      for (;;) {
        const close = text.indexOf('"', k);
        if (close < 0) {
          report({ line: rowLine, columnIndex: cells.length + 1, value: text.slice(j, j + 40), ...say.csv_syntax.unterminated() });
          cell += text.slice(k);
          c.line += countLines(text, k, text.length);
          i = text.length;
          break;
        }
        cell += text.slice(k, close);
        c.line += countLines(text, k, close);
        if (text[close + 1] === '"') {
          cell += '"';
          k = close + 2;
          continue;
        }
        i = close + 1;
        break;
      }
      // After the closing quote: only spaces before the delimiter or the line end.
      let stop = i;
      while (stop < text.length && text[stop] !== delimiter && text[stop] !== '\n') stop++;
      const stray = text.slice(i, stop).trim();
      if (stray) report({ line: rowLine, columnIndex: cells.length + 1, value: stray, ...say.csv_syntax.afterQuote({ text: stray }) });
      cell += stray ? ` ${stray}` : '';
      i = stop;
    } else {
      let stop = i;
      while (stop < text.length && text[stop] !== delimiter && text[stop] !== '\n') stop++;
      cell = text.slice(i, stop);
      i = stop;
    }
    cells.push(cell.trim());
    cell = '';
    if (i >= text.length || text[i] === '\n') break;
    if (i - c.pos > MAX_ROW_CHARS) return undefined;
    i++; // the delimiter
  }
  c.pos = i + 1;
  c.line++;
  return cells;
}

function countLines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

const isBlank = (cells: readonly string[]) => cells.every((c) => c === '');

/**
 * Reads a CSV file. The rows are read as they are iterated, once; issues found
 * on the way (syntax, control characters, the row limit) go to `report`.
 */
export function scanCsv(file: string, bytes: Uint8Array, report: (issue: Issue) => void): ScanResult {
  const megabytes = bytes.length / 1024 / 1024;
  if (megabytes > INPUT_LIMITS.csvMegabytes) {
    report(issue({ file, ...say.file_too_large.bytes({ megabytes: Math.ceil(megabytes), limit: INPUT_LIMITS.csvMegabytes }) }));
    return {};
  }
  const decoded = decode(file, bytes);
  if ('issue' in decoded) {
    report(decoded.issue);
    return {};
  }
  const text = decoded.text;
  const delimiter = detectDelimiter(text);
  const controls = hasControlCharacters(text);
  const cursor: Cursor = { pos: 0, line: 1, quote: -1 };
  const syntax = (i: Omit<Issue, 'file' | 'severity'> & { kind: 'csv_syntax' }) => report(issue({ file, ...i }));

  let header: string[] | undefined;
  let headerLine = 1;
  const tooLong = (line: number) => report(issue({ file, line, ...say.file_too_large.line({ limit: MAX_ROW_CHARS }) }));
  while (cursor.pos < text.length) {
    headerLine = cursor.line;
    const cells = nextRow(text, delimiter, cursor, syntax);
    if (!cells) {
      tooLong(headerLine);
      return {};
    }
    if (!isBlank(cells)) {
      header = cells;
      break;
    }
  }
  if (!header) {
    report(issue({ file, line: 1, ...say.header_missing.text() }));
    return {};
  }
  let names: string[] = [];
  const clean = (line: number, cells: string[]) => {
    for (let k = 0; k < cells.length; k++) {
      if (!hasControlCharacters(cells[k]!)) continue;
      const { text: cleaned, found } = removeControlCharacters(cells[k]!);
      cells[k] = cleaned;
      const column = line === headerLine ? undefined : names[k] || undefined;
      report(issue({ file, line, ...(column ? { column } : {}), columnIndex: k + 1, value: cleaned, ...say.control_character.text({ chars: found }) }));
    }
  };
  if (controls) clean(headerLine, header);
  names = header.map((h) => h.trim().toLowerCase());

  function* rows(): Generator<RawRow> {
    let count = 0;
    while (cursor.pos < text.length) {
      const line = cursor.line;
      const cells = nextRow(text, delimiter, cursor, syntax);
      if (!cells) return tooLong(line);
      if (isBlank(cells)) continue;
      if (++count > INPUT_LIMITS.rows) {
        report(issue({ file, line, ...say.file_too_large.rows({ limit: INPUT_LIMITS.rows }) }));
        return;
      }
      if (controls) clean(line, cells);
      yield { line, cells };
    }
  }
  return { table: { file, delimiter, header, headerLine, rows: rows() } };
}

export interface ReadResult {
  table?: Omit<RawTable, 'rows'> & { rows: RawRow[] };
  issues: Issue[];
}

/** A whole CSV file read at once, rows and issues in arrays: for tests and small tools. */
export function readCsv(file: string, bytes: Uint8Array): ReadResult {
  const issues: Issue[] = [];
  const { table } = scanCsv(file, bytes, (i) => issues.push(i));
  if (!table) return { issues };
  const rows = [...table.rows];
  return { table: { ...table, rows }, issues };
}
