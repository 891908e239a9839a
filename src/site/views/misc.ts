// The search page and the one 404 page.
import type { Lang } from '../../lib/lang.ts';
import type { SiteModel } from '../../model/types.ts';
import { useTranslations } from '../../i18n/index.ts';
import { localePath, unitPath } from '../routes.ts';
import { pageMeta } from './page.ts';

export function searchView(model: SiteModel, lang: Lang) {
  const t = useTranslations(lang);
  // Without scripts there is no search; the units are listed instead, so a commune can still be found.
  const listing = model.listings.units;
  return {
    page: pageMeta(model, lang, { title: t('search.title'), noindex: true }),
    units: listing.units.map((u) => ({ name: u.name, href: unitPath(lang, u), parent: u.parent && u.parent !== model.root ? u.parent.name : undefined })),
    unitsComplete: listing.complete,
  };
}

/** Static hosts serve /404.html for any missing page, so it speaks both languages. */
export function notFoundView(model: SiteModel) {
  return { page: pageMeta(model, 'vi', { title: 'Không tìm thấy trang / Page not found', noindex: true, alternate: localePath('en') }) };
}
