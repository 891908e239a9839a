// Read, normalise, validate: CSV files and workbooks into typed tables and
// the list of every error, warning and information. No file system here:
// `npm run check`, the build and the checker page in the browser all run this.
import { tables, tableNames, type TableName } from '../contract/tables.ts';
import type { Row, Tables } from '../contract/rows.ts';
import { IssueList, issue, type Issue } from '../contract/issues.ts';
import { say, type Said } from '../contract/messages.ts';
import { scanCsv, type RawTable } from './csv.ts';
import { columnLetters, sheetTable, type SheetData, type WorkbookData } from './workbook.ts';
import { convertTable, type Decimals } from './convert.ts';
import { validateRelations } from './relations.ts';
import { runChecks } from './checks.ts';
import { checkLineage, type LineageGraph } from './lineage.ts';

export interface LoadedData {
  data: Partial<Tables>;
  present: Record<TableName, boolean>;
  decimals: Decimals;
  issues: IssueList;
  /** False when errors stopped the cross-checks: then "0 warnings" means nothing. */
  crossChecked: boolean;
  /** Where each table was read from: `units.csv`, `data.xlsx › units`. */
  sources: Partial<Record<TableName, string>>;
  /** Tables that could not be read at all, and rows kept with a cell that could not be read. */
  failures: ReadingFailures;
  /** The units and their changes as resolved by the checks; the model reuses it when there are no errors. */
  lineage?: LineageGraph;
}

export interface ReadingFailures {
  unreadable: ReadonlySet<TableName>;
  rejected: Partial<Record<TableName, readonly object[]>>;
}

export interface Sources {
  /** CSV files by name; a file refused unread (too large) has its `problem` instead of bytes. */
  csv: readonly ({ name: string; bytes: Uint8Array; problem?: undefined } | { name: string; bytes?: undefined; problem: Said })[];
  workbooks: readonly WorkbookData[];
}

const failuresByData = new WeakMap<object, ReadingFailures>();

/** What could not be read of a data set this pipeline loaded: later checks (the reports') skip what follows from it. */
export function readingFailuresOf(data: Partial<Tables>): ReadingFailures | undefined {
  return failuresByData.get(data);
}

const byFile = new Map<string, TableName>(tableNames.map((n) => [tables[n].file, n]));
const byName = new Map<string, TableName>(tableNames.map((n) => [n, n]));

/** A sheet or workbook name as a table: `units`, `Units`, `units.csv`. */
const tableOf = (name: string): TableName | undefined => byName.get(name.trim().toLowerCase().replace(/\.[a-z]{2,8}$/, ''));

interface Claim {
  label: string;
  open: (report: (i: Issue) => void) => RawTable | undefined;
  sheet?: { workbook: string; name: string };
}

export function loadSources(sources: Sources): LoadedData {
  const issues = new IssueList();
  const report = (i: Issue) => issues.add(i);
  const claims = new Map<TableName, Claim>();
  // Tables that may be inside a workbook that could not be read: not reported missing.
  const maybeUnread = new Set<TableName>();
  const claim = (name: TableName, c: Claim) => {
    const first = claims.get(name);
    if (!first) return void claims.set(name, c);
    const at = c.sheet ? { workbook: { file: c.sheet.workbook, sheet: c.sheet.name } } : {};
    issues.report({ file: tables[name].file, value: c.label, ...at, ...say.table_twice.text({ table: name, first: first.label, second: c.label }) });
  };

  for (const f of sources.csv) {
    const name = byFile.get(f.name.toLowerCase());
    if (!name) {
      issues.report({ file: f.name, ...say.not_a_table.file({ file: f.name, tables: tableNames.map((n) => tables[n].file) }) });
      continue;
    }
    claim(name, {
      label: f.name,
      open: (r) => {
        if (f.problem) return void r(issue({ file: tables[name].file, ...f.problem }));
        return scanCsv(tables[name].file, f.bytes, r).table;
      },
    });
  }
  for (const wb of sources.workbooks) {
    const own = tableOf(wb.file);
    if (!wb.sheets) {
      issues.report({ file: wb.file, ...wb.problem! });
      for (const n of own ? [own] : tableNames) maybeUnread.add(n);
      continue;
    }
    const sheetClaim = (name: TableName, sheet: SheetData): Claim => {
      const place = { workbook: wb.file, name: sheet.name };
      return { label: `${wb.file} › ${sheet.name}`, sheet: place, open: (r) => sheetTable(wb.file, sheet, tables[name].file, r) };
    };
    if (own) {
      // data/<table>.xlsx: the sheet named after the table, else the first one.
      const used = wb.sheets.find((s) => tableOf(s.name) === own) ?? wb.sheets[0];
      for (const s of wb.sheets) if (s !== used) issues.report({ file: wb.file, workbook: { file: wb.file, sheet: s.name }, ...say.not_a_table.extra({ sheet: s.name, table: own }) });
      if (used) claim(own, sheetClaim(own, used));
      continue;
    }
    for (const s of wb.sheets) {
      const name = tableOf(s.name);
      if (name) claim(name, sheetClaim(name, s));
      else issues.report({ file: wb.file, workbook: { file: wb.file, sheet: s.name }, ...say.not_a_table.sheet({ sheet: s.name, tables: tableNames }) });
    }
  }

  const decimals: Decimals = new Map();
  const data: Partial<Tables> = {};
  const present = {} as Record<TableName, boolean>;
  const unreadable = new Set<TableName>();
  const rejected: ReadingFailures['rejected'] = {};
  const from: LoadedData['sources'] = {};
  const places = new Map<string, { workbook: string; sheet: string; columns: Map<string, number> }>();

  for (const name of tableNames) {
    const spec = tables[name];
    const c = claims.get(name);
    present[name] = c !== undefined;
    if (!c) {
      if (maybeUnread.has(name)) unreadable.add(name);
      else if (spec.required) {
        unreadable.add(name);
        issues.report({ file: spec.file, ...say.file_missing.text({ file: spec.file }) });
      }
      continue;
    }
    from[name] = c.label;
    const raw = c.open(report);
    if (!raw) {
      unreadable.add(name);
      continue;
    }
    const header = raw.header.map((h) => h.trim().toLowerCase());
    if (raw.sheet) places.set(spec.file, { workbook: raw.sheet.workbook, sheet: raw.sheet.name, columns: new Map(header.map((h, i) => [h, i + 1])) });
    if (!spec.key.every((k) => header.includes(k))) unreadable.add(name);
    const converted = convertTable(name, raw, issues, decimals);
    if (converted.unreadable) unreadable.add(name);
    (data as Record<TableName, Row<TableName>[]>)[name] = converted.rows;
    if (converted.rejected.length > 0) rejected[name] = converted.rejected;
  }
  // References into a table that could not be read would all fail: one error is enough.
  validateRelations(data, issues, unreadable);
  const lineage = checkLineage(data, issues, unreadable);
  const crossChecked = issues.errors.length === 0;
  if (crossChecked) runChecks(data, decimals, issues);
  for (const i of issues.items) placeInWorkbook(i, places);
  sortIssues(issues);
  const failures: ReadingFailures = { unreadable, rejected };
  failuresByData.set(data, failures);
  return { data, present, decimals, issues, crossChecked, sources: from, failures, lineage };
}

/** An issue about a table read from a sheet also names the workbook, the sheet and the cell. */
function placeInWorkbook(i: Issue, places: Map<string, { workbook: string; sheet: string; columns: Map<string, number> }>): void {
  const place = places.get(i.file);
  if (!place || i.workbook) return;
  const index = i.columnIndex ?? (i.column !== undefined ? place.columns.get(i.column) : undefined);
  i.workbook = { file: place.workbook, sheet: place.sheet, ...(index !== undefined && i.line !== undefined ? { cell: `${columnLetters(index)}${i.line}` } : {}) };
}

const fileOrder = new Map<string, number>(tableNames.map((n, i) => [tables[n].file, i]));
const rank = { error: 0, warning: 1, information: 2 } as const;

function sortIssues(issues: IssueList): void {
  issues.items.sort(
    (a, b) =>
      rank[a.severity] - rank[b.severity] ||
      (fileOrder.get(a.file) ?? 99) - (fileOrder.get(b.file) ?? 99) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.columnIndex ?? 0) - (b.columnIndex ?? 0),
  );
}
