// MDX components get no props beyond those the author writes, so they read
// the page language from the URL: /en/… is English, anything else Vietnamese.
import type { Lang } from '../../lib/lang.ts';

// Vite replaces `import.meta.env.BASE_URL` only when written out in full (no `?.`);
// plain Node (check script, unit tests) has no import.meta.env at all.
const base = ((import.meta.env ? import.meta.env.BASE_URL : undefined) ?? '/').replace(/\/?$/, '/');

export function langOfPath(pathname: string): Lang {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  return /^en(\/|$)/.test(rest) ? 'en' : 'vi';
}
