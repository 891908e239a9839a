// `node scripts/compare-dist.ts <dirA> <dirB>`: compares two built sites file
// by file, as a refactoring must leave them. The search index (pagefind/) is
// left out, and hashed asset names (`_astro/Base.Bx12abCD.css`) are replaced
// by `[hash]` in file names and contents, so a rebuild compares equal. Lists
// the files only in one site, and for each file that differs a short excerpt
// of the first differences. Exit code 1 when the sites differ.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `_astro/Base.Bx12abCD.css` → `_astro/Base.[hash].css`, wherever it appears. */
const HASHED = /(_astro\/[^"'()\s/]*?\.)[A-Za-z0-9_-]{8}(\.(?:js|css|mjs|svg|png|jpe?g|webp|avif|woff2?))/g;

export function normaliseHashes(text: string): string {
  return text.replace(HASHED, '$1[hash]$2');
}

function filesOf(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) {
        if (!(d === dir && entry.name === 'pagefind')) walk(path);
      } else out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** Each file by its name with hashes replaced; files that share a name are compared as one. */
function siteFiles(dir: string): Map<string, Buffer[]> {
  const out = new Map<string, Buffer[]>();
  for (const file of filesOf(dir)) {
    const name = normaliseHashes(file);
    const bytes = readFileSync(join(dir, file));
    out.set(name, [...(out.get(name) ?? []), bytes]);
  }
  return out;
}

const isText = (b: Buffer) => !b.subarray(0, 8192).includes(0);
const contentOf = (parts: Buffer[]) => parts.map((b) => (isText(b) ? normaliseHashes(b.toString('utf8')) : b.toString('base64'))).sort().join('\n');

const clip = (s: string, max = 160) => (s.length > max ? `${s.slice(0, max)}…` : s);

/** The first few differing lines of two texts; long lines are cut around their first difference. */
export function diffExcerpt(a: string, b: string, hunks = 3): string[] {
  const la = a.split('\n');
  const lb = b.split('\n');
  const out: string[] = [];
  for (let i = 0, shown = 0; i < Math.max(la.length, lb.length) && shown < hunks; i++) {
    const x = la[i];
    const y = lb[i];
    if (x === y) continue;
    shown++;
    let at = 0;
    while (x !== undefined && y !== undefined && at < x.length && x[at] === y[at]) at++;
    const from = Math.max(0, at - 60);
    out.push(`  line ${i + 1}${from > 0 ? `, from column ${from + 1}` : ''}:`);
    out.push(`  - ${x === undefined ? '(no line)' : clip(x.slice(from))}`);
    out.push(`  + ${y === undefined ? '(no line)' : clip(y.slice(from))}`);
  }
  return out;
}

export interface Comparison {
  onlyInA: string[];
  onlyInB: string[];
  differing: { file: string; excerpt: string[] }[];
}

export function compareSites(dirA: string, dirB: string): Comparison {
  const a = siteFiles(dirA);
  const b = siteFiles(dirB);
  const result: Comparison = { onlyInA: [], onlyInB: [], differing: [] };
  for (const name of a.keys()) if (!b.has(name)) result.onlyInA.push(name);
  for (const name of b.keys()) if (!a.has(name)) result.onlyInB.push(name);
  for (const [name, partsA] of a) {
    const partsB = b.get(name);
    if (!partsB) continue;
    const textA = contentOf(partsA);
    const textB = contentOf(partsB);
    if (textA !== textB) result.differing.push({ file: name, excerpt: diffExcerpt(textA, textB) });
  }
  return result;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dirA, dirB] = process.argv.slice(2);
  if (!dirA || !dirB) {
    console.error('usage: node scripts/compare-dist.ts <dirA> <dirB>');
    process.exit(2);
  }
  const { onlyInA, onlyInB, differing } = compareSites(resolve(dirA), resolve(dirB));
  for (const f of onlyInA) console.log(`removed: ${f}`);
  for (const f of onlyInB) console.log(`added:   ${f}`);
  for (const d of differing) console.log(`differs: ${d.file}\n${d.excerpt.join('\n')}`);
  const same = onlyInA.length + onlyInB.length + differing.length === 0;
  console.log(same ? 'The two sites are the same (pagefind/ and asset hashes aside).' : `${onlyInA.length} removed, ${onlyInB.length} added, ${differing.length} differing.`);
  process.exitCode = same ? 0 : 1;
}
