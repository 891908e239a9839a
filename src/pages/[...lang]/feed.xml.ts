// /feed.xml and /en/feed.xml: Atom feed of reports and of what changed
// between as-of dates, newest first.
import type { APIRoute } from 'astro';
import { getModel } from '../../site/model.ts';
import { getReports } from '../../site/reports.ts';
import { feedXml } from '../../site/views/feed.ts';
import { langFromParam, langParams } from '../../i18n/index.ts';

export const getStaticPaths = () => langParams().map((params) => ({ params }));

export const GET: APIRoute = async ({ params, site }) => {
  const model = getModel();
  const xml = feedXml(model, await getReports(model), langFromParam(params.lang), site);
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
