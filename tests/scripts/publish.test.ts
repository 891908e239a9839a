// The publish protocol's recovery and cleanup (scripts/lib/publish.ts) on
// folders laid out as a killed build leaves them.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from './helpers.ts';
import { isBuildRunning, parseWorkName, recoverInterruptedBuilds, removeDeadWork, stage, swapIn, workName } from '../../scripts/lib/publish.ts';

const tmp = mkdtempSync(join(tmpdir(), 'ntm-publish-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The pid of a process that has exited and been reaped. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((done) => child.once('exit', done));
  return child.pid!;
}

function site(dir: string, text: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), text);
}

let n = 0;
const fresh = () => {
  const dir = join(tmp, `case-${n++}`);
  mkdirSync(dir);
  return dir;
};

describe('which builds are running', () => {
  it('reads and writes folder names', () => {
    expect(workName('.build-', 12, 345)).toBe('.build-12-345');
    expect(parseWorkName('.build-', '.build-12-345')).toEqual({ pid: 12, startedMs: 345 });
    expect(parseWorkName('.build-', '.build-x-345')).toBeUndefined();
    expect(parseWorkName('render-', '.build-12-345')).toBeUndefined();
  });

  it('this process is running; an exited one is not', async () => {
    expect(isBuildRunning(process.pid, Date.now())).toBe(true);
    expect(isBuildRunning(await deadPid(), Date.now())).toBe(false);
  });

  it('a live process that started after the folder was named is another process (a reused pid)', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10000)']);
    try {
      await new Promise((done) => child.once('spawn', done));
      expect(isBuildRunning(child.pid!, Date.now())).toBe(true);
      if (existsSync('/proc/self/stat')) expect(isBuildRunning(child.pid!, Date.now() - 3_600_000)).toBe(false);
    } finally {
      child.kill();
    }
  });
});

describe('recovering from a killed build', () => {
  it('renames old/ back when the build died between its two renames, then removes its folder', async () => {
    const parent = fresh();
    const work = join(parent, workName('.build-', await deadPid(), Date.now()));
    site(join(work, 'old'), 'last good');
    site(join(work, 'dist'), 'never published');
    writeFileSync(join(work, 'swap.json'), JSON.stringify({ target: 'dist' }));
    expect(recoverInterruptedBuilds(parent)).toEqual([join(parent, 'dist')]);
    expect(readFileSync(join(parent, 'dist/index.html'), 'utf8')).toBe('last good');
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('leaves the output folder alone when it exists (killed before or after the renames)', async () => {
    const parent = fresh();
    site(join(parent, 'dist'), 'in place');
    const work = join(parent, workName('.build-', await deadPid(), Date.now()));
    site(join(work, 'old'), 'older');
    writeFileSync(join(work, 'swap.json'), JSON.stringify({ target: 'dist' }));
    expect(recoverInterruptedBuilds(parent)).toEqual([]);
    expect(readFileSync(join(parent, 'dist/index.html'), 'utf8')).toBe('in place');
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('publishes nothing from a build that died before its swap, even when there is no site yet', async () => {
    const parent = fresh();
    const work = join(parent, workName('.build-', await deadPid(), Date.now()));
    site(join(work, 'dist'), 'never published');
    expect(recoverInterruptedBuilds(parent)).toEqual([]);
    expect(readdirSync(parent)).toEqual([]);
  });

  it('puts back the site that a build from before the journal lost, into the caller\'s output folder', async () => {
    const parent = fresh();
    const work = join(parent, workName('.build-', await deadPid(), Date.now()));
    site(join(work, 'old'), 'lost by an older build');
    expect(recoverInterruptedBuilds(parent, 'public')).toEqual([join(parent, 'public')]);
    expect(readFileSync(join(parent, 'public/index.html'), 'utf8')).toBe('lost by an older build');
    expect(readdirSync(parent)).toEqual(['public']);
  });

  it('does not touch a build that is still running, even in the middle of its swap', () => {
    const parent = fresh();
    const work = join(parent, workName('.build-', process.pid, Date.now()));
    site(join(work, 'old'), 'being swapped');
    writeFileSync(join(work, 'swap.json'), JSON.stringify({ target: 'dist' }));
    expect(recoverInterruptedBuilds(parent)).toEqual([]);
    expect(existsSync(join(parent, 'dist'))).toBe(false);
    expect(existsSync(join(work, 'old/index.html'))).toBe(true);
  });

  it('removes only the render folders of dead builds, and nothing else', async () => {
    const cache = fresh();
    const dead = workName('render-', await deadPid(), Date.now());
    const alive = workName('render-', process.pid, Date.now());
    for (const name of [dead, alive, 'sites', 'render-notes']) mkdirSync(join(cache, name));
    removeDeadWork(cache, 'render-');
    expect(readdirSync(cache).sort()).toEqual([alive, 'render-notes', 'sites'].sort());
  });
});

describe('the swap', () => {
  it('replaces the output folder and keeps the old one in the build folder until removed', () => {
    const parent = fresh();
    site(join(parent, 'dist'), 'old');
    site(join(parent, 'new-site'), 'new');
    const work = join(parent, workName('.build-'));
    stage(join(parent, 'new-site'), work);
    swapIn(work, join(parent, 'dist'));
    expect(readFileSync(join(parent, 'dist/index.html'), 'utf8')).toBe('new');
    expect(readFileSync(join(work, 'old/index.html'), 'utf8')).toBe('old');
    expect(JSON.parse(readFileSync(join(work, 'swap.json'), 'utf8')).target).toBe('dist');
  });

  it('publishes a first site where there was none', () => {
    const parent = fresh();
    site(join(parent, 'new-site'), 'first');
    const work = join(parent, workName('.build-'));
    stage(join(parent, 'new-site'), work);
    swapIn(work, join(parent, 'out'));
    expect(readFileSync(join(parent, 'out/index.html'), 'utf8')).toBe('first');
  });
});

describe('leftovers and git', () => {
  it('git status does not show what a killed build leaves beside dist/ or in .cache/', () => {
    for (const path of ['.build-123-1700000000000/swap.json', '.build-123-1700000000000/old/index.html', '.cache/render-123-1700000000000/site/index.html']) {
      const r = spawnSync('git', ['check-ignore', '-q', path], { cwd: root });
      expect(r.status, path).toBe(0);
    }
  });
});
