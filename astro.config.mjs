// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { sitemapSupport } from './src/publish/sitemap.ts';
import { bulkFilesIntegration } from './src/site/views/bulk-files.ts';
import { siteAddress } from './src/site/address.ts';

// The site's public address and subfolder, set once in site.config.json
// (SITE_URL and BASE_PATH override it). Without an address the site gets
// host-relative links, never a loopback address (docs/decisions.md, "Site address").
const { siteUrl, basePath } = siteAddress();
const base = basePath;
const pages = sitemapSupport();

export default defineConfig({
  ...(siteUrl ? { site: siteUrl } : {}),
  base: base.endsWith('/') ? base : `${base}/`,
  outDir: process.env.NTM_OUT_DIR ?? 'dist',
  // Each scripted build gets its own cache, so parallel builds (tests) don't collide.
  ...(process.env.NTM_CACHE_DIR ? { cacheDir: process.env.NTM_CACHE_DIR } : {}),
  trailingSlash: 'always',
  // One cached stylesheet instead of ~7 KB inlined into each of up to 20,000+ pages.
  // Four pages in flight overlap one page's file writes with the next one's
  // rendering (about 7% off the national build's Astro phase).
  build: { format: 'directory', inlineStylesheets: 'auto', concurrency: 4 },
  integrations: [
    mdx(),
    // Every page but those marked noindex (404, search), each with its other language.
    // Without a site address (SITE_URL) there is none.
    sitemap({
      i18n: { defaultLocale: 'vi', locales: { vi: 'vi', en: 'en' } },
      filter: pages.filter,
      namespaces: { news: false, image: false, video: false, xhtml: true },
    }),
    pages.integration,
    // The tables and the unit API files, written after the pages (src/site/views/bulk-files.ts).
    bulkFilesIntegration(),
  ],
  devToolbar: { enabled: false },
  prefetch: false,
});
