// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// SITE_URL and BASE_PATH let the site live in a subfolder, e.g.
// SITE_URL=https://example.gov.vn BASE_PATH=/ntm/ npm run build
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  base: base.endsWith('/') ? base : `${base}/`,
  outDir: process.env.NTM_OUT_DIR ?? 'dist',
  // Each scripted build gets its own cache, so parallel builds (tests) don't collide.
  ...(process.env.NTM_CACHE_DIR ? { cacheDir: process.env.NTM_CACHE_DIR } : {}),
  trailingSlash: 'always',
  // One cached stylesheet instead of ~7 KB inlined into each of up to 20,000+ pages.
  // Four pages in flight overlap one page's file writes with the next one's
  // rendering (about 7% off the national build's Astro phase).
  build: { format: 'directory', inlineStylesheets: 'auto', concurrency: 4 },
  integrations: [mdx()],
  devToolbar: { enabled: false },
  prefetch: false,
});
