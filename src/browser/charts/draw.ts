// Draws a bar chart from the data table of a <figure data-chart>. The table
// stays in the page: it is the data, the canvas only a picture of it.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);
Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif';
Chart.defaults.color = '#1b1b1b';

// Okabe–Ito: distinguishable with the common colour-vision deficiencies.
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00'];
const OUTLINE = '#1b1b1b';

function hatch(colour: string): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = tile.height = 8;
  const ctx = tile.getContext('2d');
  if (!ctx) return colour;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, 8, 8);
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
  return ctx.createPattern(tile, 'repeat') ?? colour;
}

export function drawChart(figure: HTMLElement): void {
  const table = figure.querySelector('table');
  const holder = figure.querySelector<HTMLElement>('.chart-canvas');
  const canvas = holder?.querySelector('canvas');
  if (!table || !holder || !canvas) return;

  const lang = document.documentElement.lang === 'vi' ? 'vi-VN' : 'en-GB';
  const unit = figure.dataset.unit ?? '';
  const horizontal = figure.dataset.horizontal === 'true';
  const headers = [...table.querySelectorAll('thead th')];
  const columns = headers
    .map((th, index) => ({ th: th as HTMLElement, index }))
    .filter(({ th }) => th.dataset.series !== undefined);
  const rows = [...table.querySelectorAll('tbody tr')];
  const labels = rows.map((r) => r.querySelector('th')?.textContent?.trim() ?? '');
  const datasets = columns.map(({ th, index }, i) => {
    const colour = PALETTE[i % PALETTE.length]!;
    const hatched = th.dataset.hatched === 'true';
    return {
      label: th.textContent?.trim() ?? '',
      data: rows.map((r) => {
        const raw = (r.children[index] as HTMLElement | undefined)?.dataset.value;
        return raw === undefined || raw === '' ? null : Number(raw);
      }),
      backgroundColor: hatched ? hatch(colour) : colour,
      borderColor: OUTLINE,
      borderWidth: 1,
      borderDash: hatched ? [4, 2] : undefined,
    };
  });
  if (datasets.length === 0) return;

  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  holder.hidden = false;
  new Chart(canvas, {
    type: 'bar',
    data: { labels, datasets },
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      skipNull: true,
      maintainAspectRatio: false,
      animation: reduce ? false : { duration: 400 },
      locale: lang,
      scales: {
        [horizontal ? 'x' : 'y']: {
          beginAtZero: true,
          title: { display: true, text: unit },
          ticks: { callback: (v: number | string) => number.format(Number(v)) },
        },
        [horizontal ? 'y' : 'x']: { ticks: { autoSkip: false } },
      },
      plugins: {
        legend: { display: datasets.length > 1, labels: {} },
        tooltip: {
          callbacks: {
            label: (ctx) => `${ctx.dataset.label}: ${number.format(Number(horizontal ? ctx.parsed.x : ctx.parsed.y))} ${unit}`,
          },
        },
      },
    },
  } as ConstructorParameters<typeof Chart>[1]);
  // The table moves behind its disclosure, still in the DOM and one click away.
  const details = figure.querySelector('details');
  if (details) details.open = false;
}
