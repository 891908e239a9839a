// What check and build print (data-contract.md §1.2): repeated issues of one
// kind in one column grouped, the first few with their lines, then a count;
// the summary always last, also through a pipe, on a junk file.
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { IssueList, KEPT_PER_GROUP, type Issue } from '../../src/contract/issues.ts';
import { issueReport, NO_LIMITS } from '../../scripts/lib/issues-report.ts';
import { emptyContent, minimalData, root, runScript, shellEnv } from './helpers.ts';

const error = (line: number, column = 'status', kind: Issue['kind'] = 'code_unknown', file = 'criteria-status.csv'): Issue => ({
  severity: 'error',
  kind,
  file,
  line,
  column,
  value: 'x',
  vi: 'Mã không hợp lệ.',
  en: 'Unknown code.',
});

describe('grouping', () => {
  it('lists the first five of one kind in one column with their lines, then counts the rest with their line range', () => {
    const blocks = issueReport(Array.from({ length: 12 }, (_, i) => error(i + 2)));
    expect(blocks).toHaveLength(6);
    expect(blocks.slice(0, 5).map((b) => /criteria-status\.csv:(\d+)/.exec(b)![1])).toEqual(['2', '3', '4', '5', '6']);
    expect(blocks[5]).toContain('… và 7 lỗi cùng loại nữa ở criteria-status.csv [status], dòng 7–13.');
    expect(blocks[5]).toContain('… and 7 more errors of the same kind in criteria-status.csv [status], lines 7–13.');
  });

  it('keeps kinds, columns and files apart', () => {
    const issues = [
      ...Array.from({ length: 6 }, (_, i) => error(i + 2, 'status')),
      ...Array.from({ length: 6 }, (_, i) => error(i + 2, 'unit_code', 'ref_unknown')),
      ...Array.from({ length: 6 }, (_, i) => error(i + 2, 'status', 'code_unknown', 'unit-status.csv')),
    ];
    const counts = issueReport(issues).filter((b) => b.includes('… và 1 lỗi'));
    expect(counts).toHaveLength(3);
    expect(counts.map((b) => /ở (.*?),/.exec(b)![1])).toEqual(['criteria-status.csv [status]', 'criteria-status.csv [unit_code]', 'unit-status.csv [status]']);
  });

  it('stops listing after 100 issues and says how many errors and warnings are left', () => {
    const issues = Array.from({ length: 300 }, (_, i) => error(2, `c${i}`));
    issues.push({ ...error(3, 'x'), severity: 'warning', kind: 'formula' });
    const blocks = issueReport(issues);
    expect(blocks.filter((b) => b.startsWith('LỖI / ERROR'))).toHaveLength(100);
    expect(blocks.at(-1)).toContain('… và 200 lỗi, 1 cảnh báo khác không in ra');
    expect(blocks.at(-1)).toContain('… and 200 more errors and 1 warnings not printed; npm run check -- --all prints them all.');
  });

  it('lists everything without limits, and a single issue as it is', () => {
    expect(issueReport(Array.from({ length: 300 }, (_, i) => error(i + 2)), NO_LIMITS)).toHaveLength(300);
    expect(issueReport([error(9)])).toHaveLength(1);
    expect(issueReport([])).toEqual([]);
  });

  it('counts millions of issues without running out of stack', () => {
    const many = Array.from({ length: 300_000 }, (_, i) => error(i + 2));
    const blocks = issueReport(many);
    expect(blocks.at(-1)).toContain('299.995 lỗi cùng loại nữa');
    expect(blocks.at(-1)).toContain('lines 7–300,001');
  });
});

describe('issues too many to keep', () => {
  it('are counted in their group with their lines, under the limits and without them', () => {
    const list = new IssueList();
    for (let line = 2; line < KEPT_PER_GROUP + 502; line++) list.add(error(line));
    expect(list.items).toHaveLength(KEPT_PER_GROUP);
    const shortReport = issueReport(list.items, undefined, list.omitted);
    expect(shortReport.at(-1)).toContain(`and 1,495 more errors of the same kind in criteria-status.csv [status], lines 7–1,501.`);
    const full = issueReport(list.items, NO_LIMITS, list.omitted);
    expect(full).toHaveLength(KEPT_PER_GROUP + 1);
    expect(full.at(-1)).toContain('and 500 more errors of the same kind in criteria-status.csv [status], lines 1,002–1,501 (too many to keep one by one).');
  });
});

describe('a junk file', () => {
  const data = mkdtempSync(join(tmpdir(), 'ntm-junk-'));
  afterAll(() => rmSync(data, { recursive: true, force: true }));
  cpSync(minimalData, data, { recursive: true });
  const rows = Array.from({ length: 20_000 }, (_, i) => `x${i},zz${i},??,n${i % 13},bogus\n`);
  appendFileSync(join(data, 'criteria-status.csv'), rows.join(''));
  // With errors in every row, the cross-checks do not run, and the summary says so.
  const SUMMARY = /\n[^\n]*: 100000 lỗi \/ errors, chưa đối chiếu số liệu vì có lỗi[^\n]*\/ cross-checks did not run[^\n]*\. Chưa thể xuất bản\. \/ Not publishable\.\n$/;

  it('npm run check prints a screenful, then the summary', () => {
    const r = runScript('scripts/check.ts', ['--data', data, '--content', emptyContent]);
    expect(r.status).toBe(1);
    expect(r.stdout.length).toBeLessThan(60_000);
    expect(r.stdout).toMatch(SUMMARY);
    // One count per column, the ones too many to keep included: 20,000 rows, five listed.
    expect(r.stdout).toContain('… and 19,995 more errors of the same kind in criteria-status.csv [status], lines 10–20,004.');
    expect(r.stdout).not.toContain('not kept');
  });

  it('npm run build prints a screenful, then says nothing was built', () => {
    const r = runScript('scripts/build.ts', ['--data', data, '--content', emptyContent, '--out', join(data, 'never-built')]);
    expect(r.status).toBe(1);
    expect(r.stdout.length + r.stderr.length).toBeLessThan(60_000);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toMatch(/^\d+ lỗi: không xây dựng, .* \/ \d+ errors: nothing built, .* left untouched\.$/);
  });

  it('a cell that reads like a full disk is reported as the data error it is', () => {
    const odd = join(data, 'odd');
    cpSync(minimalData, odd, { recursive: true });
    appendFileSync(join(odd, 'criteria-status.csv'), '2024-06-30,00101,xa-ntm,1,ENOSPC: no space left on device\n');
    const r = runScript('scripts/build.ts', ['--data', odd, '--content', emptyContent, '--out', join(odd, 'never-built')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('"ENOSPC: no space left on device"');
    expect(r.stderr).toContain('errors: nothing built');
    expect(r.stderr).not.toContain('The disk holding');
  });

  it('check --all lists every error kept, counts the rest, and the summary reaches a slow pipe before the process ends', async () => {
    const child = spawn(process.execPath, [join(root, 'scripts/check.ts'), '--all', '--data', data, '--content', emptyContent], {
      cwd: root,
      env: shellEnv(),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const chunks: Buffer[] = [];
    // Read in fits and starts, as a busy CI log or `| tee` on a slow disk does.
    child.stdout.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 1);
    });
    const code = await new Promise<number | null>((done) => child.once('close', done));
    const out = Buffer.concat(chunks).toString('utf8');
    expect(code).toBe(1);
    expect(out).toMatch(SUMMARY);
    expect(out.match(/^LỖI \/ ERROR criteria-status\.csv:\d+ \[status/gm)).toHaveLength(KEPT_PER_GROUP);
    expect(out).toContain(`… and 19,000 more errors of the same kind in criteria-status.csv [status], lines 1,005–20,004 (too many to keep one by one).`);
  }, 120_000);
});
