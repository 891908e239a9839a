// Indicators and their values: latest, previous, next target and progress,
// recomputed figures and the warnings about each row.
import { parseComputedFrom } from '../contract/computed.ts';
import type { Issue } from '../contract/issues.ts';
import type { Row, Tables } from '../contract/rows.ts';
import { tables } from '../contract/tables.ts';
import { recompute } from '../ingest/recompute.ts';
import { groupBy } from '../lib/collections.ts';
import { slugify } from '../lib/text.ts';
import type { DocumentIndex } from './documents.ts';
import type { Indicator, IndicatorProgress, IndicatorValue } from './types.ts';

const HEADLINE_MAX = 8;

export function buildIndicators(data: Partial<Tables>, warnings: Issue[], documents: DocumentIndex): Indicator[] {
  const valuesByIndicator = groupBy(data['indicator-values'] ?? [], (v) => v.indicator);
  const valuesFile = tables['indicator-values'].file;
  const warningsByLine = groupBy(
    warnings.filter((w) => w.file === valuesFile),
    (w) => w.line,
  );
  return (data.indicators ?? []).map((row) => {
    const parsed = row.computed_from ? parseComputedFrom(row.computed_from) : undefined;
    const rule = parsed && 'rule' in parsed ? parsed.rule : undefined;
    // Repeated (as_of, kind) rows were warned about; the last one stands.
    const dedup = new Map<string, Row<'indicator-values'>>();
    for (const v of valuesByIndicator.get(row.id) ?? []) dedup.set(`${v.as_of}\u0000${v.kind}`, v);
    const values = [...dedup.values()]
      .map(
        (v): IndicatorValue =>
          Object.assign(v, {
            sourceRef: documents.source(v.source),
            percent: v.denominator ? (v.value / v.denominator) * 100 : undefined,
            anchor: `${slugify(row.id)}-${v.as_of}-${v.kind}`,
            computed: rule && v.kind === 'actual' ? recompute(rule, v.as_of, data)?.value : undefined,
            warnings: warningsByLine.get(v._line) ?? [],
          }),
      )
      .sort((a, b) => (a.as_of < b.as_of ? -1 : a.as_of > b.as_of ? 1 : a.kind === b.kind ? 0 : a.kind === 'actual' ? -1 : 1));
    const actuals = values.filter((v) => v.kind === 'actual');
    const targets = values.filter((v) => v.kind === 'target');
    const latest = actuals.at(-1);
    const nextTarget = targets.find((t) => !latest || t.as_of >= latest.as_of) ?? targets.at(-1);
    return Object.assign(row, {
      rule,
      values,
      actuals,
      targets,
      latest,
      previous: actuals.at(-2),
      nextTarget,
      progress: progressOf(latest, nextTarget),
    });
  });
}

function progressOf(latest: IndicatorValue | undefined, target: IndicatorValue | undefined): IndicatorProgress | undefined {
  if (!latest) return undefined;
  if (target && target.as_of >= latest.as_of && target.value > 0) {
    return { against: 'target', value: latest.value, max: target.value, percent: (latest.value / target.value) * 100 };
  }
  if (latest.denominator) {
    return { against: 'denominator', value: latest.value, max: latest.denominator, percent: (latest.value / latest.denominator) * 100 };
  }
  return undefined;
}

/** At most eight indicators with a latest actual; those with a denominator, then a computed_from, chosen first; catalogue order kept. */
export function headlineIndicators(indicators: Indicator[]): Indicator[] {
  const score = (i: Indicator) => (i.latest!.denominator !== undefined ? 2 : 0) + (i.rule ? 1 : 0);
  return indicators
    .filter((i) => i.latest)
    .map((i, index) => ({ i, index, s: score(i) }))
    .sort((a, b) => b.s - a.s || a.index - b.index)
    .slice(0, HEADLINE_MAX)
    .sort((a, b) => a.index - b.index)
    .map((r) => r.i);
}
