// The pages of what was done: OCOP products (/ocop/), production models
// (/mo-hinh/) and documents (/van-ban/).
import { codeLists } from '../../contract/codes.ts';
import type { Lang } from '../../lib/lang.ts';
import type { SiteModel } from '../../model/types.ts';
import { useTranslations } from '../../i18n/index.ts';
import { pageMeta } from './page.ts';

export function ocopView(model: SiteModel, lang: Lang) {
  const t = useTranslations(lang);
  // Every product, or (above the list limit) the top star ratings that fit.
  const listing = model.listings.ocop;
  const groups = codeLists.ocopStatus.codes
    .map((status) => ({ status, items: listing.products.filter((p) => p.status === status) }))
    .filter((g) => g.items.length > 0);
  return {
    page: pageMeta(model, lang, { title: t('ocop.title'), kind: 'product', description: t('ocop.description') }),
    total: model.ocopProducts.length,
    listing,
    groups,
    listedStatuses: new Set(groups.map((g) => g.status)),
    totals: new Map(listing.byStatus.map((s) => [s.status, s.n])),
    hasCategory: listing.products.some((p) => p.category),
  };
}

export function modelsView(model: SiteModel, lang: Lang) {
  const t = useTranslations(lang);
  return {
    page: pageMeta(model, lang, { title: t('models.title'), description: t('models.description') }),
    models: model.productionModels,
    // Every model with every row, or (above the list limit) one summary row per model.
    listing: model.listings.models,
    listings: model.listings,
  };
}

export function documentsView(model: SiteModel, lang: Lang) {
  const t = useTranslations(lang);
  // Newest first within each type; undated documents last.
  const newestFirst = (a: { date?: string }, b: { date?: string }) => (b.date ?? '').localeCompare(a.date ?? '');
  return {
    page: pageMeta(model, lang, { title: t('docs.title'), kind: 'document', description: t('docs.description') }),
    total: model.documents.length,
    groups: codeLists.documentType.codes
      .map((type) => ({ type, docs: model.documents.filter((d) => d.type === type).sort(newestFirst) }))
      .filter((g) => g.docs.length > 0),
  };
}
