// scripts/build.ts checks the data and then runs Astro in the same process.
// It leaves the data it read here, so the pages' model is built without
// reading the CSV files a second time. Astro bundles the page code apart from
// the script, so the two meet on globalThis, not through a module variable.
import { resolve } from 'node:path';
import type { LoadedData } from '../ingest/load.ts';

const KEY = Symbol.for('ntm.loadedData');

interface Handover {
  dataDir: string;
  loaded: LoadedData;
}

export function handOverLoadedData(dataDir: string, loaded: LoadedData): void {
  (globalThis as { [KEY]?: Handover })[KEY] = { dataDir: resolve(dataDir), loaded };
}

/** The data the build script has already read and checked for this folder, once; afterwards the model holds what it needs. */
export function takeLoadedData(dataDir: string): LoadedData | undefined {
  const store = globalThis as { [KEY]?: Handover };
  const handover = store[KEY];
  if (!handover || handover.dataDir !== resolve(dataDir)) return undefined;
  delete store[KEY];
  return handover.loaded;
}
