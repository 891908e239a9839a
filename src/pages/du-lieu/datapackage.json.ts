// /du-lieu/datapackage.json: Frictionless Data Package describing the CSV downloads.
import type { APIRoute } from 'astro';
import { getModel } from '../../site/model.ts';
import { tableNames } from '../../contract/tables.ts';
import { dataPackage } from '../../publish/datapackage.ts';

export const GET: APIRoute = () => {
  const model = getModel();
  const present = Object.fromEntries(tableNames.filter((n) => model.present[n]).map((n) => [n, model.tables[n]]));
  const duplicateKeyFiles = new Set(model.warnings.filter((w) => w.kind === 'duplicate_row').map((w) => w.file));
  const pkg = dataPackage({ placeName: model.root.name, asOf: model.latestAsOf, tables: present, duplicateKeyFiles });
  return new Response(JSON.stringify(pkg, null, 2) + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
