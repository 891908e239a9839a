// The two catalogue pages: criteria sets (/tieu-chi/) and every indicator
// with all its values (/chi-tieu/, the permalink home of each figure).
import type { Lang } from '../../lib/lang.ts';
import type { SiteModel } from '../../model/types.ts';
import { useTranslations } from '../../i18n/index.ts';
import { siteName } from '../model.ts';
import type { SiteRevisions } from '../revisions.ts';
import { pageMeta } from './page.ts';

export function criteriaView(model: SiteModel, lang: Lang) {
  const t = useTranslations(lang);
  return { page: pageMeta(model, lang, { title: t('crit.title'), description: t('crit.intro') }), sets: model.criteriaSets };
}

export function indicatorsView(model: SiteModel, revisions: SiteRevisions, lang: Lang) {
  const t = useTranslations(lang);
  return {
    page: pageMeta(model, lang, { title: t('ind.title'), description: t('ind.intro') }),
    indicators: model.indicators,
    siteName: siteName(model, lang),
    revisionsOf: revisions.of,
  };
}
