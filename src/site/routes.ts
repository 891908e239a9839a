// Every URL of the site, in one place: the base path and the language prefix
// are applied here, and every link to an entity is built by its function.
import type { TableName } from '../contract/tables.ts';
import type { Lang } from '../lib/lang.ts';
import { slugify } from '../lib/text.ts';
import type { CriteriaSet, DocumentRow, FundingLine, Indicator, IndicatorValue, Listings, OcopProduct, ProductionModel, Unit } from '../model/types.ts';
import type { PresentUnit } from '../model/lineage.ts';

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

/** The site's pages, by what they are; paths relative to the language root. */
export const pagePaths = {
  overview: '',
  units: 'xa/',
  criteria: 'tieu-chi/',
  indicators: 'chi-tieu/',
  ocop: 'ocop/',
  funding: 'kinh-phi/',
  models: 'mo-hinh/',
  documents: 'van-ban/',
  reports: 'bao-cao/',
  data: 'du-lieu/',
  dictionary: 'du-lieu/tu-dien/',
  quality: 'du-lieu/chat-luong/',
  changes: 'du-lieu/thay-doi/',
  revisions: 'du-lieu/sua-doi/',
  guide: 'du-lieu/cap-nhat-du-lieu/',
  templates: 'du-lieu/mau/',
  checker: 'du-lieu/kiem-tra/',
  about: 'gioi-thieu/',
  search: 'tim-kiem/',
  feed: 'feed.xml',
} as const;
export type PageName = keyof typeof pagePaths;

export const pagePath = (lang: Lang, page: PageName, hash?: string): string => localePath(lang, pagePaths[page]) + (hash ? `#${hash}` : '');

/** Every unit, the root included, has its own page. */
export const unitPath = (lang: Lang, unit: Unit, hash?: string): string => localePath(lang, `xa/${unit.slug}/`) + (hash ? `#${hash}` : '');

/** A present-day unit reached by a chain: under /xa/ too; its slug (`tho-phu-15763-2025`) never meets a unit's. */
export const presentUnitPath = (lang: Lang, unit: PresentUnit, hash?: string): string => localePath(lang, `xa/${unit.slug}/`) + (hash ? `#${hash}` : '');

export const documentPath = (lang: Lang, doc: DocumentRow): string => pagePath(lang, 'documents', doc.id);
export const criteriaSetPath = (lang: Lang, set: CriteriaSet): string => pagePath(lang, 'criteria', set.id);
export const indicatorSectionId = (indicator: Indicator): string => `ind-${slugify(indicator.id)}`;
export const indicatorPath = (lang: Lang, indicator: Indicator): string => pagePath(lang, 'indicators', indicatorSectionId(indicator));
/** The permalink of one figure: its row on the indicators page. */
export const figurePath = (lang: Lang, value: IndicatorValue): string => pagePath(lang, 'indicators', value.anchor);
export const productionModelPath = (lang: Lang, model: ProductionModel): string => pagePath(lang, 'models', model.id);
export const reportPath = (lang: Lang, slug: string): string => localePath(lang, `bao-cao/${slug}/`);
export const chartCsvPath = (lang: Lang, chartId: string): string => localePath(lang, `bieu-do/${chartId}.csv`);
/** The chart drawn at build time, beside its CSV. */
export const chartImagePath = (lang: Lang, chartId: string): string => localePath(lang, `bieu-do/${chartId}.png`);
/** A chart's own place on the site: its figure on the page that shows it. */
export const chartAnchor = (chartId: string): string => `bieu-do-${chartId}`;

// Embeds (/nhung/…): the only pages other sites may frame (docs/deploy.md).
export const EMBED_SEGMENT = 'nhung';
export const embedChartPath = (lang: Lang, chartId: string): string => localePath(lang, `${EMBED_SEGMENT}/bieu-do/${chartId}/`);
export const embedFigurePath = (lang: Lang, indicator: Indicator): string => localePath(lang, `${EMBED_SEGMENT}/so-lieu/${slugify(indicator.id) || 'x'}/`);
/** True for the path of an embed page in either language, under the site's base path (or the one given). */
export function isEmbedPath(pathname: string, basePath = base): boolean {
  const b = basePath.replace(/\/?$/, '/');
  const rest = pathname.startsWith(b) ? pathname.slice(b.length) : pathname.replace(/^\//, '');
  return rest.startsWith(`${EMBED_SEGMENT}/`) || rest.startsWith(`en/${EMBED_SEGMENT}/`);
}

/**
 * The file name of an entity in the JSON API: its code or id where that is
 * file-safe, else `x-` and the hex of its UTF-8 bytes (unique and stable).
 */
export function apiKey(id: string): string {
  return /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id) ? id : `x-${[...new TextEncoder().encode(id)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}
export const API_VERSION = 'v1';
export const apiIndexPath = (): string => assetPath(`api/${API_VERSION}/index.json`);
/** Where a unit's API file lies in the built site, without the base path. */
export const apiUnitFile = (unit: Unit): string => `api/${API_VERSION}/units/${apiKey(unit.code)}.json`;
export const apiUnitPath = (unit: Unit): string => assetPath(apiUnitFile(unit));
export const apiIndicatorPath = (indicator: Indicator): string => assetPath(`api/${API_VERSION}/indicators/${apiKey(indicator.id)}.json`);
/** The revision history of the published figures, carried from build to build. */
export const revisionsJsonPath = (): string => assetPath('du-lieu/sua-doi.json');
/** Where a table's download lies in the built site, without the base path. */
export const downloadFile = (table: TableName, format: 'csv' | 'json'): string => `du-lieu/${table}.${format}`;
export const downloadPath = (table: TableName, format: 'csv' | 'json'): string => assetPath(downloadFile(table, format));
export const templatePath = (table: TableName): string => assetPath(`du-lieu/mau/${table}.csv`);
/** The template workbooks: blank, and filled with the site's current data. */
export const WORKBOOK_FILES = { blank: 'so-tinh-mau.xlsx', filled: 'so-tinh-du-lieu.xlsx' } as const;
export const workbookPath = (kind: keyof typeof WORKBOOK_FILES): string => assetPath(`du-lieu/mau/${WORKBOOK_FILES[kind]}`);
export const dataPackagePath = (): string => assetPath('du-lieu/datapackage.json');

/**
 * Where a funding line can be read: its anchor on /kinh-phi/ when that page
 * lists every line, else its commune's page, else its source's totals.
 */
export function fundingLinePath(lang: Lang, listings: Listings, line: FundingLine): string {
  if (listings.funding.linesListed) return pagePath(lang, 'funding', line.id);
  return line.unit ? unitPath(lang, line.unit, 'funding-h') : pagePath(lang, 'funding', `nguon-${line.source}`);
}

/** An OCOP product's row on /ocop/, or undefined when that page does not list it. */
export function ocopProductPath(lang: Lang, listings: Listings, product: OcopProduct): string | undefined {
  return listings.ocop.listed.has(product) ? pagePath(lang, 'ocop', product.id) : undefined;
}

/** An absolute URL, when the site's address is known. */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return site ? new URL(path, site).href : path;
}

/** The language of a page from its path: /en/… is English, anything else Vietnamese. */
export function langOfPath(pathname: string): Lang {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  return /^en(\/|$)/.test(rest) ? 'en' : 'vi';
}
