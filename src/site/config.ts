// Where the build reads its inputs. Other districts point these elsewhere.
import { resolve } from 'node:path';
import { listLimitFrom } from '../model/listings.ts';

export const dataDir = resolve(process.env.NTM_DATA_DIR ?? 'data');
export const contentDir = resolve(process.env.NTM_CONTENT_DIR ?? 'content');
/** Rows per listing before a page summarises it (NTM_LIST_LIMIT, default LIST_LIMIT). */
export const listLimit = listLimitFrom(process.env.NTM_LIST_LIMIT);
