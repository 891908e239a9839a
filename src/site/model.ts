// The model every page renders, built once per build from NTM_DATA_DIR.
import { dataDir } from './config.ts';
import { runPipeline } from './pipeline.ts';
import { takeLoadedData } from './handover.ts';
import { formatIssue } from '../contract/issues.ts';
import type { SiteModel } from '../model/types.ts';
import type { Lang } from '../lib/lang.ts';
import { useTranslations } from '../i18n/index.ts';

let cached: SiteModel | undefined;

export function getModel(): SiteModel {
  if (cached) return cached;
  const result = runPipeline(dataDir, undefined, takeLoadedData(dataDir));
  if (!result.ok) {
    // scripts/build.ts refuses bad data before Astro starts; this guards `astro dev`.
    throw new Error(result.issues.filter((i) => i.severity === 'error').map(formatIssue).join('\n'));
  }
  cached = result.model;
  return cached;
}

/** "Nông thôn mới Triệu Sơn" / "New Rural Development Triệu Sơn": the site's name in one place. */
export function siteName(lang: Lang): string {
  return `${useTranslations(lang)('site.title')} ${getModel().root.name}`;
}
