// The overview: headline figures, charts of the main series, what changed,
// the latest report and where to go next.
import type { Lang } from '../../lib/lang.ts';
import { formatDate } from '../../lib/format.ts';
import type { SiteModel } from '../../model/types.ts';
import { useTranslations } from '../../i18n/index.ts';
import { chartImage } from '../chart-images.ts';
import { fundingChart, indicatorChart, type ChartSpec } from '../charts.ts';
import { siteName } from '../model.ts';
import { reportsFor, type ReportSummary } from '../reports.ts';
import type { SiteRevisions } from '../revisions.ts';
import { pageMeta } from './page.ts';

export function overviewView(model: SiteModel, reports: ReportSummary[], revisions: SiteRevisions, lang: Lang) {
  const t = useTranslations(lang);
  const title = siteName(model, lang);
  const intro = model.latestAsOf ? t('ov.intro', { name: model.root.name, date: formatDate(model.latestAsOf, lang) }) : undefined;
  const charts: ChartSpec[] = [
    ...model.headline.filter((ind) => ind.values.length > 1).slice(0, 2).map((ind) => indicatorChart(model, ind.id, lang)),
    fundingChart(model, 'kinh-phi-theo-nguon', lang),
  ].filter((c) => c !== undefined);
  return {
    page: pageMeta(model, lang, { title, description: intro ?? t('site.tagline'), image: charts[0] && chartImage(charts[0], lang) }),
    title,
    intro,
    siteName: title,
    headline: model.headline,
    revisionsOf: revisions.of,
    indicatorCount: model.indicators.length,
    charts,
    change: model.changes.at(-1),
    latestReport: reportsFor(reports, lang).mine[0],
  };
}
