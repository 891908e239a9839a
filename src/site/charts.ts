// Chart specifications, built from the model at build time. One spec feeds
// the HTML table, the canvas (which reads that table) and the CSV download,
// so the three can never disagree.
import type { Indicator, SiteModel, SourceRef } from '../model/types.ts';
import type { Lang } from '../lib/lang.ts';
import { useTranslations } from '../i18n/index.ts';
import { formatDate, formatNumber } from '../lib/format.ts';
import { chartAnchor, chartCsvPath, documentPath, indicatorPath, pagePath } from './routes.ts';
import { nameIn, twin, unitIn } from '../lib/bilingual.ts';
import { capitalise, slugify } from '../lib/text.ts';
import { csvTable } from '../publish/csv.ts';
import { FUNDING_CHARTS, type FundingChartId } from '../contract/reports.ts';

export { FUNDING_CHARTS, type FundingChartId };

export interface ChartCategory {
  /** Stable key: an ISO date, a code or a label. Used in the CSV. */
  key: string;
  label: string;
}

export interface ChartSeries {
  key: string;
  label: string;
  values: (number | undefined)[];
  /** Drawn with a hatched fill, so that colour is not the only difference. */
  hatched: boolean;
  /** Shown in the table and CSV but not drawn (e.g. denominators). */
  tableOnly?: boolean;
}

export interface ChartSource {
  text: string;
  href?: string;
}

export interface ChartSpec {
  /** File-safe and the same in both languages: names the CSV. */
  id: string;
  title: string;
  /** What the chart shows, title first: the text alternative of its image and canvas. */
  summary: string;
  /** The same without the title, shown under it: what a sighted reader gets from the bars. */
  reading: string;
  unit: string;
  categoryLabel: string;
  categories: ChartCategory[];
  series: ChartSeries[];
  asOf?: string;
  sources: ChartSource[];
  horizontal: boolean;
  /** Where the chart belongs on the site: its indicator's section, or its figure on /kinh-phi/. */
  home: string;
}


export const indicatorChartId = (indicatorId: string): string => `chi-tieu-${slugify(indicatorId) || 'x'}`;

function sourcesOf(refs: (SourceRef | undefined)[], lang: Lang): ChartSource[] {
  const out = new Map<string, ChartSource>();
  for (const ref of refs) {
    if (!ref) continue;
    if (ref.document) {
      const d = ref.document;
      out.set(`d:${d.id}`, { text: `${d.number} (${twin(d, 'title', lang)?.text ?? d.title})`, href: documentPath(lang, d) });
    } else out.set(`t:${ref.text}`, { text: ref.text });
  }
  return [...out.values()];
}

/** Lists at most a few "label value" pairs in a sentence, then "and N more". */
function listSentence(parts: string[], lang: Lang, max = 4): string {
  const t = useTranslations(lang);
  const shown = parts.slice(0, max);
  const rest = parts.length - shown.length;
  return rest > 0 ? `${shown.join('; ')}; ${t('chart.andMore', { n: formatNumber(rest, lang) })}` : shown.join('; ');
}

/** Actual values and targets of one indicator, by date. */
export function indicatorChart(model: SiteModel, indicatorId: string, lang: Lang): ChartSpec | undefined {
  const ind: Indicator | undefined = model.indicatorById.get(indicatorId);
  if (!ind || ind.values.length === 0) return undefined;
  const t = useTranslations(lang);
  const dates = [...new Set(ind.values.map((v) => v.as_of))].sort();
  const at = (kind: 'actual' | 'target', date: string) => ind.values.find((v) => v.kind === kind && v.as_of === date);
  const series: ChartSeries[] = [
    { key: 'actual', label: t('chart.actual'), values: dates.map((d) => at('actual', d)?.value), hatched: false },
    { key: 'target', label: t('chart.target'), values: dates.map((d) => at('target', d)?.value), hatched: true },
  ].filter((s) => s.values.some((v) => v !== undefined));
  if (ind.values.some((v) => v.denominator !== undefined)) {
    series.push({
      key: 'denominator',
      label: t('chart.denominator'),
      values: dates.map((d) => (at('actual', d) ?? at('target', d))?.denominator),
      hatched: false,
      tableOnly: true,
    });
  }
  const unit = unitIn(ind, lang);
  const phrase = (v: { value: number; denominator?: number; as_of: string }) =>
    `${formatNumber(v.value, lang)}${v.denominator !== undefined ? `/${formatNumber(v.denominator, lang)}` : ''} ${unit} (${formatDate(v.as_of, lang)})`;
  const actualText = ind.actuals.map(phrase);
  const targetText = ind.targets.map(phrase);
  const reading =
    [
      actualText.length > 0 ? `${t('chart.actual')}: ${listSentence(actualText, lang)}` : '',
      targetText.length > 0 ? `${t('chart.target')}: ${listSentence(targetText, lang)}` : '',
    ]
      .filter(Boolean)
      .join('. ') + '.';
  const title = nameIn(ind, lang);
  return {
    id: indicatorChartId(ind.id),
    title,
    summary: `${title}. ${reading}`,
    reading,
    unit,
    categoryLabel: t('chart.date'),
    categories: dates.map((d) => ({ key: d, label: formatDate(d, lang) })),
    series,
    asOf: ind.latest?.as_of ?? dates.at(-1),
    sources: sourcesOf(
      ind.values.map((v) => v.sourceRef),
      lang,
    ),
    horizontal: false,
    home: indicatorPath(lang, ind),
  };
}

/** As-of date and sources of the funding figures: those of indicators computed from funding.csv, if any. */
function fundingProvenance(model: SiteModel, lang: Lang): { asOf?: string; sources: ChartSource[] } {
  const t = useTranslations(lang);
  const vals = model.indicators.filter((i) => i.rule?.kind === 'funding_amount').flatMap((i) => i.actuals);
  const asOf = vals.map((v) => v.as_of).sort().at(-1) ?? model.latestAsOf;
  const cited = sourcesOf(vals.map((v) => v.sourceRef), lang);
  // Without an indicator that cites the report, the funding page is where each line's decision is named.
  return { asOf, sources: cited.length > 0 ? cited : [{ text: t('funding.title'), href: pagePath(lang, 'funding') }] };
}

export function fundingChart(model: SiteModel, which: FundingChartId, lang: Lang): ChartSpec | undefined {
  const f = model.funding;
  if (f.roots.length === 0) return undefined;
  const t = useTranslations(lang);
  const groups = which === 'kinh-phi-theo-nguon' ? f.bySource : f.byBasis;
  const unit = t('chart.millionVnd');
  const multiYear = f.years.length > 1;
  const series: ChartSeries[] = multiYear
    ? f.years.map((year, i) => ({
        key: String(year),
        label: t('chart.year', { year }),
        values: groups.map((g) => g.byYear.find((y) => y.year === year)?.total),
        hatched: i % 2 === 1,
      }))
    : [{ key: 'amount', label: t('chart.amount'), values: groups.map((g) => g.total), hatched: false }];
  const years = f.years.join(', ');
  const { asOf, sources } = fundingProvenance(model, lang);
  const listed = listSentence(groups.map((g) => `${g.label[lang]} ${formatNumber(g.total, lang)} ${unit}`), lang);
  const title = t(which === 'kinh-phi-theo-nguon' ? 'chart.fundingBySource' : 'chart.fundingByBasis', { years });
  return {
    id: which,
    title,
    summary: `${title}: ${listed}.`,
    reading: `${capitalise(listed)}.`,
    unit,
    categoryLabel: t(which === 'kinh-phi-theo-nguon' ? 'chart.sourceCol' : 'chart.basisCol'),
    categories: groups.map((g) => ({ key: g.label[lang], label: g.label[lang] })),
    series,
    asOf,
    sources,
    horizontal: true,
    home: pagePath(lang, 'funding', chartAnchor(which)),
  };
}

/** Every chart the site publishes a CSV for, in one language. */
export function allCharts(model: SiteModel, lang: Lang): ChartSpec[] {
  return [
    ...FUNDING_CHARTS.map((c) => fundingChart(model, c, lang)),
    ...model.indicators.map((i) => indicatorChart(model, i.id, lang)),
  ].filter((c): c is ChartSpec => c !== undefined);
}

export { chartCsvPath };

/** UTF-8 CSV (with a BOM so that Excel reads Vietnamese), comma, plain numbers, one row per category. */
export function chartCsv(chart: ChartSpec): string {
  const header = [chart.categoryLabel, ...chart.series.map((s) => `${s.label} (${chart.unit})`)];
  return csvTable(header, chart.categories.map((c, i) => [c.key, ...chart.series.map((s) => s.values[i])]));
}
