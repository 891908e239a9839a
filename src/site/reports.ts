// The reports written for this data set: pages list only these.
import { getCollection } from 'astro:content';
import { reportBelongs } from '../contract/reports.ts';
import { getModel } from './model.ts';

export function getReports() {
  const root = getModel().root.code;
  return getCollection('reports', (entry) => reportBelongs(entry.data.unit, root));
}
