// Builds the Pagefind index for a built site folder.
import { createIndex, close } from 'pagefind';

const site = process.argv[2];
if (!site) throw new Error('usage: search-index.ts <site-dir>');
const { index, errors } = await createIndex({});
if (!index) throw new Error(errors.join('\n'));
const added = await index.addDirectory({ path: site });
if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
await close();
