// `npm run build`: check the data, render the site with Astro and index it
// with Pagefind in a scratch folder, then publish it into the output folder
// (scripts/lib/publish.ts, docs/decisions.md "Publish protocol"). A failure,
// or a kill at any instant, leaves the last good site where it was, or where
// the next build puts it back first.
import { siteAddress } from '../src/site/address.ts';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { LoadedData } from '../src/ingest/load.ts';
import { diskFullLine, freeBytes, isDiskFull, treeBytes } from './lib/disk.ts';
import { flushOutput, issueReport } from './lib/issues-report.ts';
import { endChildren, trackChildren } from './lib/children.ts';
import { exitWhenOrphaned } from './lib/orphan.ts';
import {
  BUILD_PREFIX,
  RENDER_PREFIX,
  recoverInterruptedBuilds,
  removeDeadWork,
  stage,
  SwapConflict,
  swapIn,
  workName,
} from './lib/publish.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cacheRoot = join(root, '.cache');

export interface BuildOptions {
  dataDir: string;
  contentDir: string;
  outDir: string;
  /** Extra environment for Astro, e.g. SITE_URL and BASE_PATH. */
  env?: Record<string, string>;
  /** Print errors and failures only: no warnings, no progress. */
  quiet?: boolean;
}

export interface BuildResult {
  /** 0 built and published, 1 not (the output folder is as it was). */
  status: number;
  /** Warnings of the data check, when it ran. */
  warnings?: number;
  /** HTML files of the published site. */
  pages?: number;
}

/** What the render child tells its parent, in `<scratch>/check.json`. */
interface CheckSummary {
  errors: number;
  warnings: number;
}

/** Validates data and content, printing warnings (unless quiet) and errors; the data when publishable. */
async function checkData(options: BuildOptions, scratch: string): Promise<LoadedData | undefined> {
  // Imported in the render child only: the parent, waiting through the whole build, stays small.
  const [{ loadDataDir }, { validateContent }] = await Promise.all([import('../src/ingest/load.ts'), import('../src/ingest/content.ts')]);
  const loaded = loadDataDir(options.dataDir);
  const issues = [...loaded.issues.items, ...validateContent(options.contentDir, loaded.data)];
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  writeFileSync(join(scratch, 'check.json'), JSON.stringify({ errors: errors.length, warnings: warnings.length } satisfies CheckSummary));
  if (!options.quiet && warnings.length > 0) process.stdout.write(issueReport(warnings).join('\n\n') + '\n\n');
  if (errors.length > 0) {
    const n = loaded.issues.count('error') + errors.length - loaded.issues.errors.length;
    process.stderr.write(issueReport(errors, undefined, loaded.issues.omitted).join('\n\n') + '\n\n');
    process.stderr.write(`${n} lỗi: không xây dựng, ${options.outDir} giữ nguyên. / ${n} errors: nothing built, ${options.outDir} left untouched.\n`);
    return undefined;
  }
  if (!options.quiet) process.stdout.write(`Dữ liệu hợp lệ, ${warnings.length} cảnh báo. / Data valid, ${warnings.length} warnings.\n`);
  return loaded;
}

/**
 * The child process of a build: checks the data, then runs `astro build` in
 * this same process on the data it has just read, so national data is parsed
 * once. Returns 1 on bad data, before Astro starts.
 */
async function checkAndRender(options: BuildOptions, scratch: string): Promise<number> {
  const started = performance.now();
  const loaded = await checkData(options, scratch);
  if (!loaded) return 1;
  const checkMs = performance.now() - started;
  const { handOverLoadedData } = await import('../src/site/handover.ts');
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

function countPages(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) if (e.isFile() && e.name.endsWith('.html')) n++;
  return n;
}

function readSummary(scratch: string): CheckSummary | undefined {
  try {
    return JSON.parse(readFileSync(join(scratch, 'check.json'), 'utf8')) as CheckSummary;
  } catch {
    return undefined;
  }
}

/**
 * Astro and Pagefind write the whole site into the project's `.cache/`, with
 * Astro's intermediate chunks beside it: on the test sites a little more than
 * the finished site, which then needs its own size again beside the output
 * folder when that is on another filesystem.
 */
const SCRATCH_PER_SITE_BYTE = 1.1;

/** Without a public address the site has host-relative links only: said loudly, once per build. */
export function warnIfNoAddress(): void {
  const address = siteAddress(root);
  if (address.siteUrl) return;
  console.warn(
    `⚠ Chưa đặt địa chỉ công khai của trang ("url" trong ${relative(process.cwd(), address.file) || address.file}): liên kết chỉ là đường dẫn, không có sitemap, trích dẫn không có tên miền. / ` +
      `⚠ The site's public address is not set ("url" in ${relative(process.cwd(), address.file) || address.file}): links are paths only, there is no sitemap, and citations carry no domain.`,
  );
}

export function buildSite(options: BuildOptions): BuildResult {
  const log = options.quiet ? () => {} : console.log;
  const outDir = resolve(options.outDir);
  const parent = dirname(outDir);
  for (const restored of recoverInterruptedBuilds(parent, basename(outDir))) {
    console.error(
      `Đã khôi phục trang tốt gần nhất vào ${restored}: một lần xây dựng trước bị dừng khi đang thay nó. / ` +
        `Restored the last good site into ${restored}: an earlier build was stopped while replacing it.`,
    );
  }
  removeDeadWork(cacheRoot, RENDER_PREFIX);
  const startedMs = Date.now();
  const scratch = join(cacheRoot, workName(RENDER_PREFIX, process.pid, startedMs));
  const site = join(scratch, 'site');
  const work = join(parent, workName(BUILD_PREFIX, process.pid, startedMs));
  mkdirSync(scratch, { recursive: true });
  // A caller running under Vite or Vitest carries BASE_URL, MODE and NODE_ENV in its
  // environment; Astro would read them as its own and ignore BASE_PATH.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'NTM_TEST_PAUSE_AT'].includes(k) && !k.startsWith('VITEST'),
    ),
  );
  const env = {
    ...inherited,
    ...options.env,
    NTM_DATA_DIR: resolve(options.dataDir),
    NTM_CONTENT_DIR: resolve(options.contentDir),
    // Astro runs from the scratch folder and writes there: it moves its
    // assets with renames, which cannot cross filesystems.
    NTM_OUT_DIR: site,
    NTM_CACHE_DIR: join(scratch, 'cache'),
    // The render child works from the scratch folder: it must still find the project's address file.
    NTM_SITE_CONFIG: siteAddress(root).file,
    // The publication this build replaces, for the revision history (src/site/revisions.ts).
    NTM_PREVIOUS_DIST: outDir,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const child = (args: string[], extra: Record<string, string> = {}) =>
    spawnSync(process.execPath, args, { cwd: root, env: { ...env, ...extra }, encoding: 'utf8', maxBuffer: 1 << 28 });
  const diskFull = (dir: string, need: number, atLeast: boolean): BuildResult => {
    // The space this build took is free again: say what the next attempt has.
    rmSync(work, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
    console.error(diskFullLine({ dir, free: freeBytes(dir), need, atLeast, outDir: options.outDir }));
    return { status: 1 };
  };
  /**
   * A child's output passed on through console, so callers (and tests) see
   * it; false when it hit a full disk. Exit 1 of the render child is bad
   * data, whose messages quote cells that may say anything.
   */
  const passOn = (r: ReturnType<typeof child>, dataErrorsExit?: number): boolean => {
    if (r.stdout) console.log(r.stdout.trimEnd());
    if (r.status !== dataErrorsExit && isDiskFull(`${r.stderr}\n${r.error ?? ''}`)) return false;
    if (r.stderr) console.error(r.stderr.trimEnd());
    return true;
  };
  /** Free space the scratch folder needs: from the last site when there is one, else what was written. */
  const scratchNeed = (): BuildResult => {
    const previous = treeBytes(outDir);
    const written = treeBytes(scratch);
    return previous > 0 ? diskFull(cacheRoot, Math.max(previous * SCRATCH_PER_SITE_BYTE, written), false) : diskFull(cacheRoot, written, true);
  };
  let summary: CheckSummary | undefined;
  let pages = 0;
  try {
    // Check and Astro share one process of their own: the data are read once,
    // and their memory is freed before Pagefind starts.
    const rendered = child([
      fileURLToPath(import.meta.url),
      ...['--render', scratch, '--data', options.dataDir, '--content', options.contentDir, '--out', options.outDir],
      ...(options.quiet ? ['--quiet'] : []),
      // glibc gives each thread that allocates an arena of its own, and keeps
      // what they free: two arenas hold the national render at 1.8 GB, not 2.06.
    ], { MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2' });
    summary = readSummary(scratch);
    if (!passOn(rendered, 1)) return scratchNeed();
    if (rendered.status !== 0 || !existsSync(join(site, 'index.html'))) {
      if (rendered.status !== 1 || existsSync(site)) console.error(`Astro build thất bại / failed: ${options.outDir} giữ nguyên / left untouched.`);
      return { status: 1, warnings: summary?.warnings };
    }
    const indexed = child([join(root, 'scripts/search-index.ts'), site]);
    if (!passOn(indexed)) return scratchNeed();
    if (indexed.status !== 0) {
      console.error(`Pagefind thất bại / failed: ${options.outDir} giữ nguyên / left untouched.`);
      return { status: 1, warnings: summary?.warnings };
    }
    pages = countPages(site);
    const siteBytes = treeBytes(site);
    try {
      mkdirSync(parent, { recursive: true });
      if (statSync(parent).dev !== statSync(site).dev && (freeBytes(parent) ?? Infinity) < siteBytes) return diskFull(parent, siteBytes, false);
      stage(site, work);
    } catch (error) {
      if (isDiskFull(error)) return diskFull(parent, siteBytes, false);
      throw error;
    }
    swapIn(work, outDir);
    if (!options.quiet) warnIfNoAddress();
    log(`Đã xây dựng / Built: ${outDir}`);
    return { status: 0, warnings: summary?.warnings, pages };
  } catch (error) {
    if (error instanceof SwapConflict) {
      console.error(
        `Một lần xây dựng khác vừa thay ${options.outDir} cùng lúc; giữ bản của nó, bỏ bản này. / ` +
          `Another build replaced ${options.outDir} at the same moment; its site was kept and this one dropped.`,
      );
    } else {
      console.error(`Xuất bản thất bại / Publishing failed: ${String(error)}. ${options.outDir} giữ nguyên / left untouched.`);
    }
    return { status: 1, warnings: summary?.warnings };
  } finally {
    // The old site stays in the build folder only if it could not be put back;
    // the next build restores it from there.
    if (existsSync(outDir) || !existsSync(join(work, 'old'))) rmSync(work, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  }
}

export function build(options: BuildOptions): number {
  return buildSite(options).status;
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
    trackChildren();
    exitWhenOrphaned(endChildren);
    // Astro's build may leave handles open: exit when its work is done, once
    // its child processes have ended and the output has drained.
    const exit = (code: number) =>
      endChildren()
        .then(flushOutput)
        .then(() => process.exit(code));
    checkAndRender(options, values.render).then(exit, (error: unknown) => {
      console.error(error);
      return exit(2);
    });
  } else {
    process.exitCode = build(options);
  }
}
