// The reports written for this data set: pages list only these.
import { getCollection } from 'astro:content';
import { reportBelongs } from '../content/reports.ts';
import { getModel } from './site.ts';

export function getReports() {
  const root = getModel().root.code;
  return getCollection('reports', (entry) => reportBelongs(entry.data.unit, root));
}
