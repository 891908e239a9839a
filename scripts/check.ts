// `npm run check [-- --data DIR] [-- --all]`: validates data/ without building.
// Exit 1 on errors; 0 when there are only warnings, which are listed.
// Repeated issues are grouped (scripts/lib/issues-report.ts); --all lists every
// one kept (src/contract/issues.ts keeps at most 1,000 of a kind in a column).
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadDataDir } from '../src/ingest/load.ts';
import { validateContent } from '../src/ingest/content.ts';
import { DEFAULT_LIMITS, flushOutput, issueReport, NO_LIMITS, type PrintLimits } from './lib/issues-report.ts';
import type { Severity } from '../src/contract/issues.ts';

export function check(dataDir: string, contentDir: string, limits: PrintLimits = DEFAULT_LIMITS): number {
  const loaded = loadDataDir(dataDir);
  const content = validateContent(contentDir, loaded.data);
  const issues = [...loaded.issues.items, ...content];
  const of = (s: Severity) => issues.filter((i) => i.severity === s);
  const blocks = issueReport([...of('error'), ...of('warning'), ...of('information')], limits, loaded.issues.omitted);
  if (blocks.length > 0) process.stdout.write(blocks.join('\n\n') + '\n\n');
  // Totals count the issues too many to keep, too.
  const total = (s: Severity) => loaded.issues.count(s) + content.filter((i) => i.severity === s).length;
  const errors = total('error');
  const info = total('information');
  process.stdout.write(
    `${dataDir}: ${errors} lỗi / errors, ` +
      (loaded.crossChecked
        ? `${total('warning')} cảnh báo / warnings`
        : 'chưa đối chiếu số liệu vì có lỗi, nên có thể còn cảnh báo / cross-checks did not run because of the errors, so warnings may follow') +
      (info > 0 ? `, ${info} thông tin / information notes` : '') +
      '.' +
      (errors > 0 ? ' Chưa thể xuất bản. / Not publishable.' : ' Có thể xây dựng trang. / Ready to build.') +
      '\n',
  );
  return errors > 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { data: { type: 'string' }, content: { type: 'string' }, all: { type: 'boolean' } } });
  const dataDir = resolve(values.data ?? process.env.NTM_DATA_DIR ?? 'data');
  const contentDir = resolve(values.content ?? process.env.NTM_CONTENT_DIR ?? 'content');
  process.exitCode = check(dataDir, contentDir, values.all ? NO_LIMITS : DEFAULT_LIMITS);
  // Everything printed reaches a pipe (CI logs, | tee) before the process ends.
  await flushOutput();
}
