// A chart as a PNG, rendered at build time from the same spec as its table,
// canvas and CSV: Chart.js on @napi-rs/canvas, with the configuration the
// browser uses (lib/chart-config.ts) and a bundled Noto Sans, so that
// Vietnamese renders the same on a machine without fonts of its own.
import { appendFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale } from 'chart.js';
import { barChartConfig, drawHatchTile, HATCH_TILE } from '../lib/chart-config.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend);

/** What an image needs of a chart spec (src/site/charts.ts's ChartSpec has it). */
export interface ChartImageSpec {
  categories: { label: string }[];
  series: { label: string; values: (number | undefined)[]; hatched: boolean; tableOnly?: boolean }[];
  unit: string;
  horizontal: boolean;
}

export interface ChartImageOptions {
  /** `vi-VN` or `en-GB`. */
  locale: string;
  /** A line under the chart: who publishes it and the as-of date. */
  credit?: string;
}

/** The family name the bundled font is registered under, apart from any installed font. */
export const CHART_FONT = 'NTM Noto Sans';
const FONT_FILES = ['@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf', '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'];

/** The font files the images use (for tests that check their coverage). */
export function chartFontFiles(): string[] {
  const require = createRequire(import.meta.url);
  return FONT_FILES.map((f) => require.resolve(f));
}

let fontsReady = false;
function registerFonts(): void {
  if (fontsReady) return;
  for (const file of chartFontFiles()) {
    if (!GlobalFonts.registerFromPath(file, CHART_FONT)) throw new Error(`Không nạp được phông chữ / could not load the font ${file}`);
  }
  fontsReady = true;
}

/** Layout size in CSS pixels; the PNG has RATIO times as many pixels each way (1200 × 630 for a column chart). */
export const CHART_IMAGE_WIDTH = 800;
export const CHART_IMAGE_RATIO = 1.5;

export function chartImageSize(spec: ChartImageSpec): { width: number; height: number } {
  if (!spec.horizontal) return { width: CHART_IMAGE_WIDTH, height: 420 };
  const rows = spec.categories.length * Math.max(1, spec.series.filter((s) => !s.tableOnly).length);
  return { width: CHART_IMAGE_WIDTH, height: Math.min(1600, Math.max(240, 110 + rows * 30)) };
}

function hatch(colour: string): CanvasPattern | string {
  const tile = createCanvas(HATCH_TILE, HATCH_TILE);
  const ctx = tile.getContext('2d');
  drawHatchTile(ctx, colour);
  return ctx.createPattern(tile, 'repeat') as unknown as CanvasPattern;
}

/** Time spent and images made in this process, for the benchmark. */
export const chartImageStats = { images: 0, ms: 0 };

export async function renderChartPng(spec: ChartImageSpec, options: ChartImageOptions): Promise<Buffer> {
  const started = performance.now();
  registerFonts();
  const { width, height } = chartImageSize(spec);
  const canvas = createCanvas(width, height);
  const drawn = spec.series.filter((s) => !s.tableOnly);
  const config = barChartConfig(
    {
      labels: spec.categories.map((c) => c.label),
      series: drawn.map((s) => ({ label: s.label, hatched: s.hatched, data: s.values.map((v) => v ?? null) })),
      unit: spec.unit,
      horizontal: spec.horizontal,
      locale: options.locale,
    },
    { pattern: hatch, animation: false, image: { devicePixelRatio: CHART_IMAGE_RATIO, background: '#ffffff' }, fontFamily: `"${CHART_FONT}"` },
  );
  const padding = config.options!.layout!.padding as Record<string, number>;
  config.options!.layout!.padding = { left: 8, right: 8, ...padding, bottom: options.credit ? 26 : 8 };
  const chart = new Chart(canvas as unknown as HTMLCanvasElement, config);
  try {
    if (options.credit) {
      const ctx = canvas.getContext('2d');
      ctx.save();
      ctx.setTransform(CHART_IMAGE_RATIO, 0, 0, CHART_IMAGE_RATIO, 0, 0);
      ctx.font = `12px "${CHART_FONT}"`;
      ctx.fillStyle = '#4a4a4a';
      ctx.textBaseline = 'bottom';
      ctx.fillText(options.credit, 8, height - 6, width - 16);
      ctx.restore();
    }
    const png = await canvas.encode('png');
    const ms = performance.now() - started;
    chartImageStats.images++;
    chartImageStats.ms += ms;
    if (process.env.NTM_CHART_TIMINGS_FILE) appendFileSync(process.env.NTM_CHART_TIMINGS_FILE, `${ms.toFixed(1)}\n`);
    return png;
  } finally {
    chart.destroy();
  }
}
