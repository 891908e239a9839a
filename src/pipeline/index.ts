// The pipeline in one call: read, normalise, validate, check, build the model.
import { buildModel } from '../model/build.ts';
import type { SiteModel } from '../model/types.ts';
import type { Issue } from './issues.ts';
import { loadDataDir } from './load.ts';

export type PipelineResult = { ok: true; model: SiteModel; issues: Issue[] } | { ok: false; issues: Issue[] };

export function runPipeline(dataDir: string): PipelineResult {
  const loaded = loadDataDir(dataDir);
  const issues = loaded.issues.items;
  if (loaded.issues.errors.length > 0) return { ok: false, issues };
  return { ok: true, model: buildModel(loaded.data, loaded.issues.warnings), issues };
}
