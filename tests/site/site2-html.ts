// Small readers for the built HTML used by the chart, funding, OCOP and report
// tests. Regex-based: the markup they read is the site's own.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export type Lang = 'vi' | 'en';
export const LANGS: Lang[] = ['vi', 'en'];

export const decode = (s: string): string =>
  s
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

export const text = (html: string): string =>
  decode(html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();

export const main = (html: string): string => html.slice(html.indexOf('<main'), html.indexOf('</main>'));

/** Independent of src/utils/format.ts: vi 64.970 / 9,53 and en 64,970 / 9.53. */
export function fmt(n: number, lang: Lang): string {
  const [int, frac] = String(Math.abs(n)).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'vi' ? '.' : ',');
  return `${n < 0 ? '-' : ''}${grouped}${frac ? (lang === 'vi' ? ',' : '.') + frac : ''}`;
}

export function page(dir: string, lang: Lang, path: string): string {
  const file = join(dir, lang === 'en' ? 'en' : '', path, 'index.html');
  return readFileSync(file, 'utf8');
}

export function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'pagefind' && name !== '_astro') out.push(...htmlFiles(p));
    } else if (name.endsWith('.html')) out.push(p);
  }
  return out;
}

/** The value of an attribute in an opening tag. */
export function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? decode(m[1]!) : undefined;
}

export interface ParsedTable {
  caption: string;
  headers: string[];
  rows: { key?: string; header: string; values: (string | undefined)[]; texts: string[] }[];
}

export function parseTable(html: string): ParsedTable {
  const caption = text(/<caption[^>]*>([\s\S]*?)<\/caption>/.exec(html)?.[1] ?? '');
  const thead = /<thead[^>]*>([\s\S]*?)<\/thead>/.exec(html)?.[1] ?? '';
  const headers = [...thead.matchAll(/<th[^>]*>([\s\S]*?)<\/th>/g)].map((m) => text(m[1]!));
  const tbody = /<tbody[^>]*>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  const rows = [...tbody.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((tr) => {
    const th = /<th([^>]*)>([\s\S]*?)<\/th>/.exec(tr[1]!);
    const tds = [...tr[1]!.matchAll(/<td([^>]*)>([\s\S]*?)<\/td>/g)];
    return {
      key: th ? attr(th[1]!, 'data-key') : undefined,
      header: th ? text(th[2]!) : '',
      values: tds.map((td) => attr(td[1]!, 'data-value')),
      texts: tds.map((td) => text(td[2]!)),
    };
  });
  return { caption, headers, rows };
}

/** Every <figure class="chart"> on a page, as raw HTML. */
export function chartFigures(html: string): string[] {
  return [...html.matchAll(/<figure class="chart[^"]*"[\s\S]*?<\/figure>/g)].map((m) => m[0]);
}

export function fileExists(dir: string, href: string): string | undefined {
  const p = join(dir, decodeURI(href.replace(/^\//, '')));
  return existsSync(p) ? p : undefined;
}

/** HTML, XML, JSON, CSV and text files of a built site (not the search index). */
export function htmlAndTextFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(p);
      } else if (/\.(html|xml|json|csv|txt|md|yml)$/.test(name)) out.push(p);
    }
  };
  walk(dir);
  return out;
}
