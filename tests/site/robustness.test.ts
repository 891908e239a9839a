// The site must build for data sets far from Triệu Sơn: a single unit with
// only the required tables, all of them but units left with headers only.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../scripts/build.ts';

const files: Record<string, string> = {
  'units.csv': 'code,name,level,parent_code\n01,Tỉnh Duy Nhất,province,\n',
  'criteria-sets.csv': 'id,applies_to,standard,name_vi,size\nbo-x,commune,ntm,Bộ chưa liệt kê,19\n',
  'criteria.csv': 'set,number,name_vi\n',
  'indicators.csv': 'id,name_vi,unit_vi\n',
  'indicator-values.csv': 'indicator,as_of,kind,value\n',
};

let work: string;
let out: string;
let status: number;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'ntm-one-unit-'));
  mkdirSync(join(work, 'data'));
  mkdirSync(join(work, 'content', 'reports'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(work, 'data', name), text);
  out = join(work, 'dist');
  status = build({ dataDir: join(work, 'data'), contentDir: join(work, 'content'), outDir: out, quiet: true });
}, 180_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');

describe('a data set with one unit and only the required tables', () => {
  it('builds', () => {
    expect(status).toBe(0);
  });

  it.each(['', 'xa/', 'xa/tinh-duy-nhat-01/', 'tieu-chi/', 'chi-tieu/', 'kinh-phi/', 'ocop/', 'mo-hinh/', 'van-ban/', 'bao-cao/', 'du-lieu/'])(
    'publishes /%s in both languages',
    (path) => {
      expect(existsSync(join(out, path, 'index.html'))).toBe(true);
      expect(existsSync(join(out, 'en', path, 'index.html'))).toBe(true);
    },
  );

  it('names the single unit on its page', () => {
    expect(page('xa/tinh-duy-nhat-01/')).toContain('Tỉnh Duy Nhất');
  });

  it('says plainly that the criteria of a set are not listed, and invents none', () => {
    const html = page('tieu-chi/');
    expect(html).toContain('Bộ chưa liệt kê');
    expect(html).toContain('không được công bố');
    expect(page('en/tieu-chi/')).toContain('not published');
    expect(html).not.toMatch(/<td[^>]*>\s*1\s*<\/td>/);
  });
});
