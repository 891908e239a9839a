// The pipeline in one call: read, normalise, validate, check, build the model.
import { buildModel, type ModelOptions } from '../model/build.ts';
import { listLimit } from './config.ts';
import type { SiteModel } from '../model/types.ts';
import type { Issue } from '../contract/issues.ts';
import { loadDataDir, type LoadedData } from '../ingest/load.ts';

export type PipelineResult = { ok: true; model: SiteModel; issues: Issue[] } | { ok: false; issues: Issue[] };

/** `loaded`: the folder's data when the caller has already read it (scripts/build.ts). */
export function runPipeline(dataDir: string, options: ModelOptions = { listLimit }, loaded: LoadedData = loadDataDir(dataDir)): PipelineResult {
  const issues = loaded.issues.items;
  if (loaded.issues.errors.length > 0) return { ok: false, issues };
  return { ok: true, model: buildModel(loaded.data, loaded.issues.warnings, options), issues };
}
