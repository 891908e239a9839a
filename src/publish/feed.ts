// The Atom feeds of each language: what changed, newest first.

export interface FeedEntry {
  id: string;
  title: string;
  /** ISO date. */
  updated: string;
  summary: string;
  link: string;
}

const xmlText = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
const atomDate = (iso: string) => `${iso}T00:00:00Z`;

/** An Atom 1.0 feed, entries newest first. */
export function atomFeed(feed: { id: string; title: string; lang: string; self: string; home: string; updated?: string; entries: FeedEntry[] }): string {
  const entries = [...feed.entries].sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : 0));
  const updated = [feed.updated, ...entries.map((e) => e.updated)].filter((d): d is string => !!d).sort().at(-1) ?? '1970-01-01';
  return (
    `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlText(feed.lang)}">\n` +
    `<id>${xmlText(feed.id)}</id>\n<title>${xmlText(feed.title)}</title>\n<updated>${atomDate(updated)}</updated>\n` +
    `<author><name>${xmlText(feed.title)}</name></author>\n` +
    `<link rel="self" type="application/atom+xml" href="${xmlText(feed.self)}"/>\n<link rel="alternate" type="text/html" href="${xmlText(feed.home)}"/>\n` +
    entries
      .map(
        (e) =>
          `<entry>\n<id>${xmlText(e.id)}</id>\n<title>${xmlText(e.title)}</title>\n<updated>${atomDate(e.updated)}</updated>\n` +
          `<link rel="alternate" type="text/html" href="${xmlText(e.link)}"/>\n<summary>${xmlText(e.summary)}</summary>\n</entry>\n`,
      )
      .join('') +
    '</feed>\n'
  );
}
