// What reports (content/reports/*.mdx) may say, shared by the build-time
// validator, the content collection and the MDX components, so that the three
// agree on slugs, dates and error messages.
import { parseDate } from './values.ts';
import { slugify } from '../lib/text.ts';

export const REPORT_LANGS = ['vi', 'en'] as const;
export type ReportLang = (typeof REPORT_LANGS)[number];

/** Components a report may use. Each reads the data; none takes a typed figure. */
export const REPORT_COMPONENTS = ['Figure', 'UnitLink', 'DocRef', 'Chart', 'FundingRef', 'DateText', 'SiteLink'] as const;

/** A path inside the site for <SiteLink>: relative, no "..", no scheme. */
export const SITE_PATH = /^(?!.*\.\.)[a-z0-9][a-z0-9\-/#.]*$/i;

/** Funding charts a report may name: `<Chart chart="kinh-phi-theo-nguon" />`. */
export const FUNDING_CHARTS = ['kinh-phi-theo-nguon', 'kinh-phi-theo-can-cu'] as const;
export type FundingChartId = (typeof FUNDING_CHARTS)[number];

export const FIGURE_SHOW = ['full', 'value', 'number', 'percent', 'denominator'] as const;
export type FigureShow = (typeof FIGURE_SHOW)[number];

/**
 * `bao-cao-9-thang-2021.vi.mdx` and `bao-cao-9-thang-2021/vi.mdx` both give
 * `bao-cao-9-thang-2021`: the two languages of a report share one slug.
 */
export function reportSlug(entry: string): string {
  const noExt = entry.replace(/\\/g, '/').replace(/\.(md|mdx)$/i, '');
  const noLang = noExt.replace(/([./])(vi|en)$/i, '').replace(/\/index$/i, '');
  return noLang.split('/').map(slugify).filter(Boolean).join('-') || 'bao-cao';
}

/**
 * A report may name the root unit of the data set it was written for
 * (`unit: "397"`). Under another data set it is left out, with a warning,
 * instead of failing on references that belong elsewhere.
 */
export function reportBelongs(unit: unknown, rootCode: string | undefined): boolean {
  return unit === undefined || unit === null || rootCode === undefined || String(unit) === rootCode;
}

/** A frontmatter date: a YAML date, or text in one of the contract's date forms, to ISO. */
export function frontmatterDate(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') {
    const parsed = parseDate(value);
    return parsed.ok ? parsed.value : undefined;
  }
  return undefined;
}

/** Messages for unknown references, used by the validator and, at render time, by the components. */
export const refMessages = {
  indicator: (id: string) => ({
    vi: `Chỉ tiêu "${id}" không có trong indicators.csv.`,
    en: `Indicator "${id}" is not in indicators.csv.`,
  }),
  indicatorValue: (id: string, asOf: string, kind: string) => ({
    vi: `indicator-values.csv không có dòng nào cho chỉ tiêu "${id}", ngày ${asOf}, loại "${kind}".`,
    en: `indicator-values.csv has no row for indicator "${id}", date ${asOf}, kind "${kind}".`,
  }),
  noDenominator: (id: string, asOf: string) => ({
    vi: `Chỉ tiêu "${id}" ngày ${asOf} không có mẫu số (denominator), nên không thể hiện tỷ lệ hay mẫu số.`,
    en: `Indicator "${id}" on ${asOf} has no denominator, so it cannot show a percentage or denominator.`,
  }),
  unit: (code: string) => ({
    vi: `Mã đơn vị "${code}" không có trong units.csv.`,
    en: `Unit code "${code}" is not in units.csv.`,
  }),
  document: (id: string) => ({
    vi: `Văn bản "${id}" không có trong documents.csv (cột id).`,
    en: `Document "${id}" is not in documents.csv (id column).`,
  }),
  funding: (id: string) => ({
    vi: `Dòng kinh phí "${id}" không có trong funding.csv.`,
    en: `Funding line "${id}" is not in funding.csv.`,
  }),
  chart: (id: string, allowed: string) => ({
    vi: `Không có biểu đồ "${id}". Dùng indicator="<mã chỉ tiêu>" hoặc chart= một trong: ${allowed}.`,
    en: `There is no chart "${id}". Use indicator="<indicator id>" or chart= one of: ${allowed}.`,
  }),
  date: (value: string) => ({
    vi: `Ngày "${value}" không hợp lệ: dùng YYYY-MM-DD, DD/MM/YYYY hoặc D/M/YYYY.`,
    en: `Date "${value}" is not valid: use YYYY-MM-DD, DD/MM/YYYY or D/M/YYYY.`,
  }),
  required: (component: string, prop: string) => ({
    vi: `<${component}> thiếu thuộc tính ${prop}.`,
    en: `<${component}> is missing its ${prop} attribute.`,
  }),
  option: (component: string, prop: string, value: string, allowed: readonly string[]) => ({
    vi: `<${component} ${prop}="${value}">: giá trị không hợp lệ, dùng một trong: ${allowed.join(', ')}.`,
    en: `<${component} ${prop}="${value}">: not allowed, use one of: ${allowed.join(', ')}.`,
  }),
  sitePath: (path: string) => ({
    vi: `Đường dẫn "${path}" không hợp lệ: viết đường dẫn trong trang, không có "/" ở đầu, ví dụ "du-lieu/chat-luong/".`,
    en: `Path "${path}" is not valid: write a path within the site without a leading "/", e.g. "du-lieu/chat-luong/".`,
  }),
  component: (name: string) => ({
    vi: `Thành phần <${name}> không tồn tại. Báo cáo chỉ dùng được: ${REPORT_COMPONENTS.join(', ')}.`,
    en: `There is no <${name}> component. Reports can use: ${REPORT_COMPONENTS.join(', ')}.`,
  }),
};

/** The error a component throws at render time: same words as the validator. */
export function refError(message: { vi: string; en: string }): Error {
  return new Error(`${message.vi}\n${message.en}`);
}
