// /du-lieu/<table>.json: each table present in the data, as typed JSON rows.
import type { APIRoute } from 'astro';
import { getModel } from '../../site/model.ts';
import { writtenAfterBuild } from '../../site/views/bulk-files.ts';
import { tableNames, type TableName } from '../../contract/tables.ts';
import { tableToJsonChunks } from '../../publish/json.ts';
import { byteStream } from '../../publish/stream.ts';

// A build writes these files itself (site/views/bulk-files.ts); `astro dev` serves them here.
export function getStaticPaths() {
  const model = getModel();
  if (writtenAfterBuild(model)) return [];
  return tableNames.filter((n) => model.present[n]).map((table) => ({ params: { table } }));
}

export const GET: APIRoute = ({ params }) => {
  const name = params.table as TableName;
  return new Response(byteStream(tableToJsonChunks(name, getModel().tables[name])), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
