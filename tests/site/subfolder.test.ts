// Hosting in a subfolder: with SITE_URL and BASE_PATH set, every link,
// script, stylesheet, download and sitemap entry stays inside that folder.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../scripts/build.ts';
import { root } from '../setup/build-sites.ts';
import { htmlAndTextFiles } from './site2-html.ts';

const BASE = '/ntm/';
const SITE = 'https://example.gov.vn';
let work: string;
let out: string;
let status: number;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'ntm-subfolder-'));
  out = join(work, 'dist');
  status = build({
    dataDir: join(root, 'data'),
    contentDir: join(root, 'content'),
    outDir: out,
    env: { BASE_PATH: BASE, SITE_URL: SITE },
    quiet: true,
  });
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

describe(`a build with BASE_PATH=${BASE}`, () => {
  it('builds', () => {
    expect(status).toBe(0);
  });

  it('writes its own address into citations and canonical links, and never a loopback one', () => {
    const home = readFileSync(join(out, 'index.html'), 'utf8');
    expect(home).toContain(`<link rel="canonical" href="${SITE}${BASE}">`);
    const hits = htmlAndTextFiles(out).filter((f) => /127\.0\.0\.1|localhost/i.test(readFileSync(f, 'utf8')));
    expect(hits).toEqual([]);
  });

  it('keeps every root-relative href, src and form action inside the subfolder', () => {
    const outside: string[] = [];
    for (const file of htmlFiles(out)) {
      const html = readFileSync(file, 'utf8');
      for (const m of html.matchAll(/\s(?:href|src|action)="(\/[^"]*)"/g)) {
        if (!m[1]!.startsWith(BASE)) outside.push(`${file.slice(out.length)}: ${m[1]}`);
      }
    }
    expect(outside).toEqual([]);
  });

  it('loads Pagefind from inside the subfolder on the search page', () => {
    const js = readdirSync(join(out, '_astro')).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(out, '_astro', f), 'utf8'));
    const html = readFileSync(join(out, 'tim-kiem', 'index.html'), 'utf8');
    expect([html, ...js].some((t) => t.includes(`${BASE}pagefind/pagefind.js`))).toBe(true);
  });

  it('lists absolute URLs under SITE_URL and BASE_PATH in the sitemap', () => {
    const xml = ['sitemap-index.xml', 'sitemap-0.xml'].map((f) => readFileSync(join(out, f), 'utf8')).join('\n');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(10);
    expect(locs.filter((l) => !l.startsWith(`${SITE}${BASE}`))).toEqual([]);
  });
});
