// The layers of src/ (docs/decisions.md, "Layers"): every import points down,
// no two folders import each other, components render what they are given,
// and no file grows past what one reader can hold.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = resolve(import.meta.dirname, '../../src');

/** What each top-level folder of src/ may import, besides itself. */
export const allowed: Record<string, readonly string[]> = {
  lib: [],
  contract: ['lib'],
  ingest: ['lib', 'contract'],
  model: ['lib', 'contract', 'ingest'],
  i18n: ['lib'],
  publish: ['lib', 'contract', 'model'],
  site: ['lib', 'contract', 'ingest', 'model', 'i18n', 'publish'],
  // The checker page runs the pipeline itself (docs/decisions.md, "Layers").
  browser: ['lib', 'contract', 'ingest'],
  components: ['lib', 'contract', 'model', 'i18n', 'site', 'browser', 'styles'],
  layouts: ['lib', 'contract', 'model', 'i18n', 'site', 'components', 'styles'],
  pages: ['lib', 'contract', 'model', 'i18n', 'site', 'publish', 'components', 'layouts'],
  styles: [],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|astro|mdx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const IMPORT = /(?:from\s+|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g;

/** Relative imports of a file, resolved to absolute paths. */
export function importsOf(file: string, text = readFileSync(file, 'utf8')): string[] {
  return [...text.matchAll(IMPORT)].map((m) => resolve(dirname(file), m[1]!));
}

/** `src/site/views/unit.ts` → `site`; files directly in src/ (Astro's content.config.ts) count as site. */
export function layerOf(file: string): string {
  const rel = relative(src, file).split(sep);
  return rel.length === 1 ? 'site' : rel[0]!;
}

export interface Violation {
  from: string;
  to: string;
}

/** Imports that point up, or sideways into a folder the layer may not use. */
export function upwardImports(files: { path: string; text?: string }[]): Violation[] {
  const out: Violation[] = [];
  for (const f of files) {
    const from = layerOf(f.path);
    for (const target of importsOf(f.path, f.text)) {
      if (!target.startsWith(src + sep)) continue;
      const to = layerOf(target);
      if (to !== from && !(allowed[from] ?? []).includes(to)) out.push({ from: relative(src, f.path), to: relative(src, target) });
    }
  }
  return out;
}

/** Cycles between folders: folder A imports from B and B, at any distance, from A. */
export function folderCycles(files: { path: string; text?: string }[]): string[][] {
  const edges = new Map<string, Set<string>>();
  for (const f of files) {
    const a = relative(src, dirname(f.path)) || '.';
    for (const target of importsOf(f.path, f.text)) {
      if (!target.startsWith(src + sep)) continue;
      const b = relative(src, dirname(target)) || '.';
      if (a !== b) (edges.get(a) ?? edges.set(a, new Set()).get(a)!).add(b);
    }
  }
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (n: string) => {
    state.set(n, 'open');
    stack.push(n);
    for (const m of edges.get(n) ?? []) {
      if (state.get(m) === 'open') cycles.push([...stack.slice(stack.indexOf(m)), m]);
      else if (!state.has(m)) visit(m);
    }
    stack.pop();
    state.set(n, 'done');
  };
  for (const n of edges.keys()) if (!state.has(n)) visit(n);
  return cycles;
}

const files = sourceFiles(src).map((path) => ({ path }));

describe('the layers of src/', () => {
  it('has a rule for every top-level folder', () => {
    const folders = readdirSync(src).filter((n) => statSync(join(src, n)).isDirectory());
    expect(folders.filter((f) => !(f in allowed))).toEqual([]);
  });

  it('no import points up (lib ← contract ← ingest ← model ← publish ← site ← components ← layouts ← pages)', () => {
    expect(upwardImports(files)).toEqual([]);
  });

  it('no two folders import each other, directly or through others', () => {
    expect(folderCycles(files)).toEqual([]);
  });

  it('components and layouts take props: none calls getModel()', () => {
    const calling = files
      .filter((f) => ['components', 'layouts'].includes(layerOf(f.path)))
      .filter((f) => /\bgetModel\s*\(/.test(readFileSync(f.path, 'utf8')))
      .map((f) => relative(src, f.path));
    expect(calling).toEqual([]);
  });

  it('no source file but the interface text table is longer than 420 lines, the scripts included', () => {
    const scripts = resolve(src, '../scripts');
    const long = [...files.map((f) => f.path), ...sourceFiles(scripts)]
      .filter((path) => !path.startsWith(join(src, 'i18n') + sep))
      .map((path) => ({ file: relative(resolve(src, '..'), path), lines: readFileSync(path, 'utf8').split('\n').length }))
      .filter((f) => f.lines > 420);
    expect(long).toEqual([]);
  });
});

describe('the layering checks themselves', () => {
  const at = (p: string) => join(src, p);
  it('catch an upward import and a sideways one', () => {
    const planted = [
      { path: at('ingest/x.ts'), text: "import { buildModel } from '../model/build.ts';" },
      { path: at('i18n/x.ts'), text: "import { tables } from '../contract/tables.ts';" },
      { path: at('model/y.ts'), text: "import { tables } from '../contract/tables.ts';" },
    ];
    expect(upwardImports(planted)).toEqual([
      { from: 'ingest/x.ts', to: 'model/build.ts' },
      { from: 'i18n/x.ts', to: 'contract/tables.ts' },
    ]);
  });

  it('catch a cycle between two folders of one layer', () => {
    const planted = [
      { path: at('site/views/a.ts'), text: "import { b } from '../b.ts';" },
      { path: at('site/b.ts'), text: "import { a } from './views/a.ts';" },
    ];
    expect(folderCycles(planted)).toEqual([['site/views', 'site', 'site/views']]);
  });
});
