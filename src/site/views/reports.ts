// /bao-cao/ and each report's page.
import { otherLang, type Lang } from '../../lib/lang.ts';
import type { SiteModel } from '../../model/types.ts';
import { useTranslations } from '../../i18n/index.ts';
import { reportsFor, type ReportSummary } from '../reports.ts';
import { pageMeta } from './page.ts';

export function reportsView(model: SiteModel, reports: ReportSummary[], lang: Lang) {
  const t = useTranslations(lang);
  return { page: pageMeta(model, lang, { title: t('reports.title'), description: t('reports.description') }), ...reportsFor(reports, lang) };
}

export function reportView(model: SiteModel, report: ReportSummary, reports: ReportSummary[]) {
  const lang = report.lang;
  const other = otherLang(lang);
  const source = report.entry.data.source;
  return {
    page: pageMeta(model, lang, { title: report.title, kind: 'report', description: report.summary }),
    report,
    other,
    hasOther: reports.some((r) => r.lang === other && r.slug === report.slug),
    sourceDocument: source ? model.documentById.get(source) : undefined,
    rootName: model.root.name,
  };
}
