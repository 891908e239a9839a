// Every internal link goes through here, so BASE_PATH and the language
// prefix are applied in one place.
import type { Lang } from '../lib/lang.ts';
import type { SiteModel } from '../model/types.ts';

// Vite replaces `import.meta.env.BASE_URL` only when written out in full (no `?.`);
// plain Node (check script, unit tests) has no import.meta.env at all.
const base = ((import.meta.env ? import.meta.env.BASE_URL : undefined) ?? '/').replace(/\/?$/, '/');

/** `localePath('en', 'xa/dong-loi-15721/')` → `/base/en/xa/dong-loi-15721/`. */
export function localePath(lang: Lang, path = ''): string {
  const clean = path.replace(/^\//, '');
  return `${base}${lang === 'en' ? 'en/' : ''}${clean}`;
}

/** A file in public/ or dist/ that is not language-specific. */
export function assetPath(path: string): string {
  return `${base}${path.replace(/^\//, '')}`;
}

/** The same page in the other language, from the current pathname. */
export function otherLangPath(pathname: string, lang: Lang): string {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  const withoutLang = lang === 'en' ? rest.replace(/^en(\/|$)/, '') : rest;
  return localePath(lang === 'en' ? 'vi' : 'en', withoutLang);
}

/**
 * Where a funding line can be read: its anchor on /kinh-phi/ when that page
 * lists every line, else its commune's page, else its source's totals.
 */
export function fundingLineHref(model: SiteModel, lang: Lang, id: string): string {
  const line = model.funding.lines.get(id);
  if (!line || model.listings.funding.linesListed) return localePath(lang, `kinh-phi/#${id}`);
  const unit = line.unitCode ? model.unitByCode.get(line.unitCode) : undefined;
  return unit ? localePath(lang, `xa/${unit.slug}/#funding-h`) : localePath(lang, `kinh-phi/#nguon-${line.source}`);
}


const listedProducts = new WeakMap<SiteModel, Set<string>>();

/** An OCOP product's anchor on /ocop/, or undefined when that page does not list it. */
export function ocopProductHref(model: SiteModel, lang: Lang, id: string): string | undefined {
  let listed = listedProducts.get(model);
  if (!listed) listedProducts.set(model, (listed = new Set(model.listings.ocop.productIds)));
  return listed.has(id) ? localePath(lang, `ocop/#${id}`) : undefined;
}
