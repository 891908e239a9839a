// §1.2: on any error, check and build exit 1, say where the error is in both
// languages, and leave the last good dist/ exactly as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { loadDataDir } from '../../src/ingest/load.ts';
import { badCases, badDir } from '../fixtures/write-fixtures.ts';

const root = join(import.meta.dirname, '../..');
const emptyContent = join(root, 'tests/fixtures/empty-content');
const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;

interface Run {
  status: number | null;
  output: string;
}

function run(script: string, ...args: string[]): Run {
  const r = spawnSync(process.execPath, [join(root, script), ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

function runAsync(script: string, ...args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, [join(root, script), ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1' } }, (error, stdout, stderr) => {
      done({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, output: `${stdout}\n${stderr}` });
    });
  });
}

/** Runs the jobs a few at a time: the bad runs stop before Astro, so they are short. */
async function pool<T>(jobs: (() => Promise<T>)[], size = 4): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]!();
    }
  };
  await Promise.all(Array.from({ length: size }, worker));
  return results;
}

/** Path → sha256 of every file under dir. */
function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

/** The printed report names the place and carries both languages. */
function expectReported(output: string, caseName: string, data: string): void {
  const { expect: where } = badCases[caseName]!;
  expect(output).toContain('LỖI / ERROR');
  expect(output).toContain(where.line !== undefined ? `${where.file}:${where.line}` : where.file);
  if (where.column) expect(output).toContain(`[${where.column}`);
  if (where.value) expect(output).toContain(JSON.stringify(where.value));
  for (const m of where.mentions ?? []) expect(output).toContain(m);
  const errors = loadDataDir(data).issues.errors;
  expect(errors.length).toBeGreaterThan(0);
  for (const e of errors) {
    // Quoted data aside, one text is Vietnamese and the other is not.
    const unquoted = (text: string) => text.replace(/"[^"]*"/g, '');
    expect(unquoted(e.vi)).toMatch(VIETNAMESE);
    expect(unquoted(e.en)).not.toMatch(VIETNAMESE);
    expect(output).toContain(e.vi);
    expect(output).toContain(e.en);
  }
}

describe('build safety', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'ntm-build-safety-'));
  const dist = join(tmp, 'dist');
  const cases = Object.keys(badCases);
  let good: Record<string, string> = {};
  let after: Record<string, string> = {};
  const checks = new Map<string, Run>();
  const builds = new Map<string, Run>();

  beforeAll(async () => {
    const r = run('scripts/build.ts', '--data', join(root, 'tests/fixtures/minimal'), '--content', emptyContent, '--out', dist);
    if (r.status !== 0) throw new Error(`the minimal data set failed to build:\n${r.output}`);
    good = hashTree(dist);
    const results = await pool([
      ...cases.map((c) => () => runAsync('scripts/check.ts', '--data', join(badDir, c), '--content', emptyContent)),
      ...cases.map((c) => () => runAsync('scripts/build.ts', '--data', join(badDir, c), '--content', emptyContent, '--out', dist)),
    ]);
    cases.forEach((c, i) => {
      checks.set(c, results[i]!);
      builds.set(c, results[cases.length + i]!);
    });
    after = hashTree(dist);
  }, 300_000);

  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('starts from a real previous build', () => {
    expect(Object.keys(good)).toContain('index.html');
  });

  it('has every defect of the brief in the corpus', () => {
    expect(readdirSync(badDir).filter((n) => !n.startsWith('.')).sort()).toEqual(Object.keys(badCases).sort());
  });

  describe.each(Object.keys(badCases))('bad data: %s', (caseName) => {
    const data = join(badDir, caseName);

    it('check exits 1 and says where, in Vietnamese and English', () => {
      const r = checks.get(caseName)!;
      expect(r.status).toBe(1);
      expectReported(r.output, caseName, data);
    });

    it('build exits 1 and says where, in Vietnamese and English', () => {
      const r = builds.get(caseName)!;
      expect(r.status).toBe(1);
      expectReported(r.output, caseName, data);
      expect(r.output).toContain('nothing built');
    });
  });

  it('leaves the previous dist byte for byte after all the failed builds, with no leftovers beside it', () => {
    expect(Object.keys(after).length).toBeGreaterThan(0);
    expect(after).toEqual(good);
    expect(readdirSync(dirname(dist))).toEqual(['dist']);
  });

  it('npm run check passes on the default data and prints its warnings', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH}` };
    delete env.NTM_DATA_DIR;
    delete env.NTM_CONTENT_DIR;
    const r = spawnSync('npm', ['run', 'check'], { cwd: root, encoding: 'utf8', env });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('CẢNH BÁO / WARNING');
    expect(r.stdout).toContain('96.8');
    expect(r.stdout).toContain('0 lỗi / errors');
  });

  it('keeps no dist when the first build ever fails', () => {
    const fresh = join(tmp, 'never-built');
    const r = run('scripts/build.ts', '--data', join(badDir, 'two-roots'), '--content', emptyContent, '--out', fresh);
    expect(r.status).toBe(1);
    expect(existsSync(fresh)).toBe(false);
  });
});
