// `npm run bench`: builds the default data, a province (600 communes, 4
// dates) and the whole country (10,000 communes, 8 dates), each beside a
// bare Astro site with the same number of pages, and writes the results to
// docs/benchmarks.md. Options: --sets default,province,national  --runs N (default 3; the median run is reported)  --keep
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generate } from './generate-synthetic.ts';
import { measure, type Measurement } from './bench/measure.ts';
import { writeBareProject } from './bench/bare.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cache = join(root, '.cache/bench');
const node = process.execPath;

interface DataSet {
  name: string;
  label: string;
  data: string;
  content: string;
  synthetic?: { units: number; dates: number };
}

const emptyContent = join(cache, 'empty-content');
const sets: DataSet[] = [
  { name: 'default', label: 'Default data (Triệu Sơn)', data: join(root, 'data'), content: join(root, 'content') },
  { name: 'province', label: 'Province: 600 communes, 4 dates', data: join(cache, 'data-province'), content: emptyContent, synthetic: { units: 600, dates: 4 } },
  { name: 'national', label: 'National: 10,000 communes, 8 dates', data: join(cache, 'data-national'), content: emptyContent, synthetic: { units: 10000, dates: 8 } },
];

interface BuildResult {
  wallMs: number;
  /** Fastest and slowest whole build (bare: Astro + Pagefind) over the runs; the run reported is the median. */
  wallRangeMs?: [number, number];
  runs?: number;
  cpuMs?: number;
  loadAtStart: number;
  peakTreeRssKb: number;
  peakProcessHwmKb: number;
  pages: number;
  distBytes: number;
  pagefindBytes: number;
  checkMs?: number;
  astroMs?: number;
  pagefindMs?: number;
  pagefindCpuMs?: number;
  astroRssKb?: number;
  pagefindRssKb?: number;
  /** Bare only: the project's own indexer (scripts/search-index.ts) on the bare pages, beside the CLI's time. */
  indexerMs?: number;
  /** Chart images drawn during the Astro phase, and the time spent on them (NTM_CHART_TIMINGS_FILE). */
  chartImages?: number;
  chartImageMs?: number;
}

interface SetResult {
  set: string;
  label: string;
  dataRows?: number;
  ours: BuildResult;
  bare: BuildResult;
  /** Run by run, ours ÷ (bare Astro + Pagefind's CLI), by wall and by CPU time. */
  paired?: { wall: number[]; cpu: number[] };
  validation?: { rows: number; validateMs: number; modelMs?: number; peakRssKb: number; warnings: number; loadAtStart: number };
}

function walk(dir: string, visit: (path: string, size: number) => void): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) walk(p, visit);
    else if (entry.isFile()) visit(p, statSync(p).size);
  }
}

function distStats(dist: string): { pages: number; distBytes: number; pagefindBytes: number } {
  let pages = 0;
  let distBytes = 0;
  let pagefindBytes = 0;
  const pagefind = join(dist, 'pagefind') + '/';
  walk(dist, (p, size) => {
    distBytes += size;
    if (p.startsWith(pagefind)) pagefindBytes += size;
    else if (p.endsWith('.html')) pages++;
  });
  return { pages, distBytes, pagefindBytes };
}

// Our build's check and Astro share the `build.ts --render` process; its own timings file splits them.
const phaseOf = (cmd: string) =>
  cmd.includes('astro.mjs') || cmd.includes('--render') ? 'astro' : cmd.includes('search-index') || cmd.includes('pagefind') ? 'pagefind' : undefined;

function fail(what: string, m: Measurement): never {
  console.error(m.stdout.slice(-5000));
  console.error(m.stderr.slice(-5000));
  throw new Error(`${what} failed with status ${m.status}`);
}

async function buildOurs(set: DataSet): Promise<BuildResult> {
  const out = join(cache, `out-${set.name}`);
  rmSync(out, { recursive: true, force: true });
  const timingsFile = join(cache, `timings-${set.name}.json`);
  rmSync(timingsFile, { force: true });
  const chartTimings = join(cache, `chart-images-${set.name}.txt`);
  rmSync(chartTimings, { force: true });
  const m = await measure(node, [join(root, 'scripts/build.ts'), '--data', set.data, '--content', set.content, '--out', out], {
    cwd: root,
    env: { ...process.env, NTM_TIMINGS_FILE: timingsFile, NTM_CHART_TIMINGS_FILE: chartTimings },
    phaseOf,
  });
  if (m.status !== 0) fail(`build of ${set.name}`, m);
  const astro = m.phases.astro;
  const pagefind = m.phases.pagefind;
  const timings = JSON.parse(readFileSync(timingsFile, 'utf8')) as { checkMs: number; astroMs: number };
  // One line per image, its milliseconds (src/publish/chart-image.ts).
  const images = existsSync(chartTimings) ? readFileSync(chartTimings, 'utf8').trim().split('\n').filter(Boolean).map(Number) : [];
  return {
    wallMs: m.wallMs,
    cpuMs: m.cpuMs,
    loadAtStart: m.loadAtStart,
    peakTreeRssKb: m.peakTreeRssKb,
    peakProcessHwmKb: m.peakProcessHwmKb,
    ...distStats(out),
    checkMs: timings.checkMs,
    astroMs: timings.astroMs,
    pagefindMs: pagefind ? m.wallMs - pagefind.firstMs : undefined,
    astroRssKb: astro?.peakRssKb,
    pagefindRssKb: pagefind?.peakRssKb,
    chartImages: images.length,
    chartImageMs: images.reduce((a, b) => a + b, 0),
  };
}

async function buildBare(pages: number): Promise<BuildResult> {
  const dir = join(cache, `bare-${pages}`);
  writeBareProject(dir, pages);
  const nm = join(dir, 'node_modules');
  if (!existsSync(nm)) symlinkSync(join(root, 'node_modules'), nm, 'dir');
  const out = join(dir, 'dist');
  rmSync(out, { recursive: true, force: true });
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  const m = await measure(node, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], { cwd: dir, env, phaseOf });
  if (m.status !== 0) fail(`bare build of ${pages} pages`, m);
  // Pagefind on the bare site too, timed on its own, for the like-for-like
  // comparison: its CLI, as a bare site would run it. The project's indexer
  // hands each page over through Node, which is slower on many small pages,
  // so it is timed too, but is not the baseline.
  const pf = await measure(node, [join(root, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', out, '--silent'], { cwd: root, phaseOf });
  if (pf.status !== 0) fail('bare pagefind', pf);
  rmSync(join(out, 'pagefind'), { recursive: true, force: true });
  const indexer = await measure(node, [join(root, 'scripts/search-index.ts'), out], { cwd: root, phaseOf });
  if (indexer.status !== 0) fail('bare pagefind (project indexer)', indexer);
  return {
    wallMs: m.wallMs,
    cpuMs: m.cpuMs,
    loadAtStart: m.loadAtStart,
    peakTreeRssKb: m.peakTreeRssKb,
    peakProcessHwmKb: m.peakProcessHwmKb,
    ...distStats(out),
    astroMs: m.wallMs,
    pagefindMs: pf.wallMs,
    pagefindCpuMs: pf.cpuMs,
    pagefindRssKb: pf.peakTreeRssKb,
    indexerMs: indexer.wallMs,
  };
}

async function validation(set: DataSet): Promise<SetResult['validation']> {
  const m = await measure(node, [join(root, 'scripts/bench/validate.ts'), set.data], { cwd: root });
  if (m.status !== 0) fail('validation', m);
  const r = JSON.parse(m.stdout.trim().split('\n').at(-1)!) as { rows: number; validateMs: number; modelMs?: number; errors: number; warnings: number; firstErrors: string[] };
  if (r.errors > 0) throw new Error(`synthetic data has ${r.errors} errors:\n${r.firstErrors.join('\n')}`);
  return { rows: r.rows, validateMs: r.validateMs, modelMs: r.modelMs, peakRssKb: m.peakProcessHwmKb, warnings: r.warnings, loadAtStart: m.loadAtStart };
}

// Formatting for the report.
const s = (ms: number | undefined) => (ms === undefined ? '–' : (ms / 1000).toFixed(1));
const mb = (kb: number | undefined) => (kb === undefined ? '–' : `${Math.round(kb / 1024)}`);
const size = (bytes: number) => (bytes >= 1 << 30 ? `${(bytes / (1 << 30)).toFixed(2)} GB` : `${(bytes / (1 << 20)).toFixed(1)} MB`);
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const range = (r?: [number, number]) => (r ? `${s(r[0])}–${s(r[1])}` : '–');

function machine(): string {
  let commit = '';
  let dirty = false;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    // This file is rewritten by the bench itself: its own change does not count.
    const status = execFileSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8' });
    dirty = status.split('\n').some((line) => line.trim() !== '' && !line.endsWith('docs/benchmarks.md'));
  } catch {
    /* not a git checkout */
  }
  const astro = JSON.parse(readFileSync(join(root, 'node_modules/astro/package.json'), 'utf8')).version;
  const pagefind = JSON.parse(readFileSync(join(root, 'node_modules/pagefind/package.json'), 'utf8')).version;
  return [
    `- Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC${commit ? `, commit ${commit}${dirty ? ' (plus uncommitted changes at the time)' : ''}` : ''}`,
    `- Machine: ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB memory, ${process.platform}`,
    `- Node ${process.version}, Astro ${astro}, Pagefind ${pagefind}`,
  ].join('\n');
}

function report(results: SetResult[]): string {
  const lines: string[] = [];
  lines.push('# Benchmarks', '');
  lines.push('The tables are written by `npm run bench` (scripts/bench.ts): run it again after changes that could affect build time. Notes at the end are written by hand.', '');
  lines.push(machine(), '');
  lines.push('## Whole build against a bare Astro site', '');
  lines.push(
    'Each build runs several times (`--runs`, default 3), ours and bare taking turns; the run with the median whole-build time is reported, with the fastest and slowest. "Ours" is `node scripts/build.ts`: the data check and `astro build` (one child process), then the Pagefind index, timed from start to end. "Bare" is a minimal Astro project with one dynamic route that renders the same number of pages, each with a title, a heading, a paragraph and a short list (scripts/bench/bare.ts); its Pagefind index is built by the Pagefind CLI and timed separately. Ratios: ours ÷ bare Astro alone, and ours ÷ (bare Astro + bare Pagefind).',
    '',
  );
  lines.push('| data set | pages | ours: wall (s) | ms / page | bare Astro (s) | bare + Pagefind (s) | ratio to bare Astro | ratio to bare + Pagefind | runs | ours: fastest–slowest (s) | bare + Pagefind: fastest–slowest (s) | ours: peak RSS (MB) | bare: peak RSS (MB) |');
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of results) {
    const bareAll = r.bare.wallMs + (r.bare.pagefindMs ?? 0);
    lines.push(
      `| ${r.label} | ${r.ours.pages} | ${s(r.ours.wallMs)} | ${(r.ours.wallMs / r.ours.pages).toFixed(1)} | ${s(r.bare.wallMs)} | ${s(bareAll)} | ${ratio(r.ours.wallMs, r.bare.wallMs)} | ${ratio(r.ours.wallMs, bareAll)} | ${r.ours.runs ?? 1} | ${range(r.ours.wallRangeMs)} | ${range(r.bare.wallRangeMs)} | ${mb(r.ours.peakTreeRssKb)} | ${mb(r.bare.peakTreeRssKb)} |`,
    );
  }
  lines.push('', 'Paired: each run of ours divided by the bare run that followed it (Astro + Pagefind), so that a disturbance of the machine falls on both sides of one ratio; the median and the range over the runs.', '');
  lines.push('| data set | paired wall ratio: median | range | paired CPU ratio: median | range |');
  lines.push('|---|---:|---:|---:|---:|');
  for (const r of results) {
    if (!r.paired) continue;
    const m = (xs: number[]) => `${medianOf(xs).toFixed(2)}×`;
    const rg = (xs: number[]) => `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}×`;
    lines.push(`| ${r.label} | ${m(r.paired.wall)} | ${rg(r.paired.wall)} | ${m(r.paired.cpu)} | ${rg(r.paired.cpu)} |`);
  }
  const national = results.find((r) => r.set === 'national');
  if (national?.paired) {
    const wall = medianOf(national.paired.wall);
    const light = national.ours.peakTreeRssKb < 2 * 1024 * 1024;
    lines.push(
      '',
      `Target for the national set: at most 1.5× the bare site with its search index, paired (${wall.toFixed(2)}×: ${wall <= 1.5 ? 'met' : 'not met'}), peak memory under 2 GB (${mb(national.ours.peakTreeRssKb)} MB: ${light ? 'met' : 'not met'}).`,
    );
  }
  lines.push('', 'CPU time (user + system, summed over every process of the build, sampled from /proc) is less sensitive than wall time to other work on the machine; the load average when each build started is given so that disturbed runs can be spotted.', '');
  lines.push('| data set | ours: CPU (s) | bare Astro: CPU (s) | bare + Pagefind: CPU (s) | CPU ratio to bare Astro | CPU ratio to bare + Pagefind | load average at start (ours / bare) |');
  lines.push('|---|---:|---:|---:|---:|---:|---:|');
  for (const r of results) {
    if (r.ours.cpuMs === undefined || r.bare.cpuMs === undefined) continue;
    const bareAll = r.bare.cpuMs + (r.bare.pagefindCpuMs ?? 0);
    lines.push(
      `| ${r.label} | ${s(r.ours.cpuMs)} | ${s(r.bare.cpuMs)} | ${s(bareAll)} | ${ratio(r.ours.cpuMs, r.bare.cpuMs)} | ${ratio(r.ours.cpuMs, bareAll)} | ${r.ours.loadAtStart.toFixed(1)} / ${r.bare.loadAtStart.toFixed(1)} |`,
    );
  }
  lines.push('', '## Phases of our build', '');
  lines.push('| data set | check (s) | Astro (s) | of which chart images (s) | chart images | Astro vs bare Astro | Astro peak RSS (MB) | Pagefind (s) | bare Pagefind (s) | bare, project indexer (s) | Pagefind peak RSS (MB) | largest single process (MB) | dist/ | dist/pagefind | bare dist/ | bare dist/pagefind |');
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of results) {
    lines.push(
      `| ${r.label} | ${s(r.ours.checkMs)} | ${s(r.ours.astroMs)} | ${s(r.ours.chartImageMs)} | ${r.ours.chartImages ?? '–'} | ${r.ours.astroMs ? ratio(r.ours.astroMs, r.bare.wallMs) : '–'} | ${mb(r.ours.astroRssKb)} | ${s(r.ours.pagefindMs)} | ${s(r.bare.pagefindMs)} | ${s(r.bare.indexerMs)} | ${mb(r.ours.pagefindRssKb)} | ${mb(r.ours.peakProcessHwmKb)} | ${size(r.ours.distBytes)} | ${size(r.ours.pagefindBytes)} | ${size(r.bare.distBytes)} | ${size(r.bare.pagefindBytes)} |`,
    );
  }
  const v = results.filter((r) => r.validation);
  if (v.length > 0) {
    lines.push('', '## Validation alone', '');
    lines.push('`loadDataDir` (read, parse, validate, cross-check) and then `buildModel`, in a process of their own (scripts/bench/validate.ts).', '');
    lines.push('| data set | rows | validation (s) | rows / s | model build (s) | peak RSS (MB) | warnings | load average at start |');
    lines.push('|---|---:|---:|---:|---:|---:|---:|---:|');
    for (const r of v) {
      const x = r.validation!;
      lines.push(`| ${r.label} | ${x.rows.toLocaleString('en')} | ${s(x.validateMs)} | ${Math.round(x.rows / (x.validateMs / 1000)).toLocaleString('en')} | ${s(x.modelMs)} | ${mb(x.peakRssKb)} | ${x.warnings} | ${x.loadAtStart?.toFixed(1) ?? '–'} |`);
    }
  }
  lines.push('', '## Method', '');
  lines.push(
    '- Data: the synthetic sets come from `node scripts/generate-synthetic.ts --units N --dates S --out DIR` (seeded, so the same every run). They fill every table: the criteria-status table alone has N × 19 × S rows (1.5 million for the national set). Synthetic sets are built with an empty content/ folder.',
    '- Wall time: from spawning the command to its exit. Other work on the machine lengthens it: see the load averages.',
    '- Peak RSS: the build\'s whole process tree (the build script, `astro build`, the Pagefind script and its native binary) is found through /proc every 100 ms; the largest sum of VmRSS at one sample is reported. "Largest single process" is the highest VmHWM (the kernel\'s own peak) of any one process, so short peaks between samples are caught there.',
    '- CPU: each process of the tree is read from /proc/<pid>/stat at every sample and its last reading counted once, so each process may be up to one interval (100 ms) short. `/usr/bin/time` alone would miss the Pagefind binary, which outlives the Node process that started it.',
    '- Phases: "check" (reading and validating data and content) and "Astro" (Astro\'s `build()`, including building the model from the checked tables) run in one child process and are timed by it (`NTM_TIMINGS_FILE`); "Astro peak RSS" is that process. "Chart images" is the time the Astro phase spent drawing and encoding the PNG of each chart (summed over images, each timed by src/publish/chart-image.ts into `NTM_CHART_TIMINGS_FILE`). "Pagefind" runs from the start of scripts/search-index.ts to the end and includes the swap into the output folder.',
    '- Pages: .html files in dist/ outside dist/pagefind. Sizes: all files, in bytes as stored.',
    '- Bare Pagefind: the Pagefind CLI (`pagefind --site dist`), as a bare site would index itself. The "bare, project indexer" column is scripts/search-index.ts on the same pages, for comparison: it hands each page to Pagefind through Node.',
    '- Target (issue 10): the national set builds in at most 1.5× the bare site\'s whole build (Astro + its Pagefind index), as the median of paired runs, with peak memory under 2 GB, on 2 cores. The ratio to bare Astro alone is shown beside it.',
  );
  return lines.join('\n') + '\n';
}

const reportFile = join(root, 'docs/benchmarks.md');
const NOTES_MARK = '<!-- Notes below this line are written by hand and kept by npm run bench. -->';

/** The hand-written part of the report, below the mark, survives a new run. */
function keptNotes(): string {
  const old = existsSync(reportFile) ? readFileSync(reportFile, 'utf8') : '';
  const at = old.indexOf(NOTES_MARK);
  return '\n' + (at >= 0 ? old.slice(at) : `${NOTES_MARK}\n`);
}

function medianOf(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The run with the median of `key` (the lower middle for an even count), with the range over all runs. */
function median(runs: BuildResult[], key: (r: BuildResult) => number): BuildResult {
  const sorted = [...runs].sort((a, b) => key(a) - key(b));
  const mid = sorted[Math.floor((sorted.length - 1) / 2)]!;
  return { ...mid, runs: runs.length, wallRangeMs: [key(sorted[0]!), key(sorted.at(-1)!)] };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { sets: { type: 'string' }, keep: { type: 'boolean' }, runs: { type: 'string' } } });
  const runs = Math.max(1, Number(values.runs ?? 3) || 1);
  const chosen = values.sets ? values.sets.split(',') : sets.map((x) => x.name);
  mkdirSync(join(emptyContent, 'reports'), { recursive: true });
  const resultsFile = join(cache, 'results.json');
  // Earlier results of sets not run this time are kept, so a partial run still gives the full table.
  const previous: SetResult[] = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : [];
  const results = new Map(previous.map((r) => [r.set, r]));
  for (const set of sets.filter((x) => chosen.includes(x.name))) {
    console.log(`\n== ${set.label}`);
    if (set.synthetic) {
      const g = generate({ ...set.synthetic, out: set.data, seed: 1 });
      console.log(`generated ${Object.values(g.rows).reduce((a, b) => a + b, 0)} rows`);
    }
    const valid = set.name === 'national' || set.name === 'province' ? await validation(set) : undefined;
    if (valid) console.log(`validation: ${valid.rows} rows in ${s(valid.validateMs)} s, model ${s(valid.modelMs)} s, ${mb(valid.peakRssKb)} MB`);
    // Ours and bare take turns, so that a disturbance of the machine falls on both.
    const oursRuns: BuildResult[] = [];
    const bareRuns: BuildResult[] = [];
    for (let run = 1; run <= runs; run++) {
      const o = await buildOurs(set);
      console.log(`run ${run}/${runs} ours: ${o.pages} pages in ${s(o.wallMs)} s, CPU ${s(o.cpuMs)} s (check ${s(o.checkMs)}, astro ${s(o.astroMs)} of which ${o.chartImages} chart images ${s(o.chartImageMs)}, pagefind ${s(o.pagefindMs)}), peak ${mb(o.peakTreeRssKb)} MB`);
      oursRuns.push(o);
      const b = await buildBare(o.pages);
      console.log(`run ${run}/${runs} bare: ${b.pages} pages in ${s(b.wallMs)} s, CPU ${s(b.cpuMs)} s (+ pagefind ${s(b.pagefindMs)}; project indexer ${s(b.indexerMs)}), peak ${mb(b.peakTreeRssKb)} MB`);
      bareRuns.push(b);
    }
    const ours = median(oursRuns, (r) => r.wallMs);
    const bare = median(bareRuns, (r) => r.wallMs + (r.pagefindMs ?? 0));
    const paired = {
      wall: oursRuns.map((o, i) => o.wallMs / (bareRuns[i]!.wallMs + (bareRuns[i]!.pagefindMs ?? 0))),
      cpu: oursRuns.map((o, i) => (o.cpuMs ?? NaN) / ((bareRuns[i]!.cpuMs ?? NaN) + (bareRuns[i]!.pagefindCpuMs ?? 0))),
    };
    console.log(`paired wall ratios: ${paired.wall.map((x) => x.toFixed(2)).join(', ')}; CPU: ${paired.cpu.map((x) => x.toFixed(2)).join(', ')}`);
    results.set(set.name, { set: set.name, label: set.label, dataRows: valid?.rows, ours, bare, paired, validation: valid });
    const ordered = sets.map((x) => results.get(x.name)).filter((r): r is SetResult => !!r);
    writeFileSync(resultsFile, JSON.stringify(ordered, null, 2));
    writeFileSync(reportFile, report(ordered) + keptNotes());
    if (!values.keep) {
      rmSync(join(cache, `out-${set.name}`), { recursive: true, force: true });
      rmSync(join(cache, `bare-${ours.pages}`, 'dist'), { recursive: true, force: true });
    }
  }
  console.log('\nWritten: docs/benchmarks.md');
}

await main();
