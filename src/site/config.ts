// Where the build reads its inputs. Other districts point these elsewhere.
import { resolve } from 'node:path';
import { listLimitFrom } from '../model/listings.ts';
import { buildDate as buildDayOf } from '../publish/revisions.ts';

export const dataDir = resolve(process.env.NTM_DATA_DIR ?? 'data');
export const contentDir = resolve(process.env.NTM_CONTENT_DIR ?? 'content');
/** Rows per listing before a page summarises it (NTM_LIST_LIMIT, default LIST_LIMIT). */
export const listLimit = listLimitFrom(process.env.NTM_LIST_LIMIT);

// Worked out once: one day for the whole build, even one that runs past midnight.
let day: { env: string | undefined; day: string } | undefined;
/** The day of this build, in Vietnam: NTM_BUILD_DATE=YYYY-MM-DD fixes it (tests, rebuilding a past publication). */
export const buildDay = (): string => {
  const env = process.env.NTM_BUILD_DATE;
  if (!day || day.env !== env) day = { env, day: buildDayOf(env) };
  return day.day;
};

/** The build day as a date: "how old are the data" and "has this deadline passed" are counted to it. */
export const buildDate = (): Date => new Date(`${buildDay()}T00:00:00Z`);
