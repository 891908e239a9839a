// Embeds and chart images in the built default site: every chart has an
// embed page, a CSV and a PNG; every headline figure has an embed page; embed
// pages are noindex, chrome-less and need no JavaScript; each chart's picture
// is in the page above its table, with its text alternative, linked beside
// the CSV and used as og:image; the embed code frames the embed page.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadDataDir } from '../../src/ingest/load.ts';
import { buildModel } from '../../src/model/build.ts';
import { allCharts } from '../../src/site/charts.ts';
import { CHART_IMAGE_RATIO, chartImageSize } from '../../src/publish/chart-image.ts';
import { slugify } from '../../src/lib/text.ts';
import { LANGS, attr, chartFigures, decode, htmlFiles, main, text } from '../site/site2-html.ts';
import { testSites } from '../setup/build-sites.ts';
import { pngSize } from './png.ts';

const dir = inject('sites').default!;
const loaded = loadDataDir('data');
const model = buildModel(loaded.data, loaded.issues.warnings, { listLimit: 500 });
const prefix = (lang: 'vi' | 'en') => (lang === 'en' ? 'en/' : '');
const read = (path: string) => readFileSync(join(dir, path), 'utf8');
const pageFile = (path: string) => join(dir, path.replace(/^\//, ''), path.endsWith('/') || path === '' ? 'index.html' : '');
const SITE = new URL(testSites.default!.env!.SITE_URL!);

describe.each(LANGS)('chart images and embeds (%s)', (lang) => {
  const charts = allCharts(model, lang);

  it('the default site has charts and headline figures to embed', () => {
    expect(charts.length).toBeGreaterThan(5);
    expect(model.headline.length).toBeGreaterThan(3);
  });

  it.for(charts.map((c) => c.id))('chart %s has a CSV, a PNG of the declared size and an embed page', (id) => {
    const chart = charts.find((c) => c.id === id)!;
    expect(existsSync(join(dir, `${prefix(lang)}bieu-do/${id}.csv`))).toBe(true);
    const png = readFileSync(join(dir, `${prefix(lang)}bieu-do/${id}.png`));
    const size = chartImageSize(chart);
    expect(pngSize(png)).toEqual({ width: Math.round(size.width * CHART_IMAGE_RATIO), height: Math.round(size.height * CHART_IMAGE_RATIO) });
    // A drawn chart with text and bars compresses to tens of KB; a blank canvas to about 1 KB.
    expect(png.length).toBeGreaterThan(8_000);
    expect(png.length).toBeLessThan(400_000);
    const embed = read(`${prefix(lang)}nhung/bieu-do/${id}/index.html`);
    expect(embed).toContain(`src="/${prefix(lang)}bieu-do/${id}.png"`);
    expect(text(embed)).toContain(chart.title);
  });

  it.for(model.headline.map((i) => i.id))('headline figure %s has an embed page with its value, date and source', (id) => {
    const ind = model.indicatorById.get(id)!;
    const embed = read(`${prefix(lang)}nhung/so-lieu/${slugify(id)}/index.html`);
    const body = text(main(embed));
    expect(body).toContain(lang === 'vi' ? 'Số liệu đến ngày' : 'Data as of');
    expect(body).toContain(lang === 'vi' ? 'Nguồn' : 'Source');
    expect(embed).toContain(`datetime="${ind.latest!.as_of}"`);
    expect(embed).toMatch(/<table[\s\S]*<\/table>/);
  });

  it('embed pages are noindex, have no navigation, header, footer or script, link back to a page that exists, and open links in the framing window', () => {
    const files = htmlFiles(join(dir, `${prefix(lang)}nhung`));
    expect(files.length).toBe(charts.length + model.headline.length);
    const sitemap = readdirSync(dir).filter((f) => /^sitemap-.*\.xml$/.test(f)).map(read).join('\n');
    expect(sitemap).toContain('<loc>');
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      expect(html, file).toMatch(/<meta name="robots" content="noindex"/);
      expect(html, file).not.toMatch(/<(nav|header|footer|form)\b/);
      expect(html, file).not.toMatch(/<script\b/);
      expect(html, file).toContain('<base target="_top">');
      expect(html, file).toMatch(/<h1>[^<]+<\/h1>/);
      const back = /<p class="embed-back"[^>]*>\s*<a href="([^"]+)"/.exec(html)?.[1];
      expect(back, file).toBeDefined();
      const target = decode(back!).split('#')[0]!;
      expect(existsSync(pageFile(target)), `${file} → ${target}`).toBe(true);
      const path = file.slice(dir.length).replace(/index\.html$/, '');
      expect(sitemap).not.toContain(path);
    }
  });

  it('each chart on a page shows its picture above its table, with the chart text alternative as alt, and links the PNG beside the CSV', () => {
    let figures = 0;
    for (const file of htmlFiles(dir).filter((f) => !f.includes('/nhung/'))) {
      const html = readFileSync(file, 'utf8');
      if (/<html lang="(vi|en)"/.exec(html)?.[1] !== lang) continue;
      for (const fig of chartFigures(html)) {
        figures++;
        const id = /id="bieu-do-([^"]+)"/.exec(fig)![1]!;
        const img = /<img class="chart-image"[^>]*>/.exec(fig)?.[0];
        expect(img, `${file} ${id}`).toBeDefined();
        expect(attr(img!, 'src')).toBe(`/${prefix(lang)}bieu-do/${id}.png`);
        const reading = decode(/<p class="chart-summary"[^>]*>([^<]*)<\/p>/.exec(fig)![1]!);
        const title = decode(/<span class="chart-title"[^>]*>([^<]*)<\/span>/.exec(fig)![1]!);
        // The image's text alternative names the chart; the sentence under the title does not repeat it.
        const alt = attr(img!, 'alt')!;
        expect(alt.startsWith(title), `${file} ${id}: ${alt}`).toBe(true);
        expect(alt.toLowerCase().endsWith(reading.toLowerCase()), `${file} ${id}: ${alt}`).toBe(true);
        expect(reading.startsWith(title), `${file} ${id}: ${reading}`).toBe(false);
        expect(reading[0], reading).toBe(reading[0]!.toUpperCase());
        expect(fig.indexOf('<img class="chart-image"')).toBeLessThan(fig.indexOf('<table'));
        const downloads = /<p class="chart-download"[^>]*>([\s\S]*?)<\/p>/.exec(fig)![1]!;
        expect(downloads).toContain(`href="/${prefix(lang)}bieu-do/${id}.csv"`);
        expect(downloads).toContain(`href="/${prefix(lang)}bieu-do/${id}.png"`);
      }
    }
    expect(figures).toBeGreaterThan(2);
  });

  it('the overview, the funding page and each chart embed use a chart image as og:image', () => {
    const pages = ['', 'kinh-phi/', ...charts.map((c) => `nhung/bieu-do/${c.id}/`)];
    for (const p of pages) {
      const html = read(`${prefix(lang)}${p}index.html`);
      const og = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
      expect(og, p).toBeDefined();
      const url = new URL(decode(og!));
      expect(url.origin).toBe(SITE.origin);
      expect(url.pathname).toMatch(new RegExp(`^/${prefix(lang)}bieu-do/[^/]+\\.png$`));
      expect(existsSync(join(dir, url.pathname))).toBe(true);
      expect(html).toMatch(/<meta property="og:image:alt" content="[^"]{10,}"/);
    }
  });

  it('the embed code offered beside each chart and figure is an iframe of its embed page, with a title and a height', () => {
    const snippets = [read(`${prefix(lang)}index.html`), read(`${prefix(lang)}chi-tieu/index.html`), read(`${prefix(lang)}kinh-phi/index.html`)].flatMap((html) =>
      [...html.matchAll(/<textarea[^>]*data-embed-code[^>]*>([^<]*)<\/textarea>/g)].map((m) => decode(m[1]!)),
    );
    expect(snippets.length).toBeGreaterThan(charts.length);
    for (const s of snippets) {
      const m = /^<iframe src="([^"]+)" title="([^"]+)" width="100%" height="(\d+)"[^>]*><\/iframe>$/.exec(s);
      expect(m, s).not.toBeNull();
      const url = new URL(decode(m![1]!));
      expect(url.origin).toBe(SITE.origin);
      expect(url.pathname).toMatch(new RegExp(`^/${prefix(lang)}nhung/(bieu-do|so-lieu)/[^/]+/$`));
      expect(statSync(pageFile(url.pathname)).isFile()).toBe(true);
      expect(Number(m![3])).toBeGreaterThanOrEqual(300);
      expect(Number(m![3])).toBeLessThanOrEqual(1400);
    }
  });
});
