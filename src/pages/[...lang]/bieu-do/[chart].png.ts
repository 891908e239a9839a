// One PNG per chart and language, drawn at build time from the chart's spec.
import type { APIRoute } from 'astro';
import { getModel } from '../../../site/model.ts';
import { langFromParam, langParams } from '../../../i18n/index.ts';
import { allCharts } from '../../../site/charts.ts';
import { chartPng } from '../../../site/chart-images.ts';

export function getStaticPaths() {
  const model = getModel();
  return langParams().flatMap((params) =>
    allCharts(model, langFromParam(params.lang)).map((chart) => ({ params: { ...params, chart: chart.id }, props: { chart } })),
  );
}

export const GET: APIRoute = async ({ params, props }) =>
  new Response(new Uint8Array(await chartPng(getModel(), props.chart, langFromParam(params.lang))), { headers: { 'Content-Type': 'image/png' } });
