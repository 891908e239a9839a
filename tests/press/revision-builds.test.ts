// A revision seen end to end: build, change a published value, build again
// into the same folder, and find the revision beside the figure and on the
// revisions page; then a previous publication that cannot be read, which the
// next build says, and carries forward.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../scripts/build.ts';
import { main, text } from '../site/site2-html.ts';

const root = resolve(import.meta.dirname, '../..');
let work: string;
let data: string;
let out: string;
const content = join(root, 'tests/fixtures/empty-content');
const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');
const history = () => JSON.parse(readFileSync(join(out, 'du-lieu/sua-doi.json'), 'utf8'));
const rowOf = (html: string, anchor: string) => text(new RegExp(`<tr id="${anchor}"[^>]*>([\\s\\S]*?)</tr>`).exec(html)?.[1] ?? '');
const figureCard = (html: string, anchor: string) => text(new RegExp(`<li class="figure" id="${anchor}"[^>]*>([\\s\\S]*?)</li>`).exec(html)?.[1] ?? '');
const run = (date: string) => build({ dataDir: data, contentDir: content, outDir: out, env: { NTM_BUILD_DATE: date }, quiet: true });
const anchor = 'kinh-phi-2024-06-30-actual';
const snapshots: Record<string, { chiTieu: string; chiTieuEn: string; overview: string; revisions: string; revisionsEn: string; history: any }> = {};
const snap = (name: string) => {
  snapshots[name] = {
    chiTieu: page('chi-tieu'),
    chiTieuEn: page('en/chi-tieu'),
    overview: page(''),
    revisions: page('du-lieu/sua-doi'),
    revisionsEn: page('en/du-lieu/sua-doi'),
    history: history(),
  };
};

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'ntm-revisions-'));
  data = join(work, 'data');
  out = join(work, 'dist');
  cpSync(join(root, 'tests/fixtures/minimal'), data, { recursive: true });
  expect(run('2027-03-01')).toBe(0);
  snap('first');
  const values = join(data, 'indicator-values.csv');
  writeFileSync(values, readFileSync(values, 'utf8').replace('kinh-phi,2024-06-30,actual,300,,', 'kinh-phi,2024-06-30,actual,310,,'));
  expect(run('2027-03-12')).toBe(0);
  snap('second');
  // A previous publication whose history is damaged.
  writeFileSync(join(out, 'du-lieu/sua-doi.json'), '{"format": "ntm-revisions", "version": 1, "revisions": [');
  expect(run('2027-04-02')).toBe(0);
  snap('third');
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a figure revised between two builds', () => {
  it('the first build starts the history and says so', () => {
    const s = snapshots.first!;
    expect(s.history.started).toMatchObject({ on: '2027-03-01', reason: 'none' });
    expect(text(main(s.revisions))).toContain('Lịch sử sửa đổi bắt đầu từ lần xây dựng ngày 1/3/2027: không có bản công bố trước để so sánh.');
    expect(text(main(s.revisions))).toContain('Chưa có con số đã công bố nào bị sửa đổi.');
    expect(rowOf(s.chiTieu, anchor)).not.toContain('Sửa đổi');
  });

  it('the second build shows the revision on the figure, in both languages, and on the overview card', () => {
    const s = snapshots.second!;
    expect(rowOf(s.chiTieu, anchor)).toContain('Sửa đổi ngày 12/3/2027: trước là 300, nay là 310');
    expect(rowOf(s.chiTieuEn, anchor)).toContain('Revised on 12 Mar 2027: was 300, now 310');
    expect(figureCard(s.overview, anchor)).toContain('Sửa đổi ngày 12/3/2027: trước là 300, nay là 310');
    expect(rowOf(s.chiTieu, 'xa-dat-ntm-2024-06-30-actual')).not.toContain('Sửa đổi');
  });

  it('the second build lists it on the revisions page, with the build date and the old and new values, and keeps the start', () => {
    const s = snapshots.second!;
    const rows = [...main(s.revisions).matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => text(m[1]!)).filter((r) => r.includes('300'));
    expect(rows).toEqual(['12/3/2027 Kinh phí huyện 30/6/2024 thực tế 300 310']);
    expect(main(s.revisions)).toContain(`href="/chi-tieu/#${anchor}"`);
    expect(text(main(s.revisionsEn))).toContain('12 Mar 2027');
    expect(s.history.started).toEqual(snapshots.first!.history.started);
    expect(s.history.revisions).toEqual([
      { revised_on: '2027-03-12', indicator: 'kinh-phi', as_of: '2024-06-30', kind: 'actual', before: { value: 300 }, after: { value: 310 } },
    ]);
  });

  it('a build after an unreadable previous history says so on the revisions page and records it, rather than start afresh in silence', () => {
    const s = snapshots.third!;
    expect(s.history.started).toMatchObject({ on: '2027-04-02', reason: 'unreadable' });
    expect(s.history.started.detail).toMatch(/sua-doi\.json/);
    const body = text(main(s.revisions));
    expect(body).toContain('Lịch sử sửa đổi bắt đầu lại từ lần xây dựng ngày 2/4/2027 vì không đọc được bản công bố trước');
    expect(main(s.revisions)).toMatch(/<p class="notice">Lịch sử sửa đổi bắt đầu lại/);
  });
});
