// What every page's shell (layouts/Base.astro) shows: title, description,
// the site's name and the data's as-of date.
import type { Lang } from '../../lib/lang.ts';
import type { SiteModel } from '../../model/types.ts';
import type { ChartImage } from '../chart-images.ts';
import { siteName } from '../model.ts';

export type SearchKind = 'commune' | 'product' | 'document' | 'report' | 'page';

export interface PageMeta {
  lang: Lang;
  title: string;
  description?: string;
  /** Pagefind result kind. */
  kind: SearchKind;
  /** Left out of the search index and the sitemap (404, search page). */
  noindex: boolean;
  /** The other language's version, when it is not the same path under the other prefix. */
  alternate?: string;
  siteName: string;
  latestAsOf?: string;
  /** The page's picture for link previews (og:image): a chart drawn at build time. */
  image?: ChartImage;
}

export function pageMeta(
  model: SiteModel,
  lang: Lang,
  page: { title: string; description?: string; kind?: SearchKind; noindex?: boolean; alternate?: string; image?: ChartImage },
): PageMeta {
  return { kind: 'page', noindex: false, ...page, lang, siteName: siteName(model, lang), latestAsOf: model.latestAsOf };
}
