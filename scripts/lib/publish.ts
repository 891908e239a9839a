// The publish protocol (docs/decisions.md, "Publish protocol"): how a built
// site replaces the output folder, so that a kill at any instant leaves the
// last good site in place or where the next build puts it back.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { basename, join } from 'node:path';

/** Beside the output folder: `.build-<pid>-<ms>/` holds `dist/` (the new site) and, during the swap, `old/`. */
export const BUILD_PREFIX = '.build-';
/** In the project's `.cache/`: `render-<pid>-<ms>/`, where Astro and Pagefind work. */
export const RENDER_PREFIX = 'render-';
/** Written into a build folder before the swap starts: names the output folder its `old/` came from. */
const JOURNAL = 'swap.json';

export function workName(prefix: string, pid = process.pid, startedMs = Date.now()): string {
  return `${prefix}${pid}-${startedMs}`;
}

export function parseWorkName(prefix: string, name: string): { pid: number; startedMs: number } | undefined {
  if (!name.startsWith(prefix)) return undefined;
  const m = /^(\d+)-(\d+)$/.exec(name.slice(prefix.length));
  return m ? { pid: Number(m[1]), startedMs: Number(m[2]) } : undefined;
}

/** Linux: the process's state letter and start time; undefined elsewhere. */
function procInfo(pid: number): { state: string; startedMs: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const bootSeconds = Number(/^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1]);
    // starttime is in clock ticks since boot; Linux reports them at 100 per second.
    return { state: fields[0] ?? '', startedMs: bootSeconds * 1000 + Number(fields[19]) * 10 };
  } catch {
    return undefined;
  }
}

/**
 * Whether the build that named a folder `<pid>-<ms>` may still be running:
 * its process exists, is not a zombie, and (where the system says) did not
 * start after the folder was named, which would make it another process.
 */
export function isBuildRunning(pid: number, startedMs: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  const info = procInfo(pid);
  if (!info) return true;
  // The boot time is whole seconds: allow for it.
  return info.state !== 'Z' && info.startedMs <= startedMs + 2000;
}

function entries(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function removeQuietly(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true, maxRetries: 2 });
  } catch {
    // Another build is removing it too; whatever is left, the next build removes.
  }
}

/**
 * For every build folder in `parent` whose build is dead: if it was killed
 * between the two renames of its swap, its `old/` is the last good site and is
 * renamed back into place; then the folder is removed. Returns the output
 * folders it restored. Builds still running are not touched.
 *
 * Builds before this protocol wrote no journal; their `old/` is taken to be
 * `fallbackTarget` (the output folder of the caller), so that a site they
 * lost is put back rather than deleted.
 */
export function recoverInterruptedBuilds(parent: string, fallbackTarget?: string): string[] {
  const restored: string[] = [];
  for (const name of entries(parent)) {
    const owner = parseWorkName(BUILD_PREFIX, name);
    if (!owner || isBuildRunning(owner.pid, owner.startedMs)) continue;
    const work = join(parent, name);
    const old = join(work, 'old');
    let target: string | undefined;
    try {
      target = (JSON.parse(readFileSync(join(work, JOURNAL), 'utf8')) as { target?: string }).target;
    } catch {
      target = fallbackTarget;
    }
    if (target && target === basename(target) && existsSync(old)) {
      const out = join(parent, target);
      try {
        if (!existsSync(out)) {
          renameSync(old, out);
          restored.push(out);
        }
      } catch {
        // Restored by another build at the same instant.
      }
    }
    removeQuietly(work);
  }
  return restored;
}

/** Removes the `<prefix><pid>-<ms>` folders in `dir` whose build is dead. */
export function removeDeadWork(dir: string, prefix: string): void {
  for (const name of entries(dir)) {
    const owner = parseWorkName(prefix, name);
    if (owner && !isBuildRunning(owner.pid, owner.startedMs)) removeQuietly(join(dir, name));
  }
}

/** Moves a finished site to `<work>/dist`: a rename on the same filesystem, a copy onto another one. */
export function stage(site: string, work: string): string {
  mkdirSync(work, { recursive: true });
  const staged = join(work, 'dist');
  try {
    renameSync(site, staged);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    copyTree(site, staged);
  }
  return staged;
}

/** File by file, so that a full disk fails with ENOSPC (fs.cpSync reports EIO). */
function copyTree(from: string, to: string): void {
  mkdirSync(to);
  for (const e of readdirSync(from, { withFileTypes: true })) {
    if (e.isDirectory()) copyTree(join(from, e.name), join(to, e.name));
    else copyFileSync(join(from, e.name), join(to, e.name));
  }
}

export class SwapConflict extends Error {}

/**
 * Swaps `<work>/dist` in as `outDir`: outDir → `<work>/old`, then
 * `<work>/dist` → outDir. Between the two renames outDir does not exist; the
 * journal written first lets the next build restore `old/` if this process
 * dies there.
 */
export function swapIn(work: string, outDir: string): void {
  writeFileSync(join(work, JOURNAL), JSON.stringify({ target: basename(outDir), pid: process.pid }));
  pauseForTest('staged');
  const old = join(work, 'old');
  let moved = false;
  try {
    renameSync(outDir, old);
    moved = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  pauseForTest('swap');
  try {
    renameSync(join(work, 'dist'), outDir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTEMPTY' || code === 'EEXIST') throw new SwapConflict(outDir);
    if (moved && !existsSync(outDir)) renameSync(old, outDir);
    throw error;
  }
  pauseForTest('swapped');
}

/**
 * Tests only: with NTM_TEST_PAUSE_AT=staged|swap|swapped the build says so on
 * stderr and sleeps there, so a test can kill it at that exact instant.
 */
function pauseForTest(point: string): void {
  if (process.env.NTM_TEST_PAUSE_AT !== point) return;
  writeSync(2, `NTM_TEST_PAUSE_AT ${point}\n`);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 120_000);
}
