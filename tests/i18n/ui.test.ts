// The interface text table: both languages for every key, the same
// placeholders in both, and every use in a component or page (which tsc does
// not read) names a key that exists with the placeholders it has.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ui } from '../../src/i18n/ui.ts';
import { fill, useTranslations } from '../../src/i18n/index.ts';

const src = resolve(import.meta.dirname, '../../src');
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

function astroFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? astroFiles(p) : n.endsWith('.astro') ? [p] : [];
  });
}

/** The top-level property names of the object literal starting at `text[start]` (a `{`). */
function literalKeys(text: string, start: number): string[] {
  const keys: string[] = [];
  let depth = 0;
  let part = '';
  for (let i = start; i < text.length; i++) {
    const ch = text[i]!;
    if ('{([`'.includes(ch)) depth++;
    if ('})]'.includes(ch)) depth--;
    if (depth === 0 || (depth === 1 && ch === ',')) {
      const name = /^\s*([A-Za-z_$][\w$]*)/.exec(part.slice(part.startsWith('{') ? 1 : 0))?.[1];
      if (name) keys.push(name);
      part = '';
      if (depth === 0) break;
      continue;
    }
    part += ch;
  }
  return keys.sort();
}

/** `t('key')` and `t('key', { a, b: x })` calls in a file: the key and the names passed, if any. */
export function translationCalls(text: string): { key: string; vars?: string[] }[] {
  const calls: { key: string; vars?: string[] }[] = [];
  for (const m of text.matchAll(/\bt\(\s*'([^']+)'\s*(,\s*\{)?/g)) {
    calls.push({ key: m[1]!, vars: m[2] ? literalKeys(text, m.index! + m[0].length - 1) : undefined });
  }
  return calls;
}

describe('the interface text table', () => {
  it('has a non-empty text in both languages for every key', () => {
    const empty = Object.entries(ui).filter(([, e]) => !e.vi.trim() || !e.en.trim()).map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const differ = Object.entries(ui).filter(([, e]) => placeholders(e.vi).join() !== placeholders(e.en).join()).map(([k]) => k);
    expect(differ).toEqual([]);
  });

  it('fills placeholders and leaves an unknown one visible', () => {
    expect(useTranslations('en')('search.count', { n: 3, q: 'dong loi' })).toBe('3 results for “dong loi”.');
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('is used in components and pages only with keys that exist and the placeholders they have', () => {
    const wrong: string[] = [];
    for (const file of astroFiles(src)) {
      for (const call of translationCalls(readFileSync(file, 'utf8'))) {
        const entry = (ui as Record<string, { vi: string }>)[call.key];
        const where = `${relative(src, file)}: t('${call.key}')`;
        if (!entry) wrong.push(`${where}: no such key`);
        else if (call.vars && call.vars.join() !== placeholders(entry.vi).join()) wrong.push(`${where}: passes {${call.vars}} for {${placeholders(entry.vi)}}`);
        else if (!call.vars && placeholders(entry.vi).length > 0) wrong.push(`${where}: needs {${placeholders(entry.vi)}}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('finds wrong calls when they are planted', () => {
    expect(translationCalls("{t('search.count', { n: fmt(1, lang), query: q.join(', ') })} {t('nav.units')}")).toEqual([
      { key: 'search.count', vars: ['n', 'query'] },
      { key: 'nav.units', vars: undefined },
    ]);
  });
});

describe('units of quantities (funding.csv quantity_unit)', () => {
  it('are English where the word is known, singular or plural by the count', async () => {
    const { quantityUnitIn } = await import('../../src/lib/unit-words.ts');
    expect(quantityUnitIn('xã', 'en', 11)).toEqual({ text: 'communes', lang: 'en' });
    expect(quantityUnitIn('Xã', 'en', 1)).toEqual({ text: 'commune', lang: 'en' });
    expect(quantityUnitIn('công trình', 'en')).toEqual({ text: 'facility', lang: 'en' });
    expect(quantityUnitIn('công trình', 'vi', 2)).toEqual({ text: 'công trình', lang: 'vi' });
  });

  it('stay Vietnamese, marked as such, where the word is not known', async () => {
    const { quantityUnitIn } = await import('../../src/lib/unit-words.ts');
    expect(quantityUnitIn('lò gạch', 'en', 3)).toEqual({ text: 'lò gạch', lang: 'vi' });
  });
});
