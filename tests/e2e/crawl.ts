// Finds every page of a served site by following <a href> from / and /en/.
// Plain HTTP, no browser: it only needs the HTML the server sends.

export interface CrawlResult {
  /** Absolute URLs of HTML pages that answered 200, sorted. */
  pages: string[];
  /** Internal links that did not answer 200. */
  broken: { url: string; status: number; from: string }[];
}

const entities: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&lt;': '<', '&gt;': '>' };

export function decodeAttr(value: string): string {
  return value.replace(/&(amp|quot|#39|#x27|lt|gt);/g, (m) => entities[m] ?? m);
}

/** Markup with scripts, styles and comments removed, so code is never read as links. */
export function stripCode(html: string): string {
  return html
    .replace(/<script\b[\s\S]*?<\/script>/gi, '')
    .replace(/<style\b[\s\S]*?<\/style>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '');
}

/** Where a visitor can go from a page: link targets, and GET form actions (the search form). */
export function anchorHrefs(html: string): string[] {
  const code = stripCode(html);
  const links = [...code.matchAll(/<a\b[^>]*?\shref\s*=\s*"([^"]*)"/gi)].map((m) => m[1]!);
  const forms = [...code.matchAll(/<form\b[^>]*>/gi)]
    .filter((m) => !/\smethod\s*=\s*"post"/i.test(m[0]))
    .map((m) => /\saction\s*=\s*"([^"]*)"/i.exec(m[0])?.[1])
    .filter((a): a is string => a !== undefined);
  return [...links, ...forms].map(decodeAttr);
}

/** Paths that are pages rather than downloads. */
export function looksLikePage(pathname: string): boolean {
  return pathname.endsWith('/') || pathname.endsWith('.html');
}

export async function crawl(siteUrl: string, extra: string[] = []): Promise<CrawlResult> {
  const root = new URL(siteUrl);
  const queue: { url: string; from: string }[] = [
    { url: root.href, from: '(start)' },
    { url: new URL('en/', root).href, from: '(start)' },
    ...extra.map((url) => ({ url, from: '(start)' })),
  ];
  const seen = new Set(queue.map((q) => q.url));
  const pages: string[] = [];
  const broken: CrawlResult['broken'] = [];
  while (queue.length > 0) {
    const batch = queue.splice(0, 8);
    await Promise.all(
      batch.map(async ({ url, from }) => {
        const res = await fetch(url, { redirect: 'follow' });
        if (res.status !== 200) {
          broken.push({ url, status: res.status, from });
          await res.body?.cancel();
          return;
        }
        if (!(res.headers.get('content-type') ?? '').includes('text/html')) {
          await res.body?.cancel();
          return;
        }
        pages.push(url);
        for (const href of anchorHrefs(await res.text())) {
          const next = new URL(href, url);
          if (next.origin !== root.origin || !next.pathname.startsWith(root.pathname)) continue;
          next.hash = '';
          next.search = '';
          if (!looksLikePage(next.pathname) || seen.has(next.href)) continue;
          seen.add(next.href);
          queue.push({ url: next.href, from: url });
        }
      }),
    );
  }
  return { pages: pages.sort(), broken };
}

/** Site-relative path of a page URL: '', 'xa/', 'en/xa/dong-loi-15721/' … */
export function sitePath(url: string, siteUrl: string): string {
  return new URL(url).pathname.slice(new URL(siteUrl).pathname.length);
}

/** One commune page: xa/<slug>/ in either language. */
export function isUnitPage(path: string): boolean {
  return /^(en\/)?xa\/[^/]+\/$/.test(path);
}

/** `n` evenly spaced items, first and last included, in the given order. */
export function evenSample<T>(items: T[], n: number): T[] {
  if (items.length <= n) return items;
  const picked = new Set<number>();
  for (let i = 0; i < n; i++) picked.add(Math.round((i * (items.length - 1)) / (n - 1)));
  return [...picked].map((i) => items[i]!);
}

/**
 * Every page of the site. E2E_SAMPLE_UNITS=N audits all pages but unit pages
 * plus an even sample of N unit pages per language: a quicker local run, since
 * unit pages share one template and axe takes seconds per page.
 */
export function pagesToAudit(paths: string[], perLanguage = Number(process.env.E2E_SAMPLE_UNITS ?? 0)): string[] {
  const all = !(perLanguage > 0);
  const units = (en: boolean) => paths.filter((p) => isUnitPage(p) && p.startsWith('en/') === en).sort();
  const picked = new Set(paths.filter((p) => !isUnitPage(p)));
  for (const list of [units(false), units(true)]) for (const p of all ? list : evenSample(list, perLanguage)) picked.add(p);
  return [...picked].sort();
}
