// The output folder on another filesystem, and a full disk, on small tmpfs
// mounts. Mounting needs root (CI runs as root); where it is impossible these
// cases are skipped with a loud notice.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statfsSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isDiskFull } from '../../scripts/lib/disk.ts';
import { stage } from '../../scripts/lib/publish.ts';
import { emptyContent, minimalData, root, runScript } from './helpers.ts';

const mounts: string[] = [];
let mountProblem = '';

/** A fresh tmpfs of `size` (mount's syntax, e.g. 64m), or undefined when this machine cannot mount one. */
function tmpfs(size: string): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'ntm-tmpfs-'));
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { encoding: 'utf8' });
  if (r.status !== 0 || statSync(dir).dev === statSync(tmpdir()).dev) {
    mountProblem = (r.stderr || r.error?.message || 'mount did not give a new filesystem').trim();
    rmSync(dir, { recursive: true, force: true });
    return undefined;
  }
  mounts.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of mounts) {
    if (spawnSync('umount', [dir]).status !== 0) spawnSync('umount', ['-l', dir]);
    rmSync(dir, { recursive: true, force: true });
  }
});

const large = tmpfs('64m');
const tooSmall = large && tmpfs('512k');
const forProject = large && tmpfs('32m');
if (!large) {
  console.warn(
    `\n${'*'.repeat(78)}\n*** SKIPPED: the build's cross-filesystem and disk-full cases: cannot mount a tmpfs here\n*** (${mountProblem}). Run the tests as root to include them.\n${'*'.repeat(78)}\n`,
  );
}

function expectOneBilingualDiskLine(stderr: string, dir: string): void {
  const lines = stderr.trim().split('\n');
  expect(lines, stderr).toHaveLength(1);
  expect(lines[0]).toContain(`Hết chỗ trên đĩa chứa ${dir}`);
  expect(lines[0]).toContain(`The disk holding ${dir} is full`);
  expect(lines[0]).toMatch(/the build needs (about|at least) \d+(\.\d)? MB free there/);
  expect(stderr).not.toMatch(/rolldown|ENOSPC|\n\s+at /);
}

describe.skipIf(!large)('the output folder on another filesystem', () => {
  it('builds there (twice: into a fresh folder, then replacing it), with nothing left beside it', () => {
    const out = join(large!, 'site', 'dist');
    for (let i = 0; i < 2; i++) {
      const r = runScript('scripts/build.ts', ['--data', minimalData, '--content', emptyContent], { NTM_DIST: out });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).not.toContain('EXDEV');
      expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('<html');
      expect(existsSync(join(out, 'pagefind'))).toBe(true);
      expect(readdirSync(join(large!, 'site'))).toEqual(['dist']);
    }
  }, 180_000);
});

describe.skipIf(!large)('a full disk', () => {
  it('beside the output folder: one line says where and how much, and the previous site stays', () => {
    const out = join(tooSmall!, 'dist');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), 'previous');
    const r = runScript('scripts/build.ts', ['--data', minimalData, '--content', emptyContent, '--out', out]);
    expect(r.status).toBe(1);
    expectOneBilingualDiskLine(r.stderr, tooSmall!);
    expect(r.stderr).toContain('the build needs about');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous');
    expect(readdirSync(tooSmall!)).toEqual(['dist']);
  }, 120_000);

  it('copying onto a disk that fills up fails as a full disk, not as an input/output error', () => {
    const site = mkdtempSync(join(tmpdir(), 'ntm-site-'));
    try {
      for (let i = 0; i < 8; i++) writeFileSync(join(site, `page-${i}.html`), Buffer.alloc(100_000, 'x'));
      let thrown: unknown;
      try {
        stage(site, join(tooSmall!, '.build-copy'));
      } catch (error) {
        thrown = error;
      }
      expect((thrown as NodeJS.ErrnoException | undefined)?.code).toBe('ENOSPC');
      expect(isDiskFull(thrown)).toBe(true);
    } finally {
      rmSync(site, { recursive: true, force: true });
      rmSync(join(tooSmall!, '.build-copy'), { recursive: true, force: true });
    }
  });

  it('where Astro renders (the project\'s disk): one line instead of the bundler\'s stack trace, and the previous site stays', () => {
    // A copy of the project on a disk with little room left, its node_modules linked.
    const project = join(forProject!, 'project');
    for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'scripts', 'public', 'docs']) {
      cpSync(join(root, name), join(project, name), { recursive: true });
    }
    cpSync(minimalData, join(project, 'data'), { recursive: true });
    cpSync(emptyContent, join(project, 'content'), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'));
    const out = join(project, 'dist');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), 'previous');
    const { bavail, bsize } = statfsSync(forProject!);
    writeFileSync(join(forProject!, 'filler'), Buffer.alloc(bavail * bsize - 300_000));

    const r = runScript('scripts/build.ts', [], {}, project);
    expect(r.status).toBe(1);
    expectOneBilingualDiskLine(r.stderr, join(project, '.cache'));
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous');
    expect(readdirSync(join(project, '.cache')).filter((n) => n.startsWith('render-'))).toEqual([]);
  }, 120_000);
});
