// Draws a bar chart from the data table of a <figure data-chart>. The table
// stays in the page: it is the data, the canvas only a picture of it.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { barChartConfig, drawHatchTile, HATCH_TILE } from '../../lib/chart-config.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

function hatch(colour: string): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = tile.height = HATCH_TILE;
  const ctx = tile.getContext('2d');
  if (!ctx) return colour;
  drawHatchTile(ctx, colour);
  return ctx.createPattern(tile, 'repeat') ?? colour;
}

export function drawChart(figure: HTMLElement): void {
  const table = figure.querySelector('table');
  const holder = figure.querySelector<HTMLElement>('.chart-canvas');
  const canvas = holder?.querySelector('canvas');
  if (!table || !holder || !canvas) return;

  const headers = [...table.querySelectorAll('thead th')];
  const columns = headers
    .map((th, index) => ({ th: th as HTMLElement, index }))
    .filter(({ th }) => th.dataset.series !== undefined);
  const rows = [...table.querySelectorAll('tbody tr')];
  const series = columns.map(({ th, index }) => ({
    label: th.textContent?.trim() ?? '',
    hatched: th.dataset.hatched === 'true',
    data: rows.map((r) => {
      const raw = (r.children[index] as HTMLElement | undefined)?.dataset.value;
      return raw === undefined || raw === '' ? null : Number(raw);
    }),
  }));
  if (series.length === 0) return;

  const input = {
    labels: rows.map((r) => r.querySelector('th')?.textContent?.trim() ?? ''),
    series,
    unit: figure.dataset.unit ?? '',
    horizontal: figure.dataset.horizontal === 'true',
    locale: document.documentElement.lang === 'vi' ? 'vi-VN' : 'en-GB',
  };
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  holder.hidden = false;
  new Chart(canvas, barChartConfig(input, { pattern: hatch, animation: !reduce }));
  // The picture drawn at build time gives way to the canvas; print keeps the picture.
  figure.dataset.drawn = 'true';
  // The table moves behind its disclosure, still in the DOM and one click away.
  const details = figure.querySelector('details');
  if (details) details.open = false;
}
