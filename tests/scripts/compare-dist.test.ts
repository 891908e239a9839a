// scripts/compare-dist.ts: two builds of the same site compare equal although
// their asset hashes differ; any other change is found and shown.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareSites, normaliseHashes } from '../../scripts/compare-dist.ts';

const root = mkdtempSync(join(tmpdir(), 'ntm-compare-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
function site(files: Record<string, string>): string {
  const dir = join(root, `s${n++}`);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}
const page = (css: string, body: string) => `<html><head><link rel="stylesheet" href="/_astro/${css}"></head><body>${body}</body></html>`;

describe('compare-dist', () => {
  it('replaces hashed asset names in file names and contents', () => {
    expect(normaliseHashes('/ntm/_astro/Base.108t2de-.css and _astro/Chart.astro_astro_type_script_index_0_lang.CpoxWunl.js')).toBe(
      '/ntm/_astro/Base.[hash].css and _astro/Chart.astro_astro_type_script_index_0_lang.[hash].js',
    );
  });

  it('finds two builds equal when only the hashes and the search index differ', () => {
    const a = site({ 'index.html': page('Base.108t2de-.css', 'A'), '_astro/Base.108t2de-.css': 'b{}', 'pagefind/x.pf': '1' });
    const b = site({ 'index.html': page('Base.Zz9_yX8w.css', 'A'), '_astro/Base.Zz9_yX8w.css': 'b{}', 'pagefind/x.pf': '2' });
    expect(compareSites(a, b)).toEqual({ onlyInA: [], onlyInB: [], differing: [] });
  });

  it('lists added, removed and differing files, with an excerpt of the difference', () => {
    const a = site({ 'index.html': page('Base.108t2de-.css', 'Triệu Sơn'), 'sitemap.xml': '<urlset/>' });
    const b = site({ 'index.html': page('Base.108t2de-.css', 'Nông Cống'), 'sitemap-index.xml': '<sitemapindex/>' });
    const result = compareSites(a, b);
    expect(result.onlyInA).toEqual(['sitemap.xml']);
    expect(result.onlyInB).toEqual(['sitemap-index.xml']);
    expect(result.differing.map((d) => d.file)).toEqual(['index.html']);
    expect(result.differing[0]!.excerpt.join('\n')).toMatch(/- .*Triệu Sơn[\s\S]*\+ .*Nông Cống/);
  });
});
