// `npm start`: checks and builds the site, then serves it, with a short
// summary instead of every warning (`npm run check` lists them all).
import { relative, resolve } from 'node:path';
import { buildSite, warnIfNoAddress } from './build.ts';
import { serveFromCommandLine } from './serve.ts';

const outDir = resolve(process.env.NTM_DIST ?? 'dist');
const shown = relative(process.cwd(), outDir) || '.';
console.log(`Đang kiểm tra dữ liệu và xây dựng trang… / Checking the data and building the site…`);
const result = buildSite({
  dataDir: resolve(process.env.NTM_DATA_DIR ?? 'data'),
  contentDir: resolve(process.env.NTM_CONTENT_DIR ?? 'content'),
  outDir,
  quiet: true,
});
if (result.status !== 0) {
  process.exitCode = 1;
} else {
  warnIfNoAddress();
  const warnings = result.warnings ?? 0;
  const server = await serveFromCommandLine(outDir, (url) => [
    `Đã xây dựng ${result.pages} trang vào ${shown}/. ${warnings} cảnh báo về dữ liệu` +
      (warnings > 0 ? `: xem tại ${url}du-lieu/chat-luong/ hoặc chạy npm run check.` : '.'),
    `Built ${result.pages} pages into ${shown}/. ${warnings} data warnings` +
      (warnings > 0 ? `: listed at ${url}en/du-lieu/chat-luong/ and by npm run check.` : '.'),
  ]);
  if (!server) process.exitCode = 1;
}
