// The checker page's work, loaded on first use: the files given are read by
// the pipeline the build runs (src/ingest/pipeline.ts), workbooks with
// exceljs, which is loaded only for them. Nothing leaves the browser.
import { loadSources, type Sources } from '../../ingest/pipeline.ts';
import { readWorkbook, type ExcelModule, type WorkbookData } from '../../ingest/workbook.ts';
import { say } from '../../contract/messages.ts';
import type { Issue, OmittedIssues, Severity } from '../../contract/issues.ts';

export interface CheckResult {
  issues: Issue[];
  omitted: OmittedIssues[];
  counts: Record<Severity, number>;
  crossChecked: boolean;
  /** Where each table was read from, in table order. */
  read: string[];
}

let excel: Promise<ExcelModule> | undefined;
const loadExcel = () => (excel ??= import('exceljs').then((m) => ((m as { default?: ExcelModule }).default ?? m) as ExcelModule));

/** Fetches exceljs ahead of need, so that a workbook can be checked offline too. */
export function prefetch(): void {
  loadExcel().catch(() => {
    excel = undefined;
  });
}

export async function check(files: readonly { name: string; bytes: Uint8Array }[]): Promise<CheckResult> {
  const csv: Sources['csv'][number][] = [];
  const workbooks: WorkbookData[] = [];
  for (const f of files) {
    if (/\.xlsx$/i.test(f.name)) workbooks.push(await readWorkbook(f.name, f.bytes, await loadExcel()));
    else if (/\.(xls|xlsm|xlsb|ods|numbers)$/i.test(f.name)) workbooks.push({ file: f.name, problem: say.workbook_unreadable.otherFormat({ file: f.name }) });
    else csv.push(f);
  }
  const loaded = loadSources({ csv, workbooks });
  const issues = loaded.issues;
  return {
    issues: issues.items,
    omitted: issues.omitted,
    counts: { error: issues.count('error'), warning: issues.count('warning'), information: issues.count('information') },
    crossChecked: loaded.crossChecked,
    read: Object.values(loaded.sources),
  };
}
