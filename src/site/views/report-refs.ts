// What a report's MDX components show for the ids its author wrote. MDX
// components get no other props, so each makes one of these calls; an
// unknown id stops the build with the same message the data check gives.
import { codeLabel } from '../../contract/codes.ts';
import { FIGURE_SHOW, FUNDING_CHARTS, type FigureShow, type FundingChartId, frontmatterDate, refError, refMessages } from '../../contract/reports.ts';
import { nameIn, twin, unitIn } from '../../lib/bilingual.ts';
import { formatDate, formatNumber, formatPercent } from '../../lib/format.ts';
import type { Lang } from '../../lib/lang.ts';
import { fundingChart, indicatorChart, type ChartSpec } from '../charts.ts';
import { getModel } from '../model.ts';
import { money, type MoneyText } from '../money.ts';
import { documentPath, figurePath, fundingLinePath, unitPath } from '../routes.ts';

export function reportFigure(indicator: string, asOf: string, kind: 'actual' | 'target', show: FigureShow, lang: Lang) {
  const ind = getModel().indicatorById.get(indicator);
  if (!ind) throw refError(refMessages.indicator(indicator));
  const iso = frontmatterDate(asOf);
  if (!iso) throw refError(refMessages.date(asOf));
  if (!(FIGURE_SHOW as readonly string[]).includes(show)) throw refError(refMessages.option('Figure', 'show', show, FIGURE_SHOW));
  const v = ind.values.find((x) => x.as_of === iso && x.kind === kind);
  if (!v) throw refError(refMessages.indicatorValue(indicator, iso, kind));
  if ((show === 'percent' || show === 'denominator') && (v.denominator === undefined || v.percent === undefined)) {
    throw refError(refMessages.noDenominator(indicator, iso));
  }
  const unit = unitIn(ind, lang);
  const value = formatNumber(v.value, lang);
  const den = v.denominator !== undefined ? formatNumber(v.denominator, lang) : undefined;
  const text = {
    full: `${value}${den !== undefined ? `/${den}` : ''} ${unit}`,
    value: `${value} ${unit}`,
    number: value,
    percent: v.percent !== undefined ? formatPercent(v.percent, lang) : '',
    denominator: den ?? '',
  }[show];
  return {
    href: figurePath(lang, v),
    label: `${nameIn(ind, lang)}, ${codeLabel('statusKind', kind, lang)}, ${formatDate(iso, lang)}`,
    iso,
    data: String(show === 'percent' ? v.percent : show === 'denominator' ? v.denominator : v.value),
    text,
  };
}

export function reportUnit(code: string, lang: Lang): { href: string; name: string } {
  const unit = getModel().unitByCode.get(code);
  if (!unit) throw refError(refMessages.unit(code));
  return { href: unitPath(lang, unit), name: unit.name };
}

export function reportDocument(id: string, lang: Lang): { href: string; number: string; title: string } {
  const doc = getModel().documentById.get(id);
  if (!doc) throw refError(refMessages.document(id));
  return { href: documentPath(lang, doc), number: doc.number, title: twin(doc, 'title', lang)?.text ?? doc.title };
}

export function reportFundingLine(id: string, show: 'amount' | 'commitment' | 'item', lang: Lang): { href: string; item: string; amount?: number; money?: MoneyText } {
  const model = getModel();
  const line = model.funding.lineById.get(id);
  if (!line) throw refError(refMessages.funding(id));
  const amount = show === 'commitment' ? line.commitment : show === 'amount' ? (line.amount ?? line.childrenAmount) : undefined;
  if (show !== 'item' && amount === undefined) throw refError(refMessages.funding(`${id} (${show})`));
  return { href: fundingLinePath(lang, model.listings, line), item: twin(line, 'item', lang)?.text ?? line.item, amount, money: amount !== undefined ? money(amount, lang) : undefined };
}

export function reportChart(indicator: string | undefined, chart: string | undefined, lang: Lang): ChartSpec {
  const model = getModel();
  const spec = indicator
    ? indicatorChart(model, indicator, lang)
    : chart && (FUNDING_CHARTS as readonly string[]).includes(chart)
      ? fundingChart(model, chart as FundingChartId, lang)
      : undefined;
  if (!spec) throw refError(indicator ? refMessages.indicator(indicator) : refMessages.chart(String(chart), FUNDING_CHARTS.join(', ')));
  return spec;
}
