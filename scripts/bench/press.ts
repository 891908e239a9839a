// Times, on one data set, what the press and re-use features add to a build,
// outside Astro: drawing and encoding every chart image (both languages), the
// JSON API's files, and the revision comparison. Prints one JSON line.
//   node scripts/bench/press.ts <data-dir>
import { loadDataDir } from '../../src/ingest/load.ts';
import { buildModel } from '../../src/model/build.ts';
import { allCharts } from '../../src/site/charts.ts';
import { chartImageStats, renderChartPng } from '../../src/publish/chart-image.ts';
import { apiIndicatorBody, apiUnitBody } from '../../src/site/views/api.ts';
import { figuresOf, siteRevisions } from '../../src/site/revisions.ts';
import { nextHistory } from '../../src/publish/revisions.ts';

const dir = process.argv[2];
if (!dir) throw new Error('usage: press.ts <data-dir>');
const loaded = loadDataDir(dir);
if (loaded.issues.errors.length > 0) throw new Error(`${loaded.issues.errors.length} errors in ${dir}`);
const model = buildModel(loaded.data, loaded.issues.warnings);

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const timed = async (f: () => unknown) => {
  const [w, c] = [performance.now(), cpu()];
  await f();
  return { wallMs: Math.round(performance.now() - w), cpuMs: Math.round(cpu() - c) };
};

const charts = (['vi', 'en'] as const).flatMap((lang) => allCharts(model, lang).map((chart) => ({ chart, lang })));
let bytes = 0;
const images = await timed(async () => {
  for (const { chart, lang } of charts) bytes += (await renderChartPng(chart, { locale: lang === 'vi' ? 'vi-VN' : 'en-GB', credit: 'credit line · 30/9/2021' })).length;
});
const figures = figuresOf(model);
const history = nextHistory({ kind: 'found', where: dir, figures, rootCode: model.root.code }, figures, { code: model.root.code, name: model.root.name }, '2027-01-01');
const revisions = siteRevisions(history, { kind: 'none' });
let apiBytes = 0;
const api = await timed(() => {
  for (const u of model.units) apiBytes += apiUnitBody(model, u.code, undefined).length;
  for (const i of model.indicators) apiBytes += apiIndicatorBody(model, i.id, revisions, undefined).length;
});
const compare = await timed(() => nextHistory({ kind: 'found', where: dir, figures, history }, figuresOf(model), history.root, '2027-01-02'));
console.log(
  JSON.stringify({
    units: model.units.length,
    charts: charts.length,
    images: { ...images, perImageMs: Math.round(images.wallMs / charts.length), bytes, inRender: Math.round(chartImageStats.ms) },
    api: { ...api, files: model.units.length + model.indicators.length, bytes: apiBytes },
    revisions: { ...compare, figures: figures.length },
  }),
);
