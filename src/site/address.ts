// Where the site is published: its address and subfolder, set once by staff
// in site.config.json at the project's root; SITE_URL and BASE_PATH override
// them for one build.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface SiteAddress {
  /** `https://ntm.example.gov.vn`, or undefined when none is set. */
  siteUrl?: string;
  /** `/` or `/ntm/`. */
  basePath: string;
  /** Where the address was read from, for messages. */
  file: string;
}

/** A loopback or empty address is no public address. */
export function isPublicUrl(url: string | undefined): url is string {
  if (!url) return false;
  try {
    const { protocol, hostname } = new URL(url);
    return (protocol === 'https:' || protocol === 'http:') && !/^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0)$/i.test(hostname);
  } catch {
    return false;
  }
}

export function siteAddress(root = process.cwd(), env: NodeJS.ProcessEnv = process.env): SiteAddress {
  const file = resolve(env.NTM_SITE_CONFIG ?? resolve(root, 'site.config.json'));
  let config: { url?: unknown; basePath?: unknown } = {};
  if (existsSync(file)) {
    try {
      config = JSON.parse(readFileSync(file, 'utf8')) as typeof config;
    } catch {
      config = {};
    }
  }
  const url = env.SITE_URL ?? (typeof config.url === 'string' ? config.url.trim() : '');
  const base = env.BASE_PATH ?? (typeof config.basePath === 'string' && config.basePath ? config.basePath : '/');
  return { siteUrl: isPublicUrl(url) ? url.replace(/\/+$/, '') : undefined, basePath: base.endsWith('/') ? base : `${base}/`, file };
}
