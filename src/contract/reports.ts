// What reports (content/reports/*.mdx) may say, shared by the build-time
// validator, the content collection and the MDX components, so that the three
// agree on slugs, dates and error messages.
import { parseDate } from './values.ts';
import { codeLists } from './codes.ts';
import { say } from './messages.ts';
import { tables } from './tables.ts';
import { slugify } from '../lib/text.ts';

export const REPORT_LANGS = ['vi', 'en'] as const;
export type ReportLang = (typeof REPORT_LANGS)[number];

/** A path inside the site for <SiteLink>: relative, no "..", no scheme. */
export const SITE_PATH = /^(?!.*\.\.)[a-z0-9][a-z0-9\-/#.]*$/i;

/** Funding charts a report may name: `<Chart chart="kinh-phi-theo-nguon" />`. */
export const FUNDING_CHARTS = ['kinh-phi-theo-nguon', 'kinh-phi-theo-can-cu'] as const;
export type FundingChartId = (typeof FUNDING_CHARTS)[number];

export const FIGURE_SHOW = ['full', 'value', 'number', 'percent', 'denominator'] as const;
export type FigureShow = (typeof FIGURE_SHOW)[number];

/**
 * What a component's prop names, looked up in the data: an indicator, an
 * indicator with values (for a chart), a unit, a document, a funding line, a
 * funding chart, a date, a path inside the site.
 */
export type PropTarget = 'indicator' | 'chartIndicator' | 'unit' | 'document' | 'funding' | 'fundingChart' | 'date' | 'sitePath';

export interface PropSpec {
  required?: boolean;
  /** What the value names in the data. */
  refersTo?: PropTarget;
  /** The values the prop may take. */
  options?: readonly string[];
  /** The value when the prop is left out. */
  default?: string;
}

export interface ComponentSpec {
  props: Record<string, PropSpec>;
  /** At least one of these props must be given. */
  oneOf?: readonly string[];
  /**
   * Props that together name one row of indicator-values.csv: an indicator
   * value at a date and kind. Where `show` takes one of `needsDenominator`,
   * that row must have a denominator.
   */
  indicatorValue?: { indicator: string; asOf: string; kind: string; show: string; needsDenominator: readonly string[] };
}

/**
 * The components a report may use, each described once: the validator checks
 * reports against these descriptions, and the MDX components render them.
 * Each reads the data; none takes a typed figure.
 */
export const reportComponentSpecs = {
  // <Figure indicator="xa-dat-ntm" asOf="2021-09-30" kind="actual" show="full" />
  Figure: {
    props: {
      indicator: { required: true, refersTo: 'indicator' },
      asOf: { required: true, refersTo: 'date' },
      kind: { options: codeLists.statusKind.codes, default: 'actual' },
      show: { options: FIGURE_SHOW, default: 'full' },
    },
    indicatorValue: { indicator: 'indicator', asOf: 'asOf', kind: 'kind', show: 'show', needsDenominator: ['percent', 'denominator'] },
  },
  // <UnitLink code="15721" />
  UnitLink: { props: { code: { required: true, refersTo: 'unit' } } },
  // <DocRef id="qd-207-2021" show="title" />
  DocRef: { props: { id: { required: true, refersTo: 'document' }, show: { options: ['number', 'title'], default: 'number' } } },
  // <Chart indicator="xa-dat-ntm" /> or <Chart chart="kinh-phi-theo-nguon" />
  Chart: { props: { indicator: { refersTo: 'chartIndicator' }, chart: { refersTo: 'fundingChart' } }, oneOf: ['indicator', 'chart'] },
  // <FundingRef line="huyen-2021-qd5444" show="amount" />
  FundingRef: { props: { line: { required: true, refersTo: 'funding' }, show: { options: ['amount', 'commitment', 'item'], default: 'amount' } } },
  // <DateText iso="2021-12-31" />
  DateText: { props: { iso: { required: true, refersTo: 'date' } } },
  // <SiteLink path="du-lieu/chat-luong/">text</SiteLink>
  SiteLink: { props: { path: { required: true, refersTo: 'sitePath' } } },
} as const satisfies Record<string, ComponentSpec>;

export type ReportComponentName = keyof typeof reportComponentSpecs;

/** Components a report may use. */
export const REPORT_COMPONENTS = Object.keys(reportComponentSpecs) as ReportComponentName[];

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
  indicator: (id: string) => say.content_ref.indicator({ id, file: tables.indicators.file }),
  indicatorValue: (id: string, asOf: string, kind: string) => say.content_ref.indicatorValue({ id, asOf, kind, file: tables['indicator-values'].file }),
  noDenominator: (id: string, asOf: string) => say.content_ref.noDenominator({ id, asOf }),
  unit: (code: string) => say.content_ref.unit({ code, file: tables.units.file }),
  document: (id: string) => say.content_ref.document({ id, file: tables.documents.file }),
  funding: (id: string) => say.content_ref.funding({ id, file: tables.funding.file }),
  chart: (id: string, allowed: string | readonly string[] = FUNDING_CHARTS) =>
    say.content_ref.chart({ id, allowed: typeof allowed === 'string' ? allowed.split(', ') : allowed }),
  date: (value: string) => say.content_ref.date({ value }),
  required: (component: string, prop: string) => say.content_ref.required({ component, prop }),
  option: (component: string, prop: string, value: string, allowed: readonly string[]) => say.content_ref.option({ component, prop, value, allowed }),
  sitePath: (path: string) => say.content_ref.sitePath({ path }),
  component: (name: string) => say.content_ref.component({ name, allowed: REPORT_COMPONENTS }),
};

/** The error a component throws at render time: same words as the validator. */
export function refError(message: { vi: string; en: string }): Error {
  return new Error(`${message.vi}\n${message.en}`);
}
