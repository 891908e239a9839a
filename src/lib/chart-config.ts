// One look for every bar chart: the canvas drawn in the browser
// (src/browser/charts/draw.ts) and the image rendered at build time
// (src/publish/chart-image.ts) share this configuration.
import type { ChartConfiguration, Plugin } from 'chart.js';

// Okabe–Ito: distinguishable with the common colour-vision deficiencies.
export const CHART_PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00'];
export const CHART_INK = '#1b1b1b';

export interface BarSeries {
  label: string;
  data: (number | null)[];
  /** Drawn with a hatched fill, so that colour is not the only difference. */
  hatched: boolean;
}

export interface BarChartInput {
  labels: string[];
  series: BarSeries[];
  unit: string;
  horizontal: boolean;
  /** `vi-VN` or `en-GB`. */
  locale: string;
}

export interface BarChartOptions {
  /** A repeating fill for hatched series, from the canvas in use. */
  pattern: (colour: string) => CanvasPattern | string;
  animation?: boolean;
  /** Build-time images: a fixed size, a pixel ratio and an opaque background. */
  image?: { devicePixelRatio: number; background: string };
  fontFamily?: string;
}

/** The smallest part of a 2D context the hatch tile needs (browser canvas or @napi-rs/canvas). */
interface TileContext {
  fillStyle: unknown;
  strokeStyle: unknown;
  lineWidth: number;
  fillRect(x: number, y: number, w: number, h: number): void;
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  stroke(): void;
}

export const HATCH_TILE = 8;

/** Diagonal stripes of `colour` on white, on an 8×8 tile. */
export function drawHatchTile(ctx: TileContext, colour: string): void {
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, HATCH_TILE, HATCH_TILE);
  ctx.strokeStyle = colour;
  ctx.lineWidth = 2.5;
  ctx.beginPath();
  ctx.moveTo(-2, 10);
  ctx.lineTo(10, -2);
  ctx.moveTo(-2, 2);
  ctx.lineTo(2, -2);
  ctx.moveTo(6, 10);
  ctx.lineTo(10, 6);
  ctx.stroke();
}

/** Each bar labelled with its value, just past its end. */
function valueLabels(format: (n: number) => string, horizontal: boolean, font: string): Plugin<'bar'> {
  return {
    id: 'ntmValueLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.font = font;
      ctx.fillStyle = CHART_INK;
      ctx.textAlign = horizontal ? 'left' : 'center';
      ctx.textBaseline = horizontal ? 'middle' : 'bottom';
      chart.data.datasets.forEach((dataset, i) => {
        const meta = chart.getDatasetMeta(i);
        if (meta.hidden) return;
        meta.data.forEach((bar, j) => {
          const v = dataset.data[j];
          if (typeof v !== 'number') return;
          const { x, y } = bar.getProps(['x', 'y'], true) as { x: number; y: number };
          ctx.fillText(format(v), horizontal ? x + 4 : x, horizontal ? y : y - 3);
        });
      });
      ctx.restore();
    },
  };
}

function background(colour: string): Plugin<'bar'> {
  return {
    id: 'ntmBackground',
    beforeDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.fillStyle = colour;
      ctx.fillRect(0, 0, chart.width, chart.height);
      ctx.restore();
    },
  };
}

export function barChartConfig(input: BarChartInput, options: BarChartOptions): ChartConfiguration<'bar', (number | null)[], string> {
  const { horizontal, unit } = input;
  const number = new Intl.NumberFormat(input.locale, { maximumFractionDigits: 2 });
  const format = (n: number) => number.format(n);
  const family = options.fontFamily ?? 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif';
  const whole = input.series.every((s) => s.data.every((v) => v === null || Number.isInteger(v)));
  const datasets = input.series.map((s, i) => {
    const colour = CHART_PALETTE[i % CHART_PALETTE.length]!;
    return {
      label: s.label,
      data: s.data,
      backgroundColor: s.hatched ? options.pattern(colour) : colour,
      borderColor: CHART_INK,
      borderWidth: 1,
    };
  });
  const valueAxis = horizontal ? 'x' : 'y';
  const categoryAxis = horizontal ? 'y' : 'x';
  const plugins: Plugin<'bar'>[] = [valueLabels(format, horizontal, `12px ${family}`)];
  if (options.image) plugins.unshift(background(options.image.background));
  return {
    type: 'bar',
    data: { labels: input.labels, datasets },
    plugins,
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      skipNull: true,
      maintainAspectRatio: false,
      responsive: !options.image,
      ...(options.image ? { devicePixelRatio: options.image.devicePixelRatio } : {}),
      animation: options.animation === false ? false : { duration: 400 },
      locale: input.locale,
      font: { family },
      color: CHART_INK,
      // Room for the value labels past the longest bar.
      layout: { padding: horizontal ? { right: 56 } : { top: 18 } },
      scales: {
        [valueAxis]: {
          beginAtZero: true,
          title: { display: true, text: unit, color: CHART_INK, font: { family } },
          ticks: { color: CHART_INK, font: { family }, callback: (v: number | string) => format(Number(v)), ...(whole ? { precision: 0 } : {}) },
        },
        [categoryAxis]: { ticks: { autoSkip: false, color: CHART_INK, font: { family } } },
      },
      plugins: {
        legend: { display: datasets.length > 1, labels: { color: CHART_INK, font: { family } } },
        tooltip: {
          enabled: !options.image,
          callbacks: {
            label: (ctx) => `${ctx.dataset.label}: ${format(Number(horizontal ? ctx.parsed.x : ctx.parsed.y))} ${unit}`,
          },
        },
      },
    },
  };
}
