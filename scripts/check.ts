// `npm run check [-- --data DIR] [-- --all]`: validates data/ without building.
// Exit 1 on errors; 0 when there are only warnings, which are listed.
// Repeated issues are grouped (scripts/lib/issues-report.ts); --all lists every one.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadDataDir } from '../src/ingest/load.ts';
import { validateContent } from '../src/ingest/content.ts';
import { DEFAULT_LIMITS, flushOutput, issueReport, NO_LIMITS, type PrintLimits } from './lib/issues-report.ts';

export function check(dataDir: string, contentDir: string, limits: PrintLimits = DEFAULT_LIMITS): number {
  const loaded = loadDataDir(dataDir);
  const issues = [...loaded.issues.items, ...validateContent(contentDir, loaded.data)];
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  const blocks = issueReport([...errors, ...warnings], limits);
  if (blocks.length > 0) process.stdout.write(blocks.join('\n\n') + '\n\n');
  process.stdout.write(
    `${dataDir}: ${errors.length} lỗi / errors, ${warnings.length} cảnh báo / warnings.` +
      (errors.length > 0 ? ' Chưa thể xuất bản. / Not publishable.' : ' Có thể xây dựng trang. / Ready to build.') +
      '\n',
  );
  return errors.length > 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { data: { type: 'string' }, content: { type: 'string' }, all: { type: 'boolean' } } });
  const dataDir = resolve(values.data ?? process.env.NTM_DATA_DIR ?? 'data');
  const contentDir = resolve(values.content ?? process.env.NTM_CONTENT_DIR ?? 'content');
  process.exitCode = check(dataDir, contentDir, values.all ? NO_LIMITS : DEFAULT_LIMITS);
  // Everything printed reaches a pipe (CI logs, | tee) before the process ends.
  await flushOutput();
}
