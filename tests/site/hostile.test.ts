// CSV text is untrusted: markup and spreadsheet formulas in names and notes
// must reach every HTML page as inert text.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../scripts/build.ts';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '"><img src=x onerror=alert(1)>';
const FORMULA = '=HYPERLINK("http://evil.example","x")';
const csvCell = (s: string) => `"${s.replace(/"/g, '""')}"`;
const bad = (label: string) => csvCell(`${label} ${SCRIPT} ${IMG} ${FORMULA}`);

const files: Record<string, string> = {
  'units.csv': [
    'code,name,level,parent_code,successor_code,successor_name,successor_from,aliases,note',
    `900,${bad('Huyện')},district,,,,,,${bad('note')}`,
    `901,${bad('Xã')},commune,900,902,${bad('Kế thừa')},2025-07-01,${bad('alias')},${bad('note')}`,
    `903,Xã B,commune,900,902,${bad('Kế thừa')},2025-07-01,,`,
  ].join('\n'),
  'criteria-sets.csv': `id,applies_to,standard,name_vi,name_en,size,basis\nbo-1,commune,ntm,${bad('Bộ')},${bad('Set')},2,${bad('basis')}\nbo-2,commune,advanced,${bad('Bộ 2')},,5,`,
  'criteria.csv': `set,number,name_vi,name_en,note\nbo-1,1,${bad('TC')},${bad('C')},${bad('note')}\nbo-1,2,Hai,Two,`,
  'criteria-status.csv': `as_of,unit_code,set,number,status,source,note\n2024-06-30,901,bo-1,1,met,${bad('src')},${bad('note')}\n2024-06-30,901,bo-1,2,not_met,,`,
  'unit-status.csv': `as_of,unit_code,standard,status,kind,decision,source,note\n2024-06-30,901,ntm,recognized,actual,${bad('QĐ')},${bad('src')},${bad('note')}`,
  'indicators.csv': `id,name_vi,name_en,unit_vi,unit_en,description_vi,description_en\nchi-so,${bad('Chỉ số')},${bad('Indicator')},${bad('xã')},${bad('u')},${bad('mô tả')},${bad('desc')}`,
  'indicator-values.csv': `indicator,as_of,kind,value,denominator,reported_percent,source,note\nchi-so,2024-06-30,actual,1,2,50,${bad('src')},${bad('note')}\nchi-so,2024-12-31,target,2,2,,,`,
  'documents.csv': `id,number,date,issuer,type,title,note\ndoc-1,${bad('1/QĐ')},2024-01-01,${bad('UBND')},decision,${bad('title')},${bad('note')}`,
  'ocop-products.csv': `id,name,producer,unit_code,stars,level,status,note\nsp-1,${bad('SP')},${bad('HTX')},901,3,province,certified,${bad('note')}`,
  'funding.csv': `id,parent_id,year,source,basis,item,unit_code,amount,note\nf-1,,2024,district,${bad('basis')},${bad('item')},901,1500,${bad('note')}`,
  'production-models.csv': `id,name,unit_code,area_ha,note\nm-1,${bad('MH')},901,5,${bad('note')}`,
};

let work: string;
let out: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'ntm-hostile-'));
  const data = join(work, 'data');
  const content = join(work, 'content');
  for (const d of [data, join(content, 'reports')]) mkdirSync(d, { recursive: true });
  for (const [name, body] of Object.entries(files)) writeFileSync(join(data, name), body + '\n');
  out = join(work, 'dist');
  const status = build({ dataDir: data, contentDir: content, outDir: out, quiet: true });
  expect(status).toBe(0);
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

describe('hostile text in the data', () => {
  it('never reaches any HTML page as markup', () => {
    const pages = htmlFiles(out);
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) {
      // Inside a double-quoted attribute, < and > are inert; only an unescaped quote could break out,
      // and then the stripping below would leave the markup exposed.
      const outsideAttributes = readFileSync(file, 'utf8').replace(/=\s*"[^"]*"/g, '=""');
      expect(outsideAttributes, file).not.toContain(SCRIPT);
      expect(outsideAttributes, file).not.toContain('<img src=x');
      expect(outsideAttributes, file).not.toMatch(/<[a-z][^<>]*\sonerror\s*=/i);
    }
  });

  it('still shows the hostile names as text on the unit and indicator pages', () => {
    const unitDir = readdirSync(join(out, 'xa')).find((d) => d.endsWith('-901'))!;
    const unit = readFileSync(join(out, 'xa', unitDir, 'index.html'), 'utf8');
    expect(unit).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(unit).toContain('=HYPERLINK(');
    const indicators = readFileSync(join(out, 'chi-tieu', 'index.html'), 'utf8');
    expect(indicators).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('never puts a formula or script into a link target', () => {
    for (const file of htmlFiles(out)) {
      const hrefs = [...readFileSync(file, 'utf8').matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
      for (const h of hrefs) expect(h, file).not.toMatch(/^(javascript:|=|http:\/\/evil)/i);
    }
  });
});
