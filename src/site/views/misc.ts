// The search page and the one 404 page.
import type { Lang } from '../../lib/lang.ts';
import type { SiteModel } from '../../model/types.ts';
import { useTranslations } from '../../i18n/index.ts';
import { localePath } from '../routes.ts';
import { pageMeta } from './page.ts';

export function searchView(model: SiteModel, lang: Lang) {
  const t = useTranslations(lang);
  return { page: pageMeta(model, lang, { title: t('search.title'), noindex: true }) };
}

/** Static hosts serve /404.html for any missing page, so it speaks both languages. */
export function notFoundView(model: SiteModel) {
  return { page: pageMeta(model, 'vi', { title: 'Không tìm thấy trang / Page not found', noindex: true, alternate: localePath('en') }) };
}
