// The model every page renders, built once per build from NTM_DATA_DIR.
import { formatIssue } from '../contract/issues.ts';
import { loadDataDir } from '../ingest/load.ts';
import { buildModel } from '../model/build.ts';
import type { SiteModel } from '../model/types.ts';
import type { Lang } from '../lib/lang.ts';
import { useTranslations } from '../i18n/index.ts';
import { dataDir, listLimit } from './config.ts';
import { takeLoadedData } from './handover.ts';

let cached: SiteModel | undefined;

export function getModel(): SiteModel {
  if (cached) return cached;
  // scripts/build.ts has usually read and checked the data already.
  const loaded = takeLoadedData(dataDir) ?? loadDataDir(dataDir);
  const errors = loaded.issues.errors;
  // scripts/build.ts refuses bad data before Astro starts; this guards `astro dev`.
  if (errors.length > 0) throw new Error(errors.map(formatIssue).join('\n'));
  // Which sheets of a workbook were skipped is the staff's business, not the data's: not published.
  const information = loaded.issues.information.filter((i) => i.kind !== 'not_a_table');
  cached = buildModel(loaded.data, loaded.issues.warnings, { listLimit, information, decimals: loaded.decimals, lineage: loaded.lineage });
  return cached;
}

/** "Nông thôn mới Triệu Sơn" / "New Rural Development Triệu Sơn": the site's name in one place. */
export function siteName(model: SiteModel, lang: Lang): string {
  return `${useTranslations(lang)('site.title')} ${model.root.name}`;
}
