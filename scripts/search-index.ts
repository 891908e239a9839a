// `node scripts/search-index.ts <site-dir>`: the Pagefind index of a built site.
import { resolve } from 'node:path';
import { closeSearchIndexer, indexSite } from '../src/publish/search-index.ts';
import { exitWhenOrphaned } from './lib/orphan.ts';

const site = process.argv[2];
if (!site) throw new Error('usage: search-index.ts <site-dir>');
// Killed with the build: Pagefind's own process goes too.
exitWhenOrphaned(closeSearchIndexer);
await indexSite(resolve(site));
