// Reading workbooks synchronously in Node, so that loadDataDir() stays a
// plain function for the check and the build: exceljs reads asynchronously,
// so a child process reads them and hands back the plain sheet data.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { say } from '../contract/messages.ts';
import type { WorkbookData } from './workbook.ts';

// Built at run time so that a bundler leaves the path alone.
const child = () => fileURLToPath(new URL(['.', 'workbook-child.ts'].join('/'), import.meta.url));

export function readWorkbooksSync(books: readonly { name: string; bytes: Uint8Array }[]): WorkbookData[] {
  if (books.length === 0) return [];
  const input = JSON.stringify(books.map((b) => ({ name: b.name, base64: Buffer.from(b.bytes).toString('base64') })));
  const run = spawnSync(process.execPath, [child()], { input, encoding: 'utf8', maxBuffer: 2 ** 31 - 1 });
  if (run.status === 0) {
    try {
      return JSON.parse(run.stdout) as WorkbookData[];
    } catch {
      // Reported below like any other failure.
    }
  }
  const detail = (run.error?.message ?? run.stderr ?? '').trim().split('\n').at(-1)?.slice(0, 120) || `exit ${run.status}`;
  return books.map((b) => ({ file: b.name, problem: say.workbook_unreadable.corrupt({ detail }) }));
}
