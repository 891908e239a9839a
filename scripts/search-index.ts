// `node scripts/search-index.ts <site-dir>`: the Pagefind index of a built site.
import { resolve } from 'node:path';
import { indexSite } from '../src/publish/search-index.ts';

const site = process.argv[2];
if (!site) throw new Error('usage: search-index.ts <site-dir>');
await indexSite(resolve(site));
