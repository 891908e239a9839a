// Expected values come from the CSV files, not from the built site.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { foldVietnamese } from '../../src/lib/text.ts';

export const dataDir = resolve(import.meta.dirname, '../../data');

export function readCsv(name: string, dir = dataDir): Record<string, string>[] {
  const text = readFileSync(join(dir, name), 'utf8').replace(/^\uFEFF/, '');
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

/** Lower case, accents off, đ → d: how a citizen types on a phone. */
export function fold(text: string): string {
  return foldVietnamese(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

