// The two catalogue pages: criteria sets (/tieu-chi/) and every indicator
// with all its values (/chi-tieu/, the permalink home of each figure).
import type { Lang } from '../../lib/lang.ts';
import type { SiteModel } from '../../model/types.ts';
import { useTranslations } from '../../i18n/index.ts';
import { siteName } from '../model.ts';
import type { SiteRevisions } from '../revisions.ts';
import { pageMeta } from './page.ts';
import { ruleText } from '../figures.ts';
import { absoluteUrl, pagePath } from '../routes.ts';
import { formatDate } from '../../lib/format.ts';
import { indicatorEmbeds } from './embed.ts';

export function criteriaView(model: SiteModel, lang: Lang) {
  const t = useTranslations(lang);
  return { page: pageMeta(model, lang, { title: t('crit.title'), description: t('crit.intro') }), sets: model.criteriaSets };
}

export function indicatorsView(model: SiteModel, revisions: SiteRevisions, lang: Lang, site: URL | undefined) {
  const t = useTranslations(lang);
  return {
    page: pageMeta(model, lang, { title: t('ind.title'), description: t('ind.intro') }),
    indicators: model.indicators.map((indicator) => ({
      indicator,
      rule: indicator.rule && ruleText(indicator.rule, model.criteriaSetById, lang),
      embeds: indicatorEmbeds(model, indicator, lang),
    })),
    siteName: siteName(model, lang),
    cite: { text: t('cite.page', { page: t('ind.title'), site: siteName(model, lang), date: model.latestAsOf ? formatDate(model.latestAsOf, lang) : '…' }), url: absoluteUrl(pagePath(lang, 'indicators'), site) },
    revisionsOf: revisions.of,
  };
}
