// Embed pages (/nhung/…): one chart or one headline figure without the site's
// navigation, for other sites to frame; and the <iframe> code that the
// figure's own page offers.
import type { Lang } from '../../lib/lang.ts';
import { nameIn, unitIn } from '../../lib/bilingual.ts';
import { formatDate } from '../../lib/format.ts';
import type { Indicator, SiteModel } from '../../model/types.ts';
import { useTranslations } from '../../i18n/index.ts';
import { CHART_IMAGE_WIDTH, chartImageSize } from '../../publish/chart-image.ts';
import { chartImage } from '../chart-images.ts';
import { allCharts, indicatorChart, type ChartSpec } from '../charts.ts';
import { siteName } from '../model.ts';
import type { SiteRevisions } from '../revisions.ts';
import { chartCsvPath, chartImagePath, embedChartPath, embedFigurePath, figurePath } from '../routes.ts';
import { pageMeta } from './page.ts';

/** Width the iframe heights are reckoned for: a column of text on another site. */
const FRAME_WIDTH = 640;
/** Heading, date and source lines, the table's disclosure and the link back, at that width. */
const CHART_TEXT_HEIGHT = 180;
export const FIGURE_EMBED_HEIGHT = 400;

/** The iframe height for a chart: its text and its image scaled to FRAME_WIDTH, in steps of 20 px. */
export function chartEmbedHeight(chart: Pick<ChartSpec, 'categories' | 'series' | 'horizontal'>): number {
  const image = chartImageSize({ ...chart, unit: '' });
  return Math.ceil((CHART_TEXT_HEIGHT + (image.height * FRAME_WIDTH) / CHART_IMAGE_WIDTH) / 20) * 20;
}

/** An indicator's chart is a column chart, whose height does not depend on its data. */
export const INDICATOR_CHART_EMBED_HEIGHT = chartEmbedHeight({ categories: [], series: [], horizontal: false });

const attr = (s: string) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The code to paste: a titled, borderless frame, as wide as the column it is in. */
export function embedSnippet(url: string, title: string, height: number): string {
  return `<iframe src="${attr(url)}" title="${attr(title)}" width="100%" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

export interface EmbedOffer {
  kind: 'figure' | 'chart';
  path: string;
  title: string;
  height: number;
}

/** What the indicators page offers to embed for one indicator: its headline figure, if it is one, and its chart, if it has one. */
export function indicatorEmbeds(model: SiteModel, indicator: Indicator, lang: Lang): EmbedOffer[] {
  const title = frameTitleText(nameIn(indicator, lang), siteName(model, lang), lang);
  const offers: EmbedOffer[] = [];
  if (model.headline.includes(indicator)) offers.push({ kind: 'figure', path: embedFigurePath(lang, indicator), title, height: FIGURE_EMBED_HEIGHT });
  const chart = indicatorChart(model, indicator.id, lang);
  if (chart) offers.push({ kind: 'chart', path: embedChartPath(lang, chart.id), title, height: chartEmbedHeight(chart) });
  return offers;
}

/** The iframe's title: what it shows, and from which site. */
export function frameTitleText(title: string, site: string, lang: Lang): string {
  return useTranslations(lang)('embed.frameTitle', { title, site });
}

/** The page's <title>: the title and the site's name while they fit in 70 characters, else the title alone. */
export function embedTitle(title: string, site: string): string {
  const both = `${title} · ${site}`;
  return both.length <= 70 ? both : title.length <= 70 ? title : `${title.slice(0, 69)}…`;
}

/** Every chart has an embed page: the charts that have a CSV and an image. */
export const embedCharts = (model: SiteModel, lang: Lang): ChartSpec[] => allCharts(model, lang);

/** Every headline figure of the overview has one too. */
export const embedFigures = (model: SiteModel): Indicator[] => model.headline;

export function embedChartView(model: SiteModel, chart: ChartSpec, lang: Lang) {
  const image = chartImage(chart, lang);
  return {
    page: pageMeta(model, lang, { title: chart.title, description: chart.summary, noindex: true, image }),
    chart,
    image,
    csv: chartCsvPath(lang, chart.id),
    png: chartImagePath(lang, chart.id),
    home: chart.home,
    site: siteName(model, lang),
  };
}

export function embedFigureView(model: SiteModel, indicator: Indicator, revisions: SiteRevisions, lang: Lang) {
  const t = useTranslations(lang);
  const latest = indicator.latest!;
  const chart = indicatorChart(model, indicator.id, lang);
  const name = nameIn(indicator, lang);
  return {
    page: pageMeta(model, lang, {
      title: name,
      description: `${name}: ${t('asOf')} ${formatDate(latest.as_of, lang)}`,
      noindex: true,
      image: chart ? chartImage(chart, lang) : undefined,
    }),
    indicator,
    name,
    unit: unitIn(indicator, lang),
    latest,
    revisions: revisions.of(latest),
    home: figurePath(lang, latest),
    site: siteName(model, lang),
  };
}
