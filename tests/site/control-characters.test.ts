// Control characters typed or pasted into the data (a vertical tab in a
// name, a NUL in a note) never reach what the site writes: every HTML and
// XML file of a site built from such data parses, and holds none of them.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../scripts/build.ts';
import { loadDataDir } from '../../src/ingest/load.ts';
import { excelDir } from '../fixtures/write-fixtures.ts';
import { root } from '../setup/build-sites.ts';

/** .htmlvalidate.json without its "//" reason keys (as built-html.test.ts reads it). */
function loadConfig(): ConfigData {
  const raw = JSON.parse(readFileSync(join(root, '.htmlvalidate.json'), 'utf8')) as ConfigData;
  return { ...raw, rules: Object.fromEntries(Object.entries(raw.rules ?? {}).filter(([k]) => !k.startsWith('//'))) };
}

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const work = mkdtempSync(join(root, '.cache', 'ntm-control-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : files(path, ext);
    return ext.test(name) ? [path] : [];
  });
}

/** Parses XML strictly; the first error, or undefined. */
function xmlError(text: string): string | undefined {
  const parser = new SaxesParser();
  let error: string | undefined;
  parser.on('error', (e) => {
    error ??= e.message;
  });
  parser.write(text).close();
  return error;
}

describe('a site built from data with control characters', () => {
  const data = join(work, 'data');
  const dist = join(work, 'dist');
  beforeAll(() => {
    cpSync(excelDir, data, { recursive: true });
    const edit = (file: string, from: string, to: string) => {
      const text = readFileSync(join(data, file), 'utf8');
      if (!text.includes(from)) throw new Error(`${file}: no "${from}"`);
      writeFileSync(join(data, file), text.replace(from, to));
    };
    // The root's name is the site's name, in every page title and in the feed.
    edit('units.csv', 'District;00100;Thử Nghiệm;', 'District;00100;Thử\u000BNghiệm;');
    edit('units.csv', 'Đông Hà;00100', 'Đông\u000BHà;00100');
    edit('ocop-products.csv', 'Mật ong Đông Hà', 'Mật ong\u0000 Đông\u0007 Hà');
    edit('unit-status.csv', '12/QĐ-THU', '12/QĐ\u001F-THU');
    if (build({ dataDir: data, contentDir: join(root, 'tests/fixtures/empty-content'), outDir: dist, quiet: true }) !== 0) throw new Error('build failed');
  }, 300_000);

  it('is built, with a warning naming each cell', () => {
    const warnings = loadDataDir(data).issues.warnings.filter((w) => w.kind === 'control_character');
    expect(warnings.map((w) => `${w.file}:${w.line} ${w.column}`)).toEqual(['units.csv:2 name', 'units.csv:3 name', 'unit-status.csv:2 decision', 'ocop-products.csv:2 name']);
  });

  it('writes well-formed XML: the feed and the sitemaps parse', () => {
    const xml = files(dist, /\.xml$/);
    expect(xml.map((f) => relative(dist, f))).toContain('feed.xml');
    for (const f of xml) {
      const text = readFileSync(f, 'utf8');
      expect(CONTROL.test(text), relative(dist, f)).toBe(false);
      expect(xmlError(text), relative(dist, f)).toBeUndefined();
    }
  });

  it('the XML check fails on a raw vertical tab (self-test)', () => {
    expect(xmlError('<feed><title>Đông\u000BHà</title></feed>')).toBeDefined();
  });

  it('writes HTML without control characters, that html-validate parses', async () => {
    const validator = new HtmlValidate(loadConfig());
    const pages = files(dist, /\.html$/);
    expect(pages.length).toBeGreaterThan(10);
    for (const f of pages) {
      const text = readFileSync(f, 'utf8');
      expect(CONTROL.test(text), relative(dist, f)).toBe(false);
      const report = await validator.validateString(text, f);
      expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} ${m.message}`)), relative(dist, f)).toEqual([]);
    }
    expect(readFileSync(join(dist, 'xa/index.html'), 'utf8')).toContain('Đông Hà');
    expect(readFileSync(join(dist, 'feed.xml'), 'utf8')).toContain('<title>Nông thôn mới Thử Nghiệm</title>');
  });
});
