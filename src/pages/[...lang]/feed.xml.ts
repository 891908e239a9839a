// /feed.xml and /en/feed.xml: Atom feed of reports and of what changed
// between as-of dates, newest first.
import type { APIRoute } from 'astro';
import { getReports } from '../../site/reports.ts';
import { getModel, siteName } from '../../site/model.ts';
import { langFromParam, langParams, useTranslations } from '../../i18n/index.ts';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { codeLabel, type Code } from '../../contract/codes.ts';
import { localePath } from '../../site/routes.ts';
import { atomFeed, type FeedEntry } from '../../publish/feed.ts';

export const getStaticPaths = () => langParams().map((params) => ({ params }));

const MAX_ITEMS = 20;

async function reports(): Promise<{ id: string; data: { title: string; lang: string; as_of: string; published?: string; summary: string } }[]> {
  try {
    return await getReports();
  } catch {
    return []; // no content collection: the feed carries the changes only
  }
}

export const GET: APIRoute = async ({ params, site }) => {
  const lang = langFromParam(params.lang);
  const t = useTranslations(lang);
  const model = getModel();
  const abs = (path: string) => new URL(localePath(lang, path), site).href;
  const entries: FeedEntry[] = [];
  for (const r of await reports()) {
    if (r.data.lang !== lang) continue;
    const slug = r.id.slice(r.id.indexOf('/') + 1);
    entries.push({ id: abs(`bao-cao/${slug}/`), title: r.data.title, updated: r.data.published ?? r.data.as_of, summary: r.data.summary, link: abs(`bao-cao/${slug}/`) });
  }
  for (const c of model.changes) {
    const status = (code?: Code<'unitStatus'>) => (code ? codeLabel('unitStatus', code, lang) : t('data.none'));
    // Standings unit by unit while they are few; otherwise counted per change (before → after).
    const standings =
      c.standings.length <= MAX_ITEMS
        ? c.standings.map((s) => `${model.unitByCode.get(s.unitCode)?.name ?? s.unitCode} (${codeLabel('standard', s.standard, lang)}): ${status(s.before)} → ${status(s.after)}`)
        : c.standingTransitions.map((s) => `${codeLabel('standard', s.standard, lang)}: ${status(s.before)} → ${status(s.after)}: ${t('data.unitsCount', { n: formatNumber(s.n, lang) })}`);
    const items = [
      ...c.indicators.map((i) => `${model.indicatorById.get(i.indicatorId)?.name[lang] ?? i.indicatorId}: ${formatNumber(i.before.value, lang)} → ${formatNumber(i.after.value, lang)}`),
      ...standings,
    ];
    // Long lists stay on the change-log page; the feed gives the first few.
    const parts = items.length > MAX_ITEMS ? [...items.slice(0, MAX_ITEMS), '…'] : items;
    if (c.criteria.length > 0) {
      const counts = t('data.improvedWorsened', { improved: formatNumber(c.criteriaImproved, lang), worsened: formatNumber(c.criteriaWorsened, lang) });
      parts.push(`${t('data.criteriaChanges')}: ${formatNumber(c.criteria.length, lang)} (${counts})`);
    }
    const link = `${abs('du-lieu/thay-doi/')}#thay-doi-${c.from}-${c.to}`;
    entries.push({
      id: link,
      title: `${t('data.changes')}: ${t('data.changesFromTo', { from: formatDate(c.from, lang), to: formatDate(c.to, lang) })}`,
      updated: c.to,
      summary: parts.length > 0 ? parts.join('; ') : t('data.nothingChanged'),
      link,
    });
  }
  const xml = atomFeed({
    id: abs(''),
    title: siteName(lang),
    lang,
    self: abs('feed.xml'),
    home: abs(''),
    updated: model.latestAsOf,
    entries,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
