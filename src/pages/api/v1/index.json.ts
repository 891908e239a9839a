// /api/v1/index.json: every unit and indicator of the API, with the address of its file.
import type { APIRoute } from 'astro';
import { getModel } from '../../../site/model.ts';
import { apiIndexBody } from '../../../site/views/api.ts';

export const GET: APIRoute = ({ site }) => new Response(apiIndexBody(getModel(), site), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
