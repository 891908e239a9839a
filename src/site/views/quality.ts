// The data-quality page: every warning the build found, grouped by kind.
import type { Issue } from '../../contract/issues.ts';
import { issueOrder } from '../../contract/messages.ts';
import { slugify } from '../../lib/text.ts';

export interface WarningGroup {
  kind: Issue['kind'];
  items: { issue: Issue; anchor: string }[];
}

/** A warning group as a page shows it: at most its share of the list limit, and the group's full size. */
export interface ShownWarningGroup extends WarningGroup {
  total: number;
}

/**
 * At most `limit` warnings over all groups, shared fairly: small groups are
 * shown whole and the rest is split evenly between the larger ones (at
 * least one each). Each group keeps its first warnings, in file order.
 */
export function limitWarnings(groups: readonly WarningGroup[], limit: number): { groups: ShownWarningGroup[]; capped: boolean } {
  const share = new Map<WarningGroup, number>();
  let left = limit;
  const bySize = [...groups].sort((a, b) => a.items.length - b.items.length);
  bySize.forEach((g, i) => {
    const n = Math.min(g.items.length, Math.max(1, Math.floor(left / (bySize.length - i))));
    share.set(g, n);
    left -= n;
  });
  const shown = groups.map((g) => ({ ...g, items: g.items.slice(0, share.get(g)), total: g.items.length }));
  return { groups: shown, capped: shown.some((g) => g.items.length < g.total) };
}

/** Warnings grouped by kind, figures first, each with a stable anchor from its location. */
export function groupWarnings(warnings: readonly Issue[]): WarningGroup[] {
  const groups = new Map<Issue['kind'], WarningGroup>();
  const used = new Set<string>();
  for (const issue of warnings) {
    const base = ['w', issue.kind, issue.file.replace(/\.csv$/, ''), issue.line, issue.column]
      .filter((p) => p !== undefined && p !== '')
      .map((p) => slugify(String(p)))
      .join('-');
    let anchor = base;
    for (let n = 2; used.has(anchor); n++) anchor = `${base}-${n}`;
    used.add(anchor);
    let group = groups.get(issue.kind);
    if (!group) groups.set(issue.kind, (group = { kind: issue.kind, items: [] }));
    group.items.push({ issue, anchor });
  }
  return [...groups.values()].sort((a, b) => issueOrder(a.kind) - issueOrder(b.kind));
}
