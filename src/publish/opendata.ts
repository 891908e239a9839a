// The open-data downloads (data-contract.md §4), derived from the schema:
// normalised CSV and JSON rows, datapackage.json, CSV templates. Pure functions.
import { codeLists } from '../contract/codes.ts';
import { tables, tableNames, type ColumnSpec, type TableName } from '../contract/tables.ts';
import { neutraliseFormula } from '../contract/values.ts';
import { slugify } from '../lib/text.ts';

type AnyRow = Record<string, unknown>;

const BOM = '\uFEFF';

/** The table's columns in contract order. */
export function columnsOf(name: TableName): string[] {
  return Object.keys(tables[name].columns);
}

export function columnSpecs(name: TableName): [string, ColumnSpec][] {
  return Object.entries(tables[name].columns as Record<string, ColumnSpec>);
}

/** A number as plain text: '.' decimal, no grouping, no exponent. */
export function plainNumber(n: number): string {
  let text = Object.is(n, -0) ? '0' : String(n);
  if (/e/i.test(text)) {
    text = n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
  }
  // "1.234" would read back as 1234 under Vietnamese grouping; "1.2340" cannot.
  if (/^-?[1-9]\d{0,2}\.\d{3}$/.test(text)) text += '0';
  return text;
}

/** One cell of a published CSV: plain numbers, ISO dates, formulas neutralised. */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return plainNumber(value);
  return neutraliseFormula(String(value));
}

/** RFC 4180 quoting: only cells with a comma, quote, line break or edge spaces. */
export function csvQuote(cell: string): string {
  return /[",\r\n]|^\s|\s$/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

export function csvLines(lines: string[][]): string {
  return BOM + lines.map((cells) => cells.map(csvQuote).join(',')).join('\r\n') + '\r\n';
}

/** Rows per chunk of a download: national tables would not fit in one JavaScript string. */
const CHUNK_ROWS = 20_000;

/**
 * Codes and dates are validated against a fixed list or ISO form, so they never
 * need quoting, escaping or neutralising; whole numbers print as themselves.
 * Fast paths for them matter on national tables (1.5 million rows).
 */
function plainColumn(name: TableName, column: string): 'text' | 'int' | 'plain' {
  const type = (tables[name].columns as Record<string, ColumnSpec>)[column]!.type;
  return type === 'code' || type === 'date' ? 'plain' : type === 'int' ? 'int' : 'text';
}

const isPlainInt = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && !Object.is(v, -0);

/** A table as normalised CSV, in chunks: UTF-8 with BOM (so Excel reads the accents), comma, CRLF, header in contract order. */
export function* tableToCsvChunks(name: TableName, rows: readonly AnyRow[]): Generator<string> {
  const columns = columnsOf(name);
  const kinds = columns.map((c) => plainColumn(name, c));
  const cell = (row: AnyRow, c: number): string => {
    const v = row[columns[c]!];
    if (v === undefined || v === null) return '';
    if (kinds[c] === 'plain' && typeof v === 'string') return v;
    if (kinds[c] === 'int' && isPlainInt(v)) return String(v);
    return csvQuote(csvCell(v));
  };
  yield csvLines([columns]);
  for (let i = 0; i < rows.length; i += CHUNK_ROWS) {
    yield rows
      .slice(i, i + CHUNK_ROWS)
      .map((row) => {
        let line = cell(row, 0);
        for (let c = 1; c < columns.length; c++) line += ',' + cell(row, c);
        return line + '\r\n';
      })
      .join('');
  }
}

export function tableToCsv(name: TableName, rows: readonly AnyRow[]): string {
  return [...tableToCsvChunks(name, rows)].join('');
}

/** A table as JSON rows: contract column order, numbers as numbers, empty cells as null. */
export function tableToJsonRows(name: TableName, rows: readonly AnyRow[]): Record<string, string | number | null>[] {
  const columns = columnsOf(name);
  return rows.map((row) =>
    Object.fromEntries(
      columns.map((c) => {
        const v = row[c];
        return [c, v === undefined || v === null ? null : typeof v === 'number' ? v : String(v)];
      }),
    ),
  );
}

/** JSON rows in chunks, one row per line: readable, diffable, and about half the size of indented JSON on a national table. */
export function* tableToJsonChunks(name: TableName, rows: readonly AnyRow[]): Generator<string> {
  if (rows.length === 0) {
    yield '[]\n';
    return;
  }
  // Each line is written directly, as JSON.stringify would write tableToJsonRows'
  // object: no object per row (1.5 million of them nationally).
  const columns = columnsOf(name);
  const kinds = columns.map((c) => plainColumn(name, c));
  const keys = columns.map((c, i) => `${i === 0 ? '' : ','}${JSON.stringify(c)}:`);
  const line = (row: AnyRow): string => {
    let out = '{';
    for (let c = 0; c < columns.length; c++) {
      const v = row[columns[c]!];
      out += keys[c]!;
      if (v === undefined || v === null) out += 'null';
      else if (kinds[c] === 'plain' && typeof v === 'string') out += `"${v}"`;
      else if (kinds[c] === 'int' && isPlainInt(v)) out += String(v);
      else out += JSON.stringify(typeof v === 'number' ? v : String(v));
    }
    return out + '}';
  };
  yield '[\n';
  for (let i = 0; i < rows.length; i += CHUNK_ROWS) {
    const lines = rows.slice(i, i + CHUNK_ROWS).map(line);
    yield lines.join(',\n') + (i + CHUNK_ROWS < rows.length ? ',\n' : '\n]\n');
  }
}

export function tableToJson(name: TableName, rows: readonly AnyRow[]): string {
  return [...tableToJsonChunks(name, rows)].join('');
}

/** A download's body as a byte stream, so no single string holds a whole national table. */
export function byteStream(chunks: Iterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = chunks[Symbol.iterator]();
  return new ReadableStream({
    pull(controller) {
      const next = iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
}

/** The template staff start from: the header and one example row. */
export function templateCsv(name: TableName): string {
  const specs = columnSpecs(name);
  return csvLines([specs.map(([c]) => c), specs.map(([, s]) => neutraliseFormula(s.example))]);
}

export type FrictionlessType = 'string' | 'integer' | 'number' | 'date';

export interface FrictionlessField {
  name: string;
  type: FrictionlessType;
  title?: string;
  description: string;
  format?: string;
  constraints?: { required?: boolean; enum?: string[]; minimum?: number; maximum?: number };
}

export interface FrictionlessResource {
  name: string;
  path: string;
  title: string;
  description: string;
  format: 'csv';
  mediatype: 'text/csv';
  encoding: 'utf-8';
  /** Given explicitly: a reader that sniffs the delimiter can be fooled by the ';' in quoted notes. */
  dialect: { delimiter: ','; quoteChar: '"'; doubleQuote: true; lineTerminator: '\r\n'; header: true };
  profile: 'tabular-data-resource';
  schema: {
    fields: FrictionlessField[];
    primaryKey?: string[];
    foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  };
}

export interface DataPackage {
  profile: 'tabular-data-package';
  name: string;
  title: string;
  description: string;
  version?: string;
  licenses: { name: string; path: string; title: string }[];
  sources: { title: string; path?: string }[];
  resources: FrictionlessResource[];
}

const TYPE_MAP: Record<ColumnSpec['type'], FrictionlessType> = {
  text: 'string',
  int: 'integer',
  dec: 'number',
  pct: 'number',
  date: 'date',
  code: 'string',
  ref: 'string',
  computed: 'string',
};

export function fieldOf(name: string, spec: ColumnSpec): FrictionlessField {
  const constraints: NonNullable<FrictionlessField['constraints']> = {};
  if (spec.required) constraints.required = true;
  if (spec.type === 'code' && spec.codes) constraints.enum = [...codeLists[spec.codes].codes];
  const min = spec.min ?? (spec.nonNegative ? 0 : undefined);
  if (min !== undefined) constraints.minimum = min;
  if (spec.max !== undefined) constraints.maximum = spec.max;
  const suffix = spec.type === 'pct' ? ' (percent, 0-100)' : '';
  return {
    name,
    type: TYPE_MAP[spec.type],
    description: `${spec.doc.en}${suffix} / ${spec.doc.vi}`,
    ...(spec.type === 'date' ? { format: 'default' } : {}),
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  };
}

/** True when no two rows share the table's key, so it can be declared a primary key. */
export function keyIsUnique(name: TableName, rows: readonly AnyRow[]): boolean {
  const seen = new Set<string>();
  const key = tables[name].key;
  for (const row of rows) {
    // Cells joined with the unit separator: JSON.stringify per row showed in national profiles.
    let k = '';
    for (const column of key) k += `${String(row[column] ?? '')}\u001f`;
    if (seen.has(k)) return false;
    seen.add(k);
  }
  return true;
}

export function resourceOf(name: TableName, rows: readonly AnyRow[], present: ReadonlySet<TableName>, duplicateKeyFiles?: ReadonlySet<string>): FrictionlessResource {
  const spec = tables[name];
  const keyRequired = spec.key.every((k) => (spec.columns as Record<string, ColumnSpec>)[k]?.required);
  const unique = duplicateKeyFiles && keyRequired ? !duplicateKeyFiles.has(spec.file) : keyIsUnique(name, rows);
  const fields = columnSpecs(name).map(([c, s]) => fieldOf(c, s));
  const foreignKeys = columnSpecs(name)
    .filter(([, s]) => s.type === 'ref' && s.ref && present.has(s.ref as TableName))
    .map(([c, s]) => ({
      fields: [c],
      // Frictionless marks a reference to the same resource with "".
      reference: { resource: s.ref === name ? '' : s.ref!, fields: [...tables[s.ref as TableName].key] },
    }));
  return {
    name,
    path: `${name}.csv`,
    title: spec.title.en,
    description: `${spec.doc.en} / ${spec.doc.vi}`,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: { delimiter: ',', quoteChar: '"', doubleQuote: true, lineTerminator: '\r\n', header: true },
    profile: 'tabular-data-resource',
    schema: {
      fields,
      ...(unique ? { primaryKey: [...spec.key] } : {}),
      ...(foreignKeys.length > 0 ? { foreignKeys } : {}),
    },
  };
}

export const DATA_LICENSE = {
  name: 'CC-BY-4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
  title: 'Creative Commons Attribution 4.0',
} as const;

export interface PackageInfo {
  /** The root unit's name, e.g. the district. */
  placeName: string;
  asOf?: string;
  /** Tables present in the data, with their rows. */
  tables: Partial<Record<TableName, readonly AnyRow[]>>;
  /**
   * The pipeline's finding: files with repeated keys (its duplicate_row warnings;
   * elsewhere a repeated key is an error and nothing is built). When given, tables
   * whose key columns are all required are not scanned again.
   */
  duplicateKeyFiles?: ReadonlySet<string>;
}

/** datapackage.json for the tables present, resources in contract order. */
export function dataPackage(info: PackageInfo): DataPackage {
  const present = new Set(tableNames.filter((n) => info.tables[n] !== undefined));
  const slug = slugify(info.placeName);
  return {
    profile: 'tabular-data-package',
    name: `nong-thon-moi-${slug || 'data'}`,
    title: `Nông thôn mới ${info.placeName} / New Rural Development, ${info.placeName}`,
    description:
      'Figures of the New Rural Development (Nông thôn mới) programme as compiled for this site, normalised: UTF-8, comma-separated, ISO dates, plain numbers, amounts in million VND. ' +
      'Số liệu Chương trình xây dựng nông thôn mới, đã chuẩn hóa.' +
      (info.asOf ? ` Data as of / Số liệu đến ngày: ${info.asOf}.` : ''),
    ...(info.asOf ? { version: info.asOf } : {}),
    licenses: [DATA_LICENSE],
    sources: [{ title: `Reports and decisions published by the authorities of ${info.placeName}` }],
    resources: tableNames.filter((n) => present.has(n)).map((n) => resourceOf(n, info.tables[n]!, present, info.duplicateKeyFiles)),
  };
}

export interface FeedEntry {
  id: string;
  title: string;
  /** ISO date. */
  updated: string;
  summary: string;
  link: string;
}

const xmlText = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
const atomDate = (iso: string) => `${iso}T00:00:00Z`;

/** An Atom 1.0 feed, entries newest first. */
export function atomFeed(feed: { id: string; title: string; lang: string; self: string; home: string; updated?: string; entries: FeedEntry[] }): string {
  const entries = [...feed.entries].sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : 0));
  const updated = [feed.updated, ...entries.map((e) => e.updated)].filter((d): d is string => !!d).sort().at(-1) ?? '1970-01-01';
  return (
    `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlText(feed.lang)}">\n` +
    `<id>${xmlText(feed.id)}</id>\n<title>${xmlText(feed.title)}</title>\n<updated>${atomDate(updated)}</updated>\n` +
    `<author><name>${xmlText(feed.title)}</name></author>\n` +
    `<link rel="self" type="application/atom+xml" href="${xmlText(feed.self)}"/>\n<link rel="alternate" type="text/html" href="${xmlText(feed.home)}"/>\n` +
    entries
      .map(
        (e) =>
          `<entry>\n<id>${xmlText(e.id)}</id>\n<title>${xmlText(e.title)}</title>\n<updated>${atomDate(e.updated)}</updated>\n` +
          `<link rel="alternate" type="text/html" href="${xmlText(e.link)}"/>\n<summary>${xmlText(e.summary)}</summary>\n</entry>\n`,
      )
      .join('') +
    '</feed>\n'
  );
}
