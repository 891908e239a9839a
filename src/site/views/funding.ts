// /kinh-phi/: totals by source and legal basis, the charts, the units with
// funding, and every line (or, above the list limit, totals per group).
import type { Issue } from '../../contract/issues.ts';
import { tables } from '../../contract/tables.ts';
import { groupBy } from '../../lib/collections.ts';
import type { Lang } from '../../lib/lang.ts';
import type { SiteModel } from '../../model/types.ts';
import { useTranslations } from '../../i18n/index.ts';
import { chartImage } from '../chart-images.ts';
import { fundingChart } from '../charts.ts';
import { siteName } from '../model.ts';
import { pageMeta } from './page.ts';

export function fundingView(model: SiteModel, lang: Lang) {
  const t = useTranslations(lang);
  const file = tables.funding.file;
  const warnings: Map<number, Issue[]> = groupBy(
    model.warnings.filter((w) => w.file === file && w.line !== undefined),
    (w) => w.line!,
  );
  const bySource = fundingChart(model, 'kinh-phi-theo-nguon', lang);
  return {
    page: pageMeta(model, lang, { title: t('funding.title'), description: t('funding.description'), image: bySource && chartImage(bySource, lang) }),
    siteName: siteName(model, lang),
    funding: model.funding,
    listing: model.listings.funding,
    listings: model.listings,
    warnings,
    bySource,
    byBasis: fundingChart(model, 'kinh-phi-theo-can-cu', lang),
  };
}
