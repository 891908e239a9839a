// One static CSV per chart and language: the chart's table as data.
import type { APIRoute } from 'astro';
import { getModel } from '../../../site/model.ts';
import { langFromParam, langParams } from '../../../i18n/index.ts';
import { allCharts, chartCsv } from '../../../site/charts.ts';

export function getStaticPaths() {
  const model = getModel();
  return langParams().flatMap((params) =>
    allCharts(model, langFromParam(params.lang)).map((chart) => ({ params: { ...params, chart: chart.id }, props: { chart } })),
  );
}

export const GET: APIRoute = ({ props }) =>
  new Response(chartCsv(props.chart), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
