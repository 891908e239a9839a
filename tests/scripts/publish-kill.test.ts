// The publish protocol under kill -9 (docs/decisions.md, "Publish protocol"):
// builds stopped at each instant of the swap, one killed while Astro runs,
// and what the next build (or npm run serve) does about it.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badDir } from '../fixtures/write-fixtures.ts';
import { emptyContent, hashTree as hashAll, minimalData, processGroup, root, runScript, sleep, startScript } from './helpers.ts';

/** Every file's hash but the revision history's, which records the publication each build replaced, so differs by where it ran. */
function hashTree(dir: string): Record<string, string> {
  const { 'du-lieu/sua-doi.json': _history, ...rest } = hashAll(dir);
  return rest;
}

const tmp = mkdtempSync(join(tmpdir(), 'ntm-kill-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const buildArgs = (out: string) => [join(root, 'scripts/build.ts'), '--data', minimalData, '--content', emptyContent, '--out', out];
/** The second site differs from the first in every page's canonical links, so the test can tell them apart. */
const SECOND = { SITE_URL: 'https://second.example' };

/** A good build of the minimal data into `out`; fails the test otherwise. */
function goodBuild(out: string, env: Record<string, string> = {}): Record<string, string> {
  const r = runScript('scripts/build.ts', ['--data', minimalData, '--content', emptyContent, '--out', out], env);
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
  return hashTree(out);
}

/** What a dead build with this pid left in the output folder's parent and in .cache/. */
function leftovers(parent: string, pid: number): string[] {
  const beside = readdirSync(parent).filter((n) => n.startsWith(`.build-${pid}-`));
  const cache = existsSync(join(root, '.cache')) ? readdirSync(join(root, '.cache')).filter((n) => n.startsWith(`render-${pid}-`)) : [];
  return [...beside, ...cache];
}

/** Starts a build of the second site that stops itself at `point`, and waits until it is there. */
async function buildPausedAt(out: string, point: string) {
  const started = startScript(process.execPath, buildArgs(out), { ...SECOND, NTM_TEST_PAUSE_AT: point });
  await started.waitFor(new RegExp(`NTM_TEST_PAUSE_AT ${point}\\n`));
  return started;
}

async function kill9(started: ReturnType<typeof startScript>): Promise<void> {
  started.child.kill('SIGKILL');
  const { signal } = await started.exited;
  expect(signal).toBe('SIGKILL');
}

describe('a build killed at any instant', () => {
  const first = join(tmp, 'first');
  let firstSite: Record<string, string> = {};
  let secondSite: Record<string, string> = {};
  let leftRunning: ReturnType<typeof processGroup>;

  beforeAll(async () => {
    firstSite = goodBuild(first);
    // The second site is built in a process group of its own, to see what the build leaves running.
    const second = join(tmp, 'second');
    const started = startScript(process.execPath, buildArgs(second), SECOND);
    const { code } = await started.exited;
    if (code !== 0) throw new Error(`build failed:\n${started.output()}`);
    await sleep(300);
    leftRunning = processGroup(started.child.pid!);
    secondSite = hashTree(second);
    expect(secondSite['index.html']).not.toBe(firstSite['index.html']);
  }, 300_000);

  /** A copy of the first site at `out`, as if built there. */
  const firstAt = (out: string) => cpSync(first, out, { recursive: true });

  it('leaves no process of its own behind when it ends (Pagefind and esbuild services awaited)', () => {
    if (!leftRunning) {
      console.warn('\n*** SKIPPED: no /proc here, so the processes of a build cannot be listed. ***\n');
      return;
    }
    expect(leftRunning).toEqual([]);
  });

  describe.each([
    // point, what the output folder holds while the build is stopped there, and after the restart
    ['staged', 'first', 'first'],
    ['swap', 'nothing', 'first'],
    ['swapped', 'second', 'second'],
  ] as const)('killed at "%s"', (point, during, after) => {
    const out = join(tmp, `at-${point}`);

    it(`holds ${during} while stopped there; a later failed build leaves ${after} and removes the leftovers`, async () => {
      firstAt(out);
      const started = await buildPausedAt(out, point);
      const pid = started.child.pid!;
      if (during === 'nothing') expect(existsSync(out)).toBe(false);
      else expect(hashTree(out)).toEqual(during === 'first' ? firstSite : secondSite);
      await kill9(started);
      expect(leftovers(tmp, pid).length).toBeGreaterThan(0);
      if (point === 'swap') {
        // The same state on disk, for the serve test below.
        cpSync(join(tmp, leftovers(tmp, pid).find((n) => n.startsWith('.build-'))!), join(tmp, 'for-serve', `.build-${pid}-0`), { recursive: true });
      }

      // The restart: a build with bad data, which stops at the check.
      const r = runScript('scripts/build.ts', ['--data', join(badDir, 'two-roots'), '--content', emptyContent, '--out', out]);
      expect(r.status).toBe(1);
      expect(hashTree(out)).toEqual(after === 'first' ? firstSite : secondSite);
      expect(leftovers(tmp, pid)).toEqual([]);
      if (point === 'swap') expect(r.stderr).toContain('Restored the last good site');
    }, 120_000);
  });

  it('killed at "swap", then npm run serve: the last good site is put back and served', async () => {
    const parent = join(tmp, 'for-serve');
    const out = join(parent, `at-swap`);
    expect(existsSync(parent)).toBe(true);
    expect(existsSync(out)).toBe(false);
    const server = startScript(process.execPath, [join(root, 'scripts/serve.ts')], { NTM_DIST: out, PORT: '0' });
    try {
      const text = await server.waitFor(/Serving at (http\S+)/, 30_000);
      const url = /Serving at (http\S+)/.exec(text)![1]!;
      const res = await fetch(url);
      expect(res.status).toBe(200);
      expect(await res.text()).toBe(readFileSync(join(out, 'index.html'), 'utf8'));
      expect(hashTree(out)).toEqual(firstSite);
      expect(readdirSync(parent)).toEqual(['at-swap']);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  }, 60_000);

  it('killed while Astro renders: its children stop, and the next build removes the leftovers', async () => {
    const out = join(tmp, 'during-render');
    firstAt(out);
    const started = startScript(process.execPath, buildArgs(out), SECOND);
    const pid = started.child.pid!;
    // The render child has started once its scratch folder exists.
    for (let i = 0; i < 600 && !leftovers(tmp, pid).some((n) => n.startsWith('render-')); i++) await sleep(50);
    await sleep(1000);
    await kill9(started);
    expect(hashTree(out)).toEqual(firstSite);
    if (processGroup(pid)) {
      for (let i = 0; i < 100 && processGroup(pid)!.length > 0; i++) await sleep(100);
      expect(processGroup(pid)).toEqual([]);
    }
    expect(leftovers(tmp, pid).length).toBeGreaterThan(0);
    const r = runScript('scripts/build.ts', ['--data', join(badDir, 'two-roots'), '--content', emptyContent, '--out', out]);
    expect(r.status).toBe(1);
    expect(hashTree(out)).toEqual(firstSite);
    expect(leftovers(tmp, pid)).toEqual([]);
  }, 120_000);
});
