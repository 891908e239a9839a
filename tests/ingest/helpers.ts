// Shared by the pipeline tests: the minimal valid data set, with one file
// swapped for a defective one, loaded in memory.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadFromFiles, type LoadedData } from '../../src/ingest/load.ts';
import type { Issue, IssueKind } from '../../src/contract/issues.ts';

export const root = resolve(import.meta.dirname, '../..');
export const fixtures = join(root, 'tests/fixtures');
export const minimalDir = join(fixtures, 'minimal');

export function readCsvDir(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir)) if (name.endsWith('.csv')) files[name] = readFileSync(join(dir, name), 'utf8');
  return files;
}

/** The minimal data set with some files replaced (or removed with undefined). */
export function loadMinimal(changes: Record<string, string | Uint8Array | undefined> = {}): LoadedData {
  return loadFromFiles({ ...readCsvDir(minimalDir), ...changes });
}

export const errorsOf = (loaded: LoadedData): Issue[] => loaded.issues.errors;
export const warningsOf = (loaded: LoadedData): Issue[] => loaded.issues.warnings;
export const ofKind = (issues: Issue[], kind: IssueKind): Issue[] => issues.filter((i) => i.kind === kind);

/** A CSV text from rows of cells, LF line ends. */
export const csv = (...lines: string[]): string => lines.join('\n') + '\n';
