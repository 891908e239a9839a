// Times validation alone (loadDataDir) and the model build on one data set;
// prints one JSON line. Run by scripts/bench.ts in its own process.
import { loadDataDir } from '../../src/ingest/load.ts';
import { buildModel } from '../../src/model/build.ts';

const dir = process.argv[2];
if (!dir) throw new Error('usage: validate.ts <data-dir>');
const t0 = performance.now();
const loaded = loadDataDir(dir);
const t1 = performance.now();
const rows = Object.values(loaded.data).reduce((s, t) => s + (t as unknown[]).length, 0);
const kinds: Record<string, number> = {};
for (const i of loaded.issues.items) kinds[`${i.severity}:${i.kind}`] = (kinds[`${i.severity}:${i.kind}`] ?? 0) + 1;
let modelMs: number | undefined;
if (loaded.issues.errors.length === 0) {
  const t2 = performance.now();
  buildModel(loaded.data, loaded.issues.warnings);
  modelMs = performance.now() - t2;
}
console.log(
  JSON.stringify({
    rows,
    validateMs: t1 - t0,
    modelMs,
    errors: loaded.issues.errors.length,
    warnings: loaded.issues.warnings.length,
    kinds,
    firstErrors: loaded.issues.errors.slice(0, 5).map((e) => `${e.file}:${e.line} ${e.column ?? ''} ${e.value ?? ''} ${e.en}`),
  }),
);
