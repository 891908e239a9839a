// Reports: every MDX file in content/reports renders in its language, lists
// on /bao-cao/, shows each <Figure> with the value from indicator-values.csv,
// and types no figure itself: outside frontmatter and component tags, the
// source holds no digit at all.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, inject, it } from 'vitest';
import { loadDataDir } from '../../src/ingest/load.ts';
import type { Tables } from '../../src/contract/rows.ts';
import { testSites } from '../setup/build-sites.ts';
import { type Lang, fmt, main, page, text } from './site2-html.ts';

const sites = inject('sites');
const contentDir = testSites.default!.content;
const reportsDir = join(contentDir, 'reports');
const files = (function walk(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : /\.mdx?$/.test(e.name) ? [join(dir, e.name)] : [],
    );
  } catch {
    return [];
  }
})(reportsDir);

const FM = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;
const TAG = /<\/?[A-Z][A-Za-z]*\b(?:[^>"']|"[^"]*"|'[^']*')*\/?>/g;
const slugOf = (file: string) =>
  relative(reportsDir, file).replace(/\.mdx?$/, '').replace(/([./])(vi|en)$/, '').replace(/\/index$/, '').replace(/\//g, '-');

describe('reports of the default site', () => {
  const data = loadDataDir(testSites.default!.data).data as Tables;

  it.skipIf(files.length === 0)('the MDX sources type no figures: no digit outside frontmatter and component tags', () => {
    for (const file of files) {
      const body = readFileSync(file, 'utf8').replace(FM, '').replace(TAG, ' ');
      const digits = body.split('\n').map((l, i) => [i, l] as const).filter(([, l]) => /\d/.test(l));
      expect(digits, file).toEqual([]);
    }
  });

  for (const file of files) {
    const src = readFileSync(file, 'utf8');
    const fm = yaml.load(FM.exec(src)![1]!) as { title: string; lang: Lang };
    const lang = fm.lang;
    it(`${relative(contentDir, file)} renders at its address in ${lang}, listed on the reports page`, () => {
      const html = page(sites.default!, lang, `bao-cao/${slugOf(file)}`);
      expect(text(main(html))).toContain(fm.title);
      expect(html).toContain(`<html lang="${lang}"`);
      expect(text(page(sites.default!, lang, 'bao-cao'))).toContain(fm.title);
    });

    it(`${relative(contentDir, file)} shows each Figure with its value from indicator-values.csv`, () => {
      const html = main(page(sites.default!, lang, `bao-cao/${slugOf(file)}`));
      const figures = [...src.matchAll(/<Figure\b([^>]*)\/>/g)].map((m) => Object.fromEntries([...m[1]!.matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])));
      expect(figures.length).toBeGreaterThan(0);
      const links = [...html.matchAll(/<a class="figure-ref"[^>]*>([\s\S]*?)<\/a>/g)].map((m) => ({ tag: m[0], text: text(m[1]!) }));
      expect(links.length).toBe(figures.length);
      figures.forEach((f, i) => {
        const row = data['indicator-values'].find((v) => v.indicator === f.indicator && v.as_of === f.asOf && v.kind === (f.kind ?? 'actual'))!;
        const ind = data.indicators.find((x) => x.id === f.indicator)!;
        const unit = lang === 'vi' ? ind.unit_vi : (ind.unit_en ?? ind.unit_vi);
        const expected = {
          full: `${fmt(row.value, lang)}${row.denominator !== undefined ? `/${fmt(row.denominator, lang)}` : ''} ${unit}`,
          value: `${fmt(row.value, lang)} ${unit}`,
          number: fmt(row.value, lang),
          percent: `${fmt(Math.round((row.value / row.denominator!) * 1000) / 10, lang)}%`,
          denominator: fmt(row.denominator ?? 0, lang),
        }[f.show ?? 'full']!;
        expect(links[i]!.text, JSON.stringify(f)).toBe(expected);
        expect(links[i]!.tag).toContain('/chi-tieu/#');
      });
    });
  }

  it.skipIf(files.length === 0)('each report language links to the other when both exist', () => {
    const slugs = new Map<string, Lang[]>();
    for (const file of files) {
      const lang = (yaml.load(FM.exec(readFileSync(file, 'utf8'))![1]!) as { lang: Lang }).lang;
      slugs.set(slugOf(file), [...(slugs.get(slugOf(file)) ?? []), lang]);
    }
    for (const [slug, langs] of slugs) {
      if (langs.length < 2) continue;
      expect(page(sites.default!, 'vi', `bao-cao/${slug}`)).toContain(`href="/en/bao-cao/${slug}/"`);
      expect(page(sites.default!, 'en', `bao-cao/${slug}`)).toContain(`href="/bao-cao/${slug}/"`);
    }
  });
});
