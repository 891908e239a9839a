// The data folder on disk, for `npm run check` and the build: the table CSV
// files and any .xlsx workbook in it, read by the pipeline (pipeline.ts).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tables, tableNames } from '../contract/tables.ts';
import { INPUT_LIMITS } from '../contract/file-rules.ts';
import { say } from '../contract/messages.ts';
import { loadSources, type LoadedData, type Sources } from './pipeline.ts';
import type { WorkbookData } from './workbook.ts';
import { readWorkbooksSync } from './workbook-node.ts';

export { loadSources, readingFailuresOf, type LoadedData, type ReadingFailures, type Sources } from './pipeline.ts';

const isWorkbook = (name: string) => /\.xlsx$/i.test(name) && !name.startsWith('~$');
/** Spreadsheet formats that are not read; named after a table they are surely meant to be. */
const OTHER_FORMATS = /\.(xls|xlsm|xlsb|ods|numbers)$/i;
const MB = 1024 * 1024;

/** Reads tables from in-memory files, keyed by file name (`units.csv`, `data.xlsx`); for tests and tools. */
export function loadFromFiles(files: Record<string, Uint8Array | string | undefined>): LoadedData {
  const encoder = new TextEncoder();
  const csv: Sources['csv'][number][] = [];
  const books: { name: string; bytes: Uint8Array }[] = [];
  for (const [name, content] of Object.entries(files)) {
    if (content === undefined) continue;
    const bytes = typeof content === 'string' ? encoder.encode(content) : content;
    (isWorkbook(name) ? books : csv).push({ name, bytes });
  }
  return loadSources({ csv, workbooks: readWorkbooksSync(books) });
}

export function loadDataDir(dir: string): LoadedData {
  const csv: Sources['csv'][number][] = [];
  const books: { name: string; bytes: Uint8Array }[] = [];
  const refused: WorkbookData[] = [];
  for (const name of existsSync(dir) ? readdirSync(dir).sort() : []) {
    const isTable = tableNames.some((n) => tables[n].file === name);
    if (OTHER_FORMATS.test(name)) {
      const stem = name.replace(OTHER_FORMATS, '').toLowerCase();
      if (tableNames.some((n) => n === stem)) refused.push({ file: name, problem: say.workbook_unreadable.otherFormat({ file: name }) });
      continue;
    }
    if (!isTable && !isWorkbook(name)) continue;
    const path = join(dir, name);
    const size = statSync(path).size;
    const limit = isTable ? INPUT_LIMITS.csvMegabytes : INPUT_LIMITS.workbookMegabytes;
    // Refused before it is read: a file too big to check must not fill the memory.
    if (size > limit * MB) {
      const problem = say.file_too_large.bytes({ megabytes: Math.ceil(size / MB), limit });
      if (isTable) csv.push({ name, problem });
      else refused.push({ file: name, problem });
      continue;
    }
    (isTable ? csv : books).push({ name, bytes: readFileSync(path) });
  }
  return loadSources({ csv, workbooks: [...readWorkbooksSync(books), ...refused] });
}
