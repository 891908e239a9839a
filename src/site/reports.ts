// The reports written for this data set: pages list only these.
import { getCollection, type CollectionEntry } from 'astro:content';
import { reportBelongs } from '../contract/reports.ts';
import type { Lang } from '../lib/lang.ts';
import type { SiteModel } from '../model/types.ts';

export type ReportEntry = CollectionEntry<'reports'>;

/** What lists of reports show. */
export interface ReportSummary {
  entry: ReportEntry;
  /** Shared by the two languages of a report. */
  slug: string;
  lang: Lang;
  title: string;
  asOf: string;
  published?: string;
  summary: string;
}

export const reportSlugOf = (entry: ReportEntry): string => entry.id.slice(entry.id.indexOf('/') + 1);

export async function getReports(model: SiteModel): Promise<ReportSummary[]> {
  const entries = await getCollection('reports', (entry) => reportBelongs(entry.data.unit, model.root.code));
  return entries.map((entry) => ({
    entry,
    slug: reportSlugOf(entry),
    lang: entry.data.lang,
    title: entry.data.title,
    asOf: entry.data.as_of,
    published: entry.data.published,
    summary: entry.data.summary,
  }));
}

const newestFirst = (a: ReportSummary, b: ReportSummary) => b.asOf.localeCompare(a.asOf);

/** Reports in a language, newest first, and those only in the other language. */
export function reportsFor(reports: ReportSummary[], lang: Lang): { mine: ReportSummary[]; otherOnly: ReportSummary[] } {
  const mine = reports.filter((r) => r.lang === lang).sort(newestFirst);
  const mySlugs = new Set(mine.map((r) => r.slug));
  return { mine, otherOnly: reports.filter((r) => r.lang !== lang && !mySlugs.has(r.slug)).sort(newestFirst) };
}

/** Each report's own section headings (its `##`), for the list of reports. */
export async function reportSections(reports: ReportSummary[]): Promise<Map<ReportSummary, { slug: string; text: string }[]>> {
  const { render } = await import('astro:content');
  const out = new Map<ReportSummary, { slug: string; text: string }[]>();
  for (const r of reports) {
    const { headings } = await render(r.entry);
    out.set(r, headings.filter((h) => h.depth === 2).map((h) => ({ slug: h.slug, text: h.text })));
  }
  return out;
}
