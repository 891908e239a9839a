// /du-lieu/mau/<table>.csv: a template per table, header and one example row.
import type { APIRoute } from 'astro';
import { tableNames, type TableName } from '../../../contract/tables.ts';
import { templateCsv } from '../../../publish/csv.ts';

export function getStaticPaths() {
  return tableNames.map((table) => ({ params: { table } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(templateCsv(params.table as TableName), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
