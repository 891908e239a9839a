// `npm run build`: check the data, build with Astro into a fresh folder,
// index it with Pagefind, then swap it in. Any failure leaves the previous
// dist/ exactly as it was.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatIssue } from '../src/contract/issues.ts';
import { loadDataDir, type LoadedData } from '../src/ingest/load.ts';
import { validateContent } from '../src/ingest/content.ts';
import { handOverLoadedData } from '../src/site/handover.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface BuildOptions {
  dataDir: string;
  contentDir: string;
  outDir: string;
  /** Extra environment for Astro, e.g. SITE_URL and BASE_PATH. */
  env?: Record<string, string>;
  quiet?: boolean;
}

/** Validates data and content, printing warnings (unless quiet) and errors; the data when publishable. */
function checkData(options: BuildOptions): LoadedData | undefined {
  const log = options.quiet ? () => {} : console.log;
  const loaded = loadDataDir(options.dataDir);
  const issues = [...loaded.issues.items, ...validateContent(options.contentDir, loaded.data)];
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  for (const w of warnings) log(formatIssue(w) + '\n');
  if (errors.length > 0) {
    for (const e of errors) console.error(formatIssue(e) + '\n');
    console.error(
      `${errors.length} lỗi: không xây dựng, ${options.outDir} giữ nguyên. / ${errors.length} errors: nothing built, ${options.outDir} left untouched.`,
    );
    return undefined;
  }
  log(`Dữ liệu hợp lệ, ${warnings.length} cảnh báo. / Data valid, ${warnings.length} warnings.`);
  return loaded;
}

/**
 * The child process of a build: checks the data, then runs `astro build` in
 * this same process on the data it has just read, so national data is parsed
 * once. Exits 1 on bad data, before Astro starts.
 */
async function checkAndRender(options: BuildOptions, scratch: string): Promise<number> {
  const started = performance.now();
  const loaded = checkData(options);
  if (!loaded) return 1;
  const checkMs = performance.now() - started;
  handOverLoadedData(options.dataDir, loaded);
  // After the check, whose messages name files relative to where the build was started.
  process.chdir(scratch);
  const { build: astroBuild } = await import('astro');
  await astroBuild({ root, logLevel: 'silent' });
  if (process.env.NTM_TIMINGS_FILE) {
    writeFileSync(process.env.NTM_TIMINGS_FILE, JSON.stringify({ checkMs, astroMs: performance.now() - started - checkMs }));
  }
  return 0;
}

export function build(options: BuildOptions): number {
  const log = options.quiet ? () => {} : console.log;
  const outDir = resolve(options.outDir);
  const work = join(dirname(outDir), `.build-${process.pid}-${Date.now()}`);
  const staging = join(work, 'dist');
  mkdirSync(work, { recursive: true });
  // A caller running under Vite or Vitest carries BASE_URL, MODE and NODE_ENV in its
  // environment; Astro would read them as its own and ignore BASE_PATH.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'].includes(k) && !k.startsWith('VITEST')),
  );
  const env = {
    ...inherited,
    ...options.env,
    NTM_DATA_DIR: resolve(options.dataDir),
    NTM_CONTENT_DIR: resolve(options.contentDir),
    NTM_OUT_DIR: staging,
    // The publication this build replaces, for the revision history (src/site/revisions.ts).
    NTM_PREVIOUS_DIST: outDir,
    NTM_CACHE_DIR: join(work, 'cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  // Astro writes its intermediate prerender chunks to <cwd>/.astro when the output
  // folder is outside the working directory; parallel builds sharing <root>/.astro
  // delete each other's. Astro runs from a folder of its own inside the project,
  // where the chunks still find node_modules.
  const scratch = join(root, '.cache', `render-${process.pid}-${Date.now()}`);
  mkdirSync(scratch, { recursive: true });
  const run = (args: string[]) =>
    spawnSync(process.execPath, args, { cwd: root, env, stdio: options.quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit' });
  try {
    // Check and Astro share one process of their own: the data are read once,
    // and their memory is freed before Pagefind starts.
    const rendered = spawnSync(
      process.execPath,
      [fileURLToPath(import.meta.url), '--render', scratch, '--data', options.dataDir, '--content', options.contentDir, '--out', options.outDir, ...(options.quiet ? ['--quiet'] : [])],
      { cwd: root, env, encoding: 'utf8', maxBuffer: 1 << 28 },
    );
    // Passed on through console, so callers (and tests) see what the check printed.
    if (rendered.stdout) console.log(rendered.stdout.trimEnd());
    if (rendered.stderr) console.error(rendered.stderr.trimEnd());
    if (rendered.status !== 0 || !existsSync(join(staging, 'index.html'))) {
      if (rendered.status !== 1 || existsSync(staging)) console.error(`Astro build thất bại / failed: ${options.outDir} giữ nguyên / left untouched.`);
      return 1;
    }
    const pagefind = run([join(root, 'scripts/search-index.ts'), staging]);
    if (pagefind.status !== 0) {
      console.error(`Pagefind thất bại / failed: ${options.outDir} giữ nguyên / left untouched.`);
      return 1;
    }
    const old = join(work, 'old');
    if (existsSync(outDir)) renameSync(outDir, old);
    renameSync(staging, outDir);
    log(`Đã xây dựng / Built: ${outDir}`);
    return 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { data: { type: 'string' }, content: { type: 'string' }, out: { type: 'string' }, render: { type: 'string' }, quiet: { type: 'boolean' } },
  });
  const options: BuildOptions = {
    dataDir: resolve(values.data ?? process.env.NTM_DATA_DIR ?? 'data'),
    contentDir: resolve(values.content ?? process.env.NTM_CONTENT_DIR ?? 'content'),
    // The render child only names the output folder in its messages, as the caller wrote it.
    outDir: values.render ? (values.out ?? 'dist') : resolve(values.out ?? process.env.NTM_DIST ?? 'dist'),
    quiet: values.quiet,
  };
  if (values.render) {
    // Astro's build may leave handles open; the child's work is done when it returns.
    checkAndRender(options, values.render).then(
      (code) => process.exit(code),
      (error: unknown) => {
        console.error(error);
        process.exit(2);
      },
    );
  } else {
    process.exitCode = build(options);
  }
}
