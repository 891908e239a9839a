// /api/v1/indicators/<id>.json: one indicator's values over time, targets, provenance and revisions.
import type { APIRoute } from 'astro';
import { getModel } from '../../../../site/model.ts';
import { getRevisions } from '../../../../site/revisions.ts';
import { apiIndicatorBody, apiIndicatorFiles } from '../../../../site/views/api.ts';

export const getStaticPaths = () => apiIndicatorFiles(getModel()).map(({ key, indicator }) => ({ params: { id: key }, props: { id: indicator.id } }));

export const GET: APIRoute = async ({ props, site }) =>
  new Response(apiIndicatorBody(getModel(), (props as { id: string }).id, await getRevisions(), site), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
