// Chart images drawn at build time: the bundled font covers every character
// the images need (so Vietnamese renders on a machine with no fonts of its
// own), and a rendered chart is a PNG of the size the pages declare.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataDir } from '../../src/ingest/load.ts';
import { buildModel } from '../../src/model/build.ts';
import { allCharts } from '../../src/site/charts.ts';
import { CHART_IMAGE_RATIO, chartFontFiles, chartImageSize, renderChartPng } from '../../src/publish/chart-image.ts';
import { pngSize } from './png.ts';

/** Code points a TrueType font maps to a glyph (cmap formats 4 and 12). */
export function coveredCodePoints(font: Buffer): (cp: number) => boolean {
  const numTables = font.readUInt16BE(4);
  let cmap = -1;
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + i * 16;
    if (font.toString('latin1', rec, rec + 4) === 'cmap') cmap = font.readUInt32BE(rec + 8);
  }
  if (cmap < 0) throw new Error('no cmap table');
  const subtables: number[] = [];
  for (let i = 0; i < font.readUInt16BE(cmap + 2); i++) {
    const rec = cmap + 4 + i * 8;
    const platform = font.readUInt16BE(rec);
    const encoding = font.readUInt16BE(rec + 2);
    if (platform === 3 && (encoding === 1 || encoding === 10)) subtables.push(cmap + font.readUInt32BE(rec + 4));
  }
  const ranges: [number, number][] = [];
  for (const st of subtables) {
    const format = font.readUInt16BE(st);
    if (format === 12) {
      const n = font.readUInt32BE(st + 12);
      for (let g = 0; g < n; g++) ranges.push([font.readUInt32BE(st + 16 + g * 12), font.readUInt32BE(st + 20 + g * 12)]);
    } else if (format === 4) {
      const segs = font.readUInt16BE(st + 6) / 2;
      const ends = st + 14;
      const starts = ends + segs * 2 + 2;
      const deltas = starts + segs * 2;
      const rangeOffsets = deltas + segs * 2;
      for (let s = 0; s < segs; s++) {
        const end = font.readUInt16BE(ends + s * 2);
        const start = font.readUInt16BE(starts + s * 2);
        const delta = font.readUInt16BE(deltas + s * 2);
        const ro = font.readUInt16BE(rangeOffsets + s * 2);
        for (let c = start; c <= end && c !== 0xffff; c++) {
          const glyph = ro === 0 ? (c + delta) & 0xffff : font.readUInt16BE(rangeOffsets + s * 2 + ro + (c - start) * 2);
          if (glyph !== 0) ranges.push([c, c]);
        }
      }
    }
  }
  return (cp) => ranges.some(([a, b]) => cp >= a && cp <= b);
}

const VIETNAMESE =
  'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ';
// Combining marks, in case a CSV arrives decomposed (NFD).
const COMBINING = '\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031B';

const loaded = loadDataDir('data');
const model = buildModel(loaded.data, loaded.issues.warnings, { listLimit: 500 });

describe('the chart images', () => {
  it('bundle a font that covers the Vietnamese alphabet and every character of every chart, in both languages', () => {
    const texts = (['vi', 'en'] as const).flatMap((lang) =>
      allCharts(model, lang).flatMap((c) => [c.unit, ...c.categories.map((x) => x.label), ...c.series.map((s) => s.label), 'Nông thôn mới Triệu Sơn · Số liệu đến ngày 30/9/2021 0123456789.,']),
    );
    const wanted = new Set([...VIETNAMESE, ...VIETNAMESE.toUpperCase(), ...COMBINING, ...texts.join('')].filter((ch) => ch.trim() !== ''));
    for (const file of chartFontFiles()) {
      const covered = coveredCodePoints(readFileSync(file));
      const missing = [...wanted].filter((ch) => !covered(ch.codePointAt(0)!));
      expect(missing, file).toEqual([]);
    }
  });

  it('the coverage check finds a character the font lacks (self-test)', () => {
    const covered = coveredCodePoints(readFileSync(chartFontFiles()[0]!));
    expect(covered('ự'.codePointAt(0)!)).toBe(true);
    expect(covered('中'.codePointAt(0)!)).toBe(false);
  });

  it('renders a chart as a PNG of the declared size', async () => {
    const chart = allCharts(model, 'vi').find((c) => c.horizontal)!;
    const png = await renderChartPng(chart, { locale: 'vi-VN', credit: 'Nông thôn mới Triệu Sơn' });
    const size = chartImageSize(chart);
    expect(pngSize(png)).toEqual({ width: Math.round(size.width * CHART_IMAGE_RATIO), height: Math.round(size.height * CHART_IMAGE_RATIO) });
    expect(png.length).toBeGreaterThan(5_000);
  });
});
