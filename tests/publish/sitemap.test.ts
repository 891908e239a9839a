// What the sitemap may list, and robots.txt, tested on a small built-like folder;
// the built sites' sitemaps are checked in built.test.ts and subfolder.test.ts.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listablePage, robotsTxt } from '../../src/publish/sitemap.ts';

const out = mkdtempSync(join(tmpdir(), 'ntm-sitemap-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const page = (path: string, head = '') => {
  mkdirSync(join(out, path), { recursive: true });
  writeFileSync(join(out, path, 'index.html'), `<!doctype html><html><head><title>x</title>${head}</head><body>${'x'.repeat(40_000)}</body></html>`);
};
page('');
page('xa/dong-loi-15721');
page('en/xa/dong-loi-15721');
page('tim-kiem', '<meta name="robots" content="noindex" />');
page('late-robots', `<style>${'a{}'.repeat(10_000)}</style><meta name="robots" content="noindex">`);
writeFileSync(join(out, 'feed.xml'), '<feed/>');

const site = 'https://example.gov.vn/ntm/';
const listed = (path: string) => listablePage(site + path, site, out);

describe('the sitemap lists', () => {
  it('built pages, in either language', () => {
    expect(['', 'xa/dong-loi-15721/', 'en/xa/dong-loi-15721/'].map(listed)).toEqual([true, true, true]);
  });

  it('no page marked noindex, even when the mark comes after a long head', () => {
    expect(listed('tim-kiem/')).toBe(false);
    expect(listed('late-robots/')).toBe(false);
  });

  it('no download, no page that was not built, nothing outside the site', () => {
    expect(listed('feed.xml')).toBe(false);
    expect(listed('xa/khong-co/')).toBe(false);
    expect(listablePage('https://other.example/xa/dong-loi-15721/', site, out)).toBe(false);
  });
});

describe('robots.txt', () => {
  it('names the sitemap when the site has an address, and none otherwise', () => {
    expect(robotsTxt(`${site}sitemap-index.xml`)).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${site}sitemap-index.xml\n`);
    expect(robotsTxt(undefined)).toBe('User-agent: *\nAllow: /\n');
  });
});
