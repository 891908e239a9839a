// /du-lieu/mau/<workbook>.xlsx: the template workbook, blank and filled with
// the site's current data (the tables given, as the pipeline read them).
import type { APIRoute } from 'astro';
import { getModel } from '../../../site/model.ts';
import { tableNames } from '../../../contract/tables.ts';
import { templateWorkbook } from '../../../publish/workbook.ts';
import { WORKBOOK_FILES } from '../../../site/routes.ts';

export function getStaticPaths() {
  return Object.values(WORKBOOK_FILES).map((file) => ({ params: { workbook: file.replace(/\.xlsx$/, '') } }));
}

export const GET: APIRoute = async ({ params }) => {
  const model = getModel();
  const filled = `${params.workbook}.xlsx` === WORKBOOK_FILES.filled;
  const rows = Object.fromEntries(tableNames.filter((n) => model.present[n]).map((n) => [n, model.tables[n]]));
  const bytes = await templateWorkbook(filled ? { rows, decimals: model.decimals, asOf: model.latestAsOf } : { asOf: model.latestAsOf });
  return new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
};
