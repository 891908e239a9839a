// The sitemap is written by @astrojs/sitemap (astro.config.mjs), with the
// vi/en alternates of each page. What it needs from the site: which built
// pages it may list (not those marked noindex, nor downloads), and a
// robots.txt that names it when the site has an address.
import { closeSync, existsSync, openSync, readSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The file @astrojs/sitemap writes at the site's root, pointing at its parts. */
export const SITEMAP_INDEX = 'sitemap-index.xml';

const NOINDEX = /<meta\s[^>]*name="robots"[^>]*content="[^"]*noindex/i;

/** The start of an HTML file up to `</head>`: enough to find a robots meta. */
function headOf(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(16_384);
    let head = '';
    for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) {
      head += buffer.toString('utf8', 0, n);
      const end = head.search(/<\/head>/i);
      if (end >= 0) return head.slice(0, end);
    }
    return head;
  } finally {
    closeSync(fd);
  }
}

/**
 * Whether the page at `url` may be listed: a built HTML page (`…/index.html`)
 * whose head does not say noindex. `siteBase` is the site's address with its
 * base path; `outDir` the folder the site was built into.
 */
export function listablePage(url: string, siteBase: string, outDir: string): boolean {
  if (!url.startsWith(siteBase)) return false;
  const path = decodeURIComponent(url.slice(siteBase.length).split(/[?#]/)[0]!);
  if (path !== '' && !path.endsWith('/')) return false;
  const file = join(outDir, path, 'index.html');
  return existsSync(file) && !NOINDEX.test(headOf(file));
}

export function robotsTxt(sitemapUrl: string | undefined): string {
  return `User-agent: *\nAllow: /\n${sitemapUrl ? `\nSitemap: ${sitemapUrl}\n` : ''}`;
}

/**
 * The filter for @astrojs/sitemap, and an integration that gives it the
 * built folder and writes robots.txt after the sitemap (unless public/ has
 * one). Without a site address there is no sitemap, and robots.txt names none.
 */
export function sitemapSupport(): { filter: (url: string) => boolean; integration: AstroIntegration } {
  let siteBase = '';
  let outDir = '';
  return {
    filter: (url) => listablePage(url, siteBase, outDir),
    integration: {
      name: 'ntm-robots',
      hooks: {
        'astro:config:done': ({ config }) => {
          siteBase = config.site ? new URL(config.base, config.site).href : '';
          outDir = fileURLToPath(config.outDir);
        },
        'astro:build:done': ({ dir }) => {
          const out = fileURLToPath(dir);
          if (existsSync(join(out, 'robots.txt'))) return;
          const sitemap = siteBase && existsSync(join(out, SITEMAP_INDEX)) ? new URL(SITEMAP_INDEX, siteBase).href : undefined;
          writeFileSync(join(out, 'robots.txt'), robotsTxt(sitemap));
        },
      },
    },
  };
}
