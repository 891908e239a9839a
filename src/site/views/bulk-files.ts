// The site's bulkiest files, the tables as CSV and JSON and one API file per
// unit, are written straight to disk once Astro has rendered the pages. As
// Astro endpoints, each table would be held whole in memory (a national
// criteria-status.json is over 200 MB) and each unit file would cost a route
// of its own (over 10,000 of them). `astro dev` serves the same files through
// the endpoints in src/pages, which `astro build` skips (`writtenAfterBuild`).
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { tableNames } from '../../contract/tables.ts';
import type { SiteModel } from '../../model/types.ts';
import { tableToCsvChunks } from '../../publish/csv.ts';
import { tableToJsonChunks } from '../../publish/json.ts';
import { apiUnitFile, downloadFile } from '../routes.ts';
import { apiUnitBody, apiUnitFiles } from './api.ts';

// Chunks this small (tens of kilobytes) are collected with the young objects;
// the larger chunks of a stream would pile up in the old generation.
const DISK_CHUNK_ROWS = 500;

function writeChunks(path: string, chunks: Iterable<string>): void {
  const fd = openSync(path, 'w');
  try {
    for (const chunk of chunks) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
}

export function writeBulkFiles(model: SiteModel, outDir: string, site: URL | undefined): void {
  mkdirSync(join(outDir, dirname(downloadFile('units', 'csv'))), { recursive: true });
  for (const name of tableNames.filter((n) => model.present[n])) {
    writeChunks(join(outDir, downloadFile(name, 'csv')), tableToCsvChunks(name, model.tables[name], DISK_CHUNK_ROWS));
    writeChunks(join(outDir, downloadFile(name, 'json')), tableToJsonChunks(name, model.tables[name], DISK_CHUNK_ROWS));
  }
  const files = apiUnitFiles(model);
  if (files.length > 0) mkdirSync(join(outDir, dirname(apiUnitFile(files[0]!.unit))), { recursive: true });
  for (const { unit } of files) writeFileSync(join(outDir, apiUnitFile(unit)), apiUnitBody(model, unit.code, site));
}

// The integration runs in Astro's own module graph, the pages in their
// bundle; the bundle leaves the writer here, bound to its model and routes.
const KEY = Symbol.for('ntm.bulkFiles');
type Writer = (outDir: string, site: URL | undefined) => void;

/**
 * For the endpoints' getStaticPaths: in `astro build`, leaves the writer for
 * the integration and says the endpoint has no pages of its own.
 */
export function writtenAfterBuild(model: SiteModel): boolean {
  if (import.meta.env.DEV) return false;
  (globalThis as { [KEY]?: Writer })[KEY] = (outDir, site) => writeBulkFiles(model, outDir, site);
  return true;
}

/** Writes the bulk files after the build, from the model the pages were rendered with. */
export function bulkFilesIntegration(): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'ntm-bulk-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': ({ dir }) => {
        const store = globalThis as { [KEY]?: Writer };
        const write = store[KEY];
        if (!write) throw new Error('ntm-bulk-files: no page was rendered, so there is no model to write the downloads from');
        delete store[KEY];
        write(fileURLToPath(dir), site);
      },
    },
  };
}
