// The image of each chart (publish/chart-image.ts), as the pages use it:
// its address, size and text alternative, and the credit line it carries.
import type { Lang } from '../lib/lang.ts';
import { formatDate } from '../lib/format.ts';
import type { SiteModel } from '../model/types.ts';
import { useTranslations } from '../i18n/index.ts';
import { CHART_IMAGE_RATIO, chartImageSize, renderChartPng } from '../publish/chart-image.ts';
import type { ChartSpec } from './charts.ts';
import { siteName } from './model.ts';
import { chartImagePath } from './routes.ts';

export interface ChartImage {
  src: string;
  /** Layout size; the file has CHART_IMAGE_RATIO times the pixels. */
  width: number;
  height: number;
  /** Pixel size of the file (og:image:width/height). */
  pixelWidth: number;
  pixelHeight: number;
  alt: string;
}

export function chartImage(chart: ChartSpec, lang: Lang): ChartImage {
  const { width, height } = chartImageSize(chart);
  return {
    src: chartImagePath(lang, chart.id),
    width,
    height,
    pixelWidth: Math.round(width * CHART_IMAGE_RATIO),
    pixelHeight: Math.round(height * CHART_IMAGE_RATIO),
    alt: chart.summary,
  };
}

export function chartPng(model: SiteModel, chart: ChartSpec, lang: Lang): Promise<Buffer> {
  const t = useTranslations(lang);
  const credit = [siteName(model, lang), chart.asOf ? `${t('asOf')} ${formatDate(chart.asOf, lang)}` : ''].filter(Boolean).join(' · ');
  return renderChartPng(chart, { locale: lang === 'vi' ? 'vi-VN' : 'en-GB', credit });
}
