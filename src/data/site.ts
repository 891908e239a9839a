// The model every page renders, built once per build from NTM_DATA_DIR.
import { dataDir } from '../config.ts';
import { runPipeline } from '../pipeline/index.ts';
import { formatIssue } from '../pipeline/issues.ts';
import type { SiteModel } from '../model/types.ts';

let cached: SiteModel | undefined;

export function getModel(): SiteModel {
  if (cached) return cached;
  const result = runPipeline(dataDir);
  if (!result.ok) {
    // scripts/build.ts refuses bad data before Astro starts; this guards `astro dev`.
    throw new Error(result.issues.filter((i) => i.severity === 'error').map(formatIssue).join('\n'));
  }
  cached = result.model;
  return cached;
}
