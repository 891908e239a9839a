// /feed.xml and /en/feed.xml: reports and what changed between as-of dates.
import { codeLabel, type Code } from '../../contract/codes.ts';
import { nameIn } from '../../lib/bilingual.ts';
import { formatDate, formatNumber } from '../../lib/format.ts';
import type { Lang } from '../../lib/lang.ts';
import type { SiteModel } from '../../model/types.ts';
import { atomFeed, type FeedEntry } from '../../publish/feed.ts';
import { useTranslations } from '../../i18n/index.ts';
import { siteName } from '../model.ts';
import { absoluteUrl, localePath, pagePath, reportPath } from '../routes.ts';
import type { ReportSummary } from '../reports.ts';

/** Entries listed one by one before a change is summarised. */
const MAX_ITEMS = 20;

export function feedXml(model: SiteModel, reports: ReportSummary[], lang: Lang, site: URL | undefined): string {
  const t = useTranslations(lang);
  const abs = (path: string) => absoluteUrl(path, site);
  const entries: FeedEntry[] = [];
  for (const r of reports) {
    if (r.lang !== lang) continue;
    const link = abs(reportPath(lang, r.slug));
    entries.push({ id: link, title: r.title, updated: r.published ?? r.asOf, summary: r.summary, link });
  }
  for (const c of model.changes) {
    const status = (code?: Code<'unitStatus'>) => (code ? codeLabel('unitStatus', code, lang) : t('data.none'));
    // Standings unit by unit while they are few; otherwise counted per change (before → after).
    const standings =
      c.standings.length <= MAX_ITEMS
        ? c.standings.map((s) => `${s.unit.name} (${codeLabel('standard', s.standard, lang)}): ${status(s.before)} → ${status(s.after)}`)
        : c.standingTransitions.map((s) => `${codeLabel('standard', s.standard, lang)}: ${status(s.before)} → ${status(s.after)}: ${t('data.unitsCount', { n: formatNumber(s.n, lang) })}`);
    const items = [
      ...c.indicators.map((i) => `${nameIn(i.indicator, lang)}: ${formatNumber(i.before.value, lang)} → ${formatNumber(i.after.value, lang)}`),
      ...standings,
    ];
    // Long lists stay on the change-log page; the feed gives the first few.
    const parts = items.length > MAX_ITEMS ? [...items.slice(0, MAX_ITEMS), '…'] : items;
    if (c.criteria.length > 0) {
      const counts = t('data.improvedWorsened', { improved: formatNumber(c.criteriaImproved, lang), worsened: formatNumber(c.criteriaWorsened, lang) });
      parts.push(`${t('data.criteriaChanges')}: ${formatNumber(c.criteria.length, lang)} (${counts})`);
    }
    const link = abs(pagePath(lang, 'changes', `thay-doi-${c.from}-${c.to}`));
    entries.push({
      id: link,
      title: `${t('data.changes')}: ${t('data.changesFromTo', { from: formatDate(c.from, lang), to: formatDate(c.to, lang) })}`,
      updated: c.to,
      summary: parts.length > 0 ? parts.join('; ') : t('data.nothingChanged'),
      link,
    });
  }
  return atomFeed({
    id: abs(localePath(lang)),
    title: siteName(model, lang),
    lang,
    self: abs(pagePath(lang, 'feed')),
    home: abs(localePath(lang)),
    updated: model.latestAsOf,
    entries,
  });
}
