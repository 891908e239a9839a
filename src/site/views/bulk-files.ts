// The site's bulkiest files, the tables as CSV and JSON and one API file per
// unit, are written straight to disk while Astro renders the pages. As
// Astro endpoints, each table would be held whole in memory (a national
// criteria-status.json is over 200 MB) and each unit file would cost a route
// of its own (over 10,000 of them). `astro dev` serves the same files through
// the endpoints in src/pages, which `astro build` skips (`writtenAfterBuild`).
import { mkdirSync } from 'node:fs';
import { open, writeFile } from 'node:fs/promises';
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

async function writeChunks(path: string, chunks: Iterable<string>): Promise<void> {
  const file = await open(path, 'w');
  try {
    for (const chunk of chunks) await file.write(chunk);
  } finally {
    await file.close();
  }
}

/**
 * Each chunk is written with an await, so the pages Astro renders meanwhile
 * take turns with it and the disk works while they render.
 */
export async function writeBulkFiles(model: SiteModel, outDir: string, site: URL | undefined): Promise<void> {
  mkdirSync(join(outDir, dirname(downloadFile('units', 'csv'))), { recursive: true });
  for (const name of tableNames.filter((n) => model.present[n])) {
    await writeChunks(join(outDir, downloadFile(name, 'csv')), tableToCsvChunks(name, model.tables[name], DISK_CHUNK_ROWS));
    await writeChunks(join(outDir, downloadFile(name, 'json')), tableToJsonChunks(name, model.tables[name], DISK_CHUNK_ROWS));
  }
  const files = apiUnitFiles(model);
  if (files.length > 0) mkdirSync(join(outDir, dirname(apiUnitFile(files[0]!.unit))), { recursive: true });
  for (const { unit } of files) await writeFile(join(outDir, apiUnitFile(unit)), apiUnitBody(model, unit.code, site));
}

// The integration runs in Astro's own module graph, the pages in their
// bundle; they meet in this record on globalThis.
const KEY = Symbol.for('ntm.bulkFiles');
interface BulkState {
  /** Where the build writes, from the integration. */
  target?: { outDir: string; site: URL | undefined };
  /** The writing, started by the first endpoint Astro asks for its pages. */
  writing?: Promise<void>;
}
const state = (): BulkState => ((globalThis as { [KEY]?: BulkState })[KEY] ??= {});

/**
 * For the endpoints' getStaticPaths: in `astro build`, starts writing the bulk
 * files beside the pages (once), and says the endpoint has no pages of its own.
 */
export function writtenAfterBuild(model: SiteModel): boolean {
  if (import.meta.env.DEV) return false;
  const bulk = state();
  if (!bulk.target) throw new Error('ntm-bulk-files: the integration is not installed (astro.config.mjs)');
  if (!bulk.writing) {
    bulk.writing = writeBulkFiles(model, bulk.target.outDir, bulk.target.site);
    // Awaited at the end of the build; until then a failure must not count as unhandled.
    bulk.writing.catch(() => undefined);
  }
  return true;
}

/** Writes the bulk files during the build, from the model the pages are rendered with, and waits for them at its end. */
export function bulkFilesIntegration(): AstroIntegration {
  return {
    name: 'ntm-bulk-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        state().target = { outDir: fileURLToPath(config.outDir), site: config.site ? new URL(config.site) : undefined };
      },
      'astro:build:done': async () => {
        const bulk = state();
        const writing = bulk.writing;
        delete bulk.writing;
        if (!writing) throw new Error('ntm-bulk-files: no endpoint was rendered, so there is no model to write the downloads from');
        await writing;
      },
    },
  };
}
