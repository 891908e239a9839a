// `npm run lighthouse`: mobile Lighthouse audits of the overview and one commune
// page of a built site served locally; prints the scores and writes docs/lighthouse.md.
// Not part of `npm test` (it takes a minute and its performance score varies with the machine).
//   npm run build && npm run lighthouse [-- --dist dist --out docs/lighthouse.md]
import { siteAddress } from '../src/site/address.ts';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startServer } from './serve.ts';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const targets: Record<(typeof categories)[number], number> = { performance: 0.95, accessibility: 1, 'best-practices': 1, seo: 1 };
const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];

interface PageResult {
  name: string;
  path: string;
  scores: Record<string, number | null>;
  metrics: Record<string, string>;
  failing: { category: string; id: string; title: string; score: number | null; weight: number }[];
}

/** The first unit page linked from the communes table's body. */
function communePath(dist: string): string {
  const html = readFileSync(join(dist, 'xa/index.html'), 'utf8');
  const body = html.slice(html.indexOf('<tbody'));
  const m = body.match(/href="([^"]*\/xa\/[^"/]+\/)"/);
  if (!m) throw new Error('no unit page link in the communes table (xa/index.html)');
  return m[1]!;
}

async function audit(port: number, url: string): Promise<Omit<PageResult, 'name' | 'path'>> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const lhr = result.lhr;
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const scores: Record<string, number | null> = {};
  const failing: PageResult['failing'] = [];
  for (const id of categories) {
    const cat = lhr.categories[id]!;
    scores[id] = cat.score;
    for (const ref of cat.auditRefs) {
      const a = lhr.audits[ref.id]!;
      if (ref.weight === 0 && id !== 'performance') continue;
      if (a.scoreDisplayMode === 'notApplicable' || a.scoreDisplayMode === 'manual' || a.scoreDisplayMode === 'informative') continue;
      if (a.score !== null && a.score >= 0.9) continue;
      if (id === 'performance' && ref.group !== 'metrics' && a.score !== null && a.score >= 0.5) continue;
      failing.push({ category: id, id: a.id, title: a.title, score: a.score, weight: ref.weight });
    }
  }
  const values = Object.fromEntries(metrics.map((m) => [m, lhr.audits[m]?.displayValue ?? '–']));
  return { scores, metrics: values, failing };
}

function chromiumVersion(path: string): string {
  try {
    return execFileSync(path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return path;
  }
}

function markdown(results: PageResult[], info: { lighthouse: string; chrome: string; date: string }): string {
  const fmt = (s: number | null) => (s === null ? '–' : s.toFixed(2));
  const mark = (id: (typeof categories)[number], s: number | null) => (s !== null && s >= targets[id] ? '✓' : '✗');
  const lines = [
    '# Lighthouse (mobile)',
    '',
    'Measured with `npm run lighthouse` (scripts/lighthouse.ts): Lighthouse\'s default mobile settings (emulated',
    'phone, simulated slow 4G and 4× CPU slowdown) against the built default site served locally. Targets from',
    'the product spec: performance ≥ 0.95; accessibility, best practices and SEO = 1.00.',
    '',
    `Last run: ${info.date}, Lighthouse ${info.lighthouse}, ${info.chrome}.`,
    'Performance scores depend on the machine running the audit; rerun on your own hardware before quoting them.',
    '',
    `| page | ${categories.join(' | ')} |`,
    `|---|${categories.map(() => '---:').join('|')}|`,
    ...results.map((r) => `| ${r.name} (\`${r.path}\`) | ${categories.map((c) => `${fmt(r.scores[c]!)} ${mark(c, r.scores[c]!)}`).join(' | ')} |`),
    '',
    '## Metrics',
    '',
    `| page | ${metrics.join(' | ')} |`,
    `|---|${metrics.map(() => '---:').join('|')}|`,
    ...results.map((r) => `| ${r.name} | ${metrics.map((m) => r.metrics[m]).join(' | ')} |`),
    '',
    '## Audits that did not pass',
    '',
  ];
  for (const r of results) {
    lines.push(`### ${r.name}`, '');
    if (r.failing.length === 0) lines.push('None.', '');
    else {
      for (const f of r.failing) lines.push(`- ${f.category}: \`${f.id}\` — ${f.title} (score ${fmt(f.score)}${f.weight === 0 ? '; diagnostic, no weight in the category score' : ''})`);
      lines.push('');
    }
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dist: { type: 'string' }, out: { type: 'string' } } });
  const dist = resolve(values.dist ?? process.env.NTM_DIST ?? join(root, 'dist'));
  const out = resolve(values.out ?? join(root, 'docs/lighthouse.md'));
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`Chưa có ${dist}/index.html: hãy chạy npm run build. / No ${dist}/index.html: run npm run build first.`);
    process.exit(1);
  }
  const chromePath = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const { server, url } = await startServer(dist, { host: '127.0.0.1', port: 0, base: siteAddress().basePath });
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const pages = [
    { name: 'Overview', path: new URL(url).pathname },
    { name: 'Commune page', path: communePath(dist) },
  ];
  const results: PageResult[] = [];
  try {
    for (const p of pages) {
      const target = new URL(p.path, url).href;
      console.log(`Lighthouse: ${target}`);
      const r = { ...p, ...(await audit(chrome.port, target)) };
      results.push(r);
      console.log(`  ${categories.map((c) => `${c} ${r.scores[c]?.toFixed(2) ?? '–'}`).join(', ')}`);
      for (const f of r.failing) console.log(`  not passed: ${f.category} ${f.id} (${f.score ?? '–'})`);
    }
  } finally {
    await chrome.kill();
    server.close();
  }
  const lhVersion = JSON.parse(readFileSync(join(root, 'node_modules/lighthouse/package.json'), 'utf8')).version as string;
  writeFileSync(out, markdown(results, { lighthouse: lhVersion, chrome: chromiumVersion(chromePath), date: new Date().toISOString().slice(0, 10) }) + '\n');
  console.log(`Wrote ${relative(process.cwd(), out)}`);
  const missed = results.flatMap((r) => categories.filter((c) => (r.scores[c] ?? 0) < targets[c]).map((c) => `${r.name} ${c}`));
  if (missed.length > 0) console.log(`Below target: ${missed.join(', ')}`);
}

await main();
