// The Excel-dialect data set given as workbooks builds the very site its
// CSVs build (data-contract.md §1.3): as one workbook with a sheet per table
// and a guide sheet, and as one workbook per table. scripts/compare-dist.ts
// compares the built sites file by file.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { build } from '../../scripts/build.ts';
import { compareSites } from '../../scripts/compare-dist.ts';
import { excelDir } from '../fixtures/write-fixtures.ts';
import { oneWorkbook, workbookPerTable } from '../fixtures/workbooks.ts';
import { root } from '../setup/build-sites.ts';

const content = join(root, 'tests/fixtures/empty-content');
const work = mkdtempSync(join(root, '.cache', 'ntm-workbook-sites-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Builds a site from the given data files; the output folder. */
function buildFrom(name: string, files: Map<string, Uint8Array>): string {
  const data = join(work, `${name}-data`);
  const out = join(work, `${name}-dist`);
  mkdirSync(data);
  for (const [file, bytes] of files) writeFileSync(join(data, file), bytes);
  if (build({ dataDir: data, contentDir: content, outDir: out, quiet: true }) !== 0) throw new Error(`the ${name} site failed to build`);
  return out;
}

describe('the Excel-dialect fixture as workbooks', () => {
  const csvSite = inject('sites').excel!;
  let one: string;
  let perTable: string;
  beforeAll(async () => {
    one = buildFrom('one', new Map([['du-lieu.xlsx', await oneWorkbook(excelDir)]]));
    perTable = buildFrom('per-table', await workbookPerTable(excelDir));
  });

  it('as one workbook, builds the same site as its CSVs', () => {
    expect(compareSites(csvSite, one)).toEqual({ onlyInA: [], onlyInB: [], differing: [] });
  });

  it('as one workbook per table, builds the same site as its CSVs', () => {
    expect(compareSites(csvSite, perTable)).toEqual({ onlyInA: [], onlyInB: [], differing: [] });
  });
});
