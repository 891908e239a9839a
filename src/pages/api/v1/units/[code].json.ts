// /api/v1/units/<code>.json: one unit, as its page shows it.
import type { APIRoute } from 'astro';
import { getModel } from '../../../../site/model.ts';
import { apiUnitBody, apiUnitFiles } from '../../../../site/views/api.ts';
import { writtenAfterBuild } from '../../../../site/views/bulk-files.ts';

// A build writes these files itself (site/views/bulk-files.ts); `astro dev` serves them here.
export function getStaticPaths() {
  const model = getModel();
  if (writtenAfterBuild(model)) return [];
  return apiUnitFiles(model).map(({ key, unit }) => ({ params: { code: key }, props: { code: unit.code } }));
}

export const GET: APIRoute = ({ props, site }) =>
  new Response(apiUnitBody(getModel(), (props as { code: string }).code, site), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
