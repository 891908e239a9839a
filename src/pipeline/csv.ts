// Reading one CSV file's bytes into header and rows with their line numbers:
// encoding, BOM, delimiter, CRLF. No table knowledge here.
import Papa from 'papaparse';
import type { Issue } from './issues.ts';

export interface RawRow {
  /** Line of the row's first character, the header being line 1. */
  line: number;
  cells: string[];
}

export interface RawTable {
  file: string;
  delimiter: ',' | ';';
  header: string[];
  /** Line of the header row (blank lines before it are skipped). */
  headerLine: number;
  rows: RawRow[];
}

export interface ReadResult {
  table?: RawTable;
  issues: Issue[];
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
    i += need + 1;
  }
  return -1;
}

function decode(file: string, bytes: Uint8Array): { text: string } | { issue: Issue } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      issue: {
        severity: 'error',
        kind: 'encoding',
        file,
        line: 1,
        vi: 'Tệp được lưu dạng UTF-16 (Unicode Text), không phải UTF-8. Trong Excel hãy chọn "Lưu thành" → "CSV UTF-8 (Comma delimited)".',
        en: 'The file is UTF-16 ("Unicode Text"), not UTF-8. In Excel choose "Save As" → "CSV UTF-8 (Comma delimited)".',
      },
    };
  }
  try {
    let text = UTF8.decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { text };
  } catch {
    const at = firstInvalidUtf8(bytes);
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < at; i++) {
      if (bytes[i] === 0x0a) {
        line++;
        lineStart = i + 1;
      }
    }
    const byte = bytes[at] ?? 0;
    return {
      issue: {
        severity: 'error',
        kind: 'encoding',
        file,
        line,
        value: `0x${byte.toString(16).toUpperCase().padStart(2, '0')} (byte ${at - lineStart + 1})`,
        vi: 'Tệp không phải UTF-8 (có thể là Windows-1258 do lựa chọn "CSV" thường của Excel). Hãy mở tệp và lưu lại bằng "CSV UTF-8 (Comma delimited)".',
        en: 'The file is not UTF-8 (probably Windows-1258, from Excel’s plain "CSV" option). Open it and save it again as "CSV UTF-8 (Comma delimited)".',
      },
    };
  }
}

/**
 * The delimiter is read from the header row: headers never hold commas or
 * semicolons, and a single data row cannot outvote it.
 */
export function detectDelimiter(text: string): ',' | ';' {
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

function lineCounter(text: string) {
  let pos = 0;
  let line = 1;
  return (offset: number): number => {
    for (; pos < offset; pos++) if (text.charCodeAt(pos) === 10) line++;
    return line;
  };
}

export function readCsv(file: string, bytes: Uint8Array): ReadResult {
  const decoded = decode(file, bytes);
  if ('issue' in decoded) return { issues: [decoded.issue] };
  const text = decoded.text;
  const delimiter = detectDelimiter(text);
  const lineAt = lineCounter(text);
  const issues: Issue[] = [];
  const all: RawRow[] = [];

  // Papaparse reports where each row ends; a row starts where the last one ended.
  let rowStart = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (result) => {
      let start = rowStart;
      while (start < text.length && (text[start] === '\n' || text[start] === '\r')) start++;
      const line = lineAt(start);
      rowStart = result.meta.cursor;
      for (const err of result.errors) {
        issues.push({
          severity: 'error',
          kind: 'csv_syntax',
          file,
          line,
          vi: `Lỗi cú pháp CSV: ${err.code === 'MissingQuotes' ? 'thiếu dấu ngoặc kép đóng' : err.message}.`,
          en: `CSV syntax error: ${err.message}.`,
        });
      }
      all.push({ line, cells: result.data.map((c) => (c ?? '').trim()) });
    },
  });

  const isBlank = (r: RawRow) => r.cells.every((c) => c === '');
  const headerIndex = all.findIndex((r) => !isBlank(r));
  if (headerIndex < 0) {
    issues.push({
      severity: 'error',
      kind: 'header_missing',
      file,
      line: 1,
      vi: 'Tệp trống: cần có dòng tiêu đề.',
      en: 'The file is empty: a header row is required.',
    });
    return { issues };
  }
  const headerRow = all[headerIndex]!;
  const rows = all.slice(headerIndex + 1).filter((r) => !isBlank(r));
  return { table: { file, delimiter, header: headerRow.cells, headerLine: headerRow.line, rows }, issues };
}
