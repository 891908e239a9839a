// /du-lieu/sua-doi.json: the revision history, which the next build reads and carries forward.
import type { APIRoute } from 'astro';
import { getRevisions } from '../../site/revisions.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify((await getRevisions()).history, null, 1) + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
