// Builds each test site once per `npm test`, into .cache/sites/<name>.
// Tests read the built HTML from there, and the browser tests serve it.
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { build } from '../../scripts/build.ts';

export const root = resolve(import.meta.dirname, '../..');
export const sitesDir = join(root, '.cache/sites');

/**
 * The data sets every `npm test` builds: the default one with an address, as a
 * deployment builds it, and fixtures without one, as the quick start builds.
 */
export const testSites: Record<string, { data: string; content: string; env?: Record<string, string> }> = {
  default: { data: join(root, 'data'), content: join(root, 'content'), env: { SITE_URL: 'https://ntm.example.org' } },
  excel: { data: join(root, 'tests/fixtures/excel-dialect'), content: join(root, 'tests/fixtures/empty-content') },
  split: { data: join(root, 'tests/fixtures/split'), content: join(root, 'tests/fixtures/empty-content') },
};

export default function setup(project: TestProject): void {
  mkdirSync(sitesDir, { recursive: true });
  const built: Record<string, string> = {};
  for (const [name, site] of Object.entries(testSites)) {
    if (!existsSync(site.data) || readdirSync(site.data).length === 0) continue;
    const out = join(sitesDir, name);
    const status = build({ dataDir: site.data, contentDir: site.content, outDir: out, env: site.env, quiet: true });
    if (status !== 0) throw new Error(`test site "${name}" failed to build`);
    built[name] = out;
  }
  project.provide('sites', built);
}

declare module 'vitest' {
  export interface ProvidedContext {
    sites: Record<string, string>;
  }
}
