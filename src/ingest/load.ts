// Read, normalise, validate: the whole of `data/` into typed tables and the
// list of every error and warning.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tables, tableNames, type TableName } from '../contract/tables.ts';
import type { Row, Tables } from '../contract/rows.ts';
import { readCsv } from './csv.ts';
import { IssueList } from '../contract/issues.ts';
import { say } from '../contract/messages.ts';
import { convertTable, type Decimals } from './convert.ts';
import { validateRelations } from './relations.ts';
import { runChecks } from './checks.ts';
import { checkLineage, type LineageGraph } from './lineage.ts';

export interface LoadedData {
  data: Partial<Tables>;
  present: Record<TableName, boolean>;
  decimals: Decimals;
  issues: IssueList;
  /** The units and their changes as resolved by the checks; the model reuses it when there are no errors. */
  lineage?: LineageGraph;
}

/** Reads tables from in-memory files, keyed by file name; for tests and tools. */
export function loadFromFiles(files: Record<string, Uint8Array | string | undefined>): LoadedData {
  const issues = new IssueList();
  const decimals: Decimals = new Map();
  const data: Partial<Tables> = {};
  const present = {} as Record<TableName, boolean>;
  const encoder = new TextEncoder();
  const unreadable = new Set<TableName>();

  for (const name of tableNames) {
    const spec = tables[name];
    const content = files[spec.file];
    present[name] = content !== undefined;
    if (content === undefined) {
      if (spec.required) {
        unreadable.add(name);
        issues.report({ file: spec.file, ...say.file_missing.text({ file: spec.file }) });
      }
      continue;
    }
    const bytes = typeof content === 'string' ? encoder.encode(content) : content;
    const read = readCsv(spec.file, bytes);
    for (const issue of read.issues) issues.add(issue);
    if (!read.table) {
      unreadable.add(name);
      continue;
    }
    const header = new Set(read.table.header.map((h) => h.trim().toLowerCase()));
    if (!spec.key.every((k) => header.has(k))) unreadable.add(name);
    (data as Record<TableName, Row<TableName>[]>)[name] = convertTable(name, read.table, issues, decimals);
  }
  // References into a table that could not be read would all fail: one error is enough.
  validateRelations(data, issues, unreadable);
  const lineage = checkLineage(data, issues, unreadable);
  if (issues.errors.length === 0) runChecks(data, decimals, issues);
  sortIssues(issues);
  return { data, present, decimals, issues, lineage };
}

export function loadDataDir(dir: string): LoadedData {
  const files: Record<string, Uint8Array | undefined> = {};
  for (const name of tableNames) {
    const path = join(dir, tables[name].file);
    files[tables[name].file] = existsSync(path) ? readFileSync(path) : undefined;
  }
  return loadFromFiles(files);
}

const fileOrder = new Map<string, number>(tableNames.map((n, i) => [tables[n].file, i]));

function sortIssues(issues: IssueList): void {
  issues.items.sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      (fileOrder.get(a.file) ?? 99) - (fileOrder.get(b.file) ?? 99) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.columnIndex ?? 0) - (b.columnIndex ?? 0),
  );
}
