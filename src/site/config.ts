// Where the build reads its inputs. Other districts point these elsewhere.
import { resolve } from 'node:path';
import { listLimitFrom } from '../model/listings.ts';

export const dataDir = resolve(process.env.NTM_DATA_DIR ?? 'data');
export const contentDir = resolve(process.env.NTM_CONTENT_DIR ?? 'content');
/** Rows per listing before a page summarises it (NTM_LIST_LIMIT, default LIST_LIMIT). */
export const listLimit = listLimitFrom(process.env.NTM_LIST_LIMIT);

/** The day of this build: "how old are the data" is counted to it (NTM_BUILD_DATE=YYYY-MM-DD fixes it, e.g. for tests). */
export function buildDate(): Date {
  const fixed = process.env.NTM_BUILD_DATE;
  return fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed) ? new Date(`${fixed}T00:00:00Z`) : new Date();
}
