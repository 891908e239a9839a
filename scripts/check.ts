// `npm run check [-- --data DIR]`: validates data/ without building.
// Exit 1 on errors; 0 when there are only warnings, which are listed.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { formatIssue } from '../src/contract/issues.ts';
import { loadDataDir } from '../src/ingest/load.ts';
import { validateContent } from '../src/ingest/content.ts';

const { values } = parseArgs({ options: { data: { type: 'string' }, content: { type: 'string' } } });
const dataDir = resolve(values.data ?? process.env.NTM_DATA_DIR ?? 'data');
const contentDir = resolve(values.content ?? process.env.NTM_CONTENT_DIR ?? 'content');

export function check(dataDir: string, contentDir: string): number {
  const loaded = loadDataDir(dataDir);
  const issues = [...loaded.issues.items, ...validateContent(contentDir, loaded.data)];
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  for (const issue of [...errors, ...warnings]) console.log(formatIssue(issue) + '\n');
  console.log(
    `${dataDir}: ${errors.length} lỗi / errors, ${warnings.length} cảnh báo / warnings.` +
      (errors.length > 0 ? ' Chưa thể xuất bản. / Not publishable.' : ' Có thể xây dựng trang. / Ready to build.'),
  );
  return errors.length > 0 ? 1 : 0;
}

process.exitCode = check(dataDir, contentDir);
