// Checks content/reports/*.md(x) before Astro runs: frontmatter (contract §3)
// and every component reference against the data, each issue with the file,
// line and column of the reference. The MDX is parsed with the parser Astro's
// MDX integration uses; what each component may say comes from its
// description in src/contract/reports.ts. scripts/check.ts and
// scripts/build.ts call it, so an unknown id stops the build with a message
// saying where.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import yaml from 'js-yaml';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { issue, type Issue } from '../contract/issues.ts';
import { say, type Said } from '../contract/messages.ts';
import type { Tables } from '../contract/rows.ts';
import type { TableName } from '../contract/tables.ts';
import { readingFailuresOf } from './pipeline.ts';
import {
  FUNDING_CHARTS,
  REPORT_LANGS,
  SITE_PATH,
  frontmatterDate,
  refMessages,
  reportBelongs,
  reportComponentSpecs,
  reportSlug,
  type ComponentSpec,
  type PropTarget,
} from '../contract/reports.ts';

function listReports(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listReports(path));
    else if (/\.mdx?$/i.test(name)) out.push(path);
  }
  return out;
}

function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** 1-based line and column of a character offset. */
function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** The mdast nodes this check reads. */
interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { offset?: number } };
}

interface Attr {
  value: string;
  /** Offset of the value's first character in the file. */
  offset: number;
}

/** A JSX attribute's value as text: `"x"`, `{"x"}` and `{15721}` all give their text. */
function attributeText(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (value && typeof value === 'object' && 'value' in value) {
    const expr = String((value as { value: unknown }).value).trim();
    return (/^(["'`])([\s\S]*)\1$/.exec(expr)?.[2] ?? expr).trim();
  }
  return '';
}

/**
 * The element's attributes, each with where its value starts. The parser gives
 * no positions for attributes, so each is found in the source, in order,
 * after the element's name.
 */
function attributesOf(node: Node, text: string): Map<string, Attr> {
  const attrs = new Map<string, Attr>();
  let cursor = (node.position?.start.offset ?? 0) + 1 + (node.name?.length ?? 0);
  for (const a of node.attributes ?? []) {
    if (a.type !== 'mdxJsxAttribute' || !a.name) continue;
    const value = attributeText(a.value);
    const name = new RegExp(`(?<![\\w-])${a.name.replace(/[^\w-]/g, '\\$&')}\\s*(=\\s*\\{?\\s*["'\`]?)?`, 'g');
    name.lastIndex = cursor;
    const found = name.exec(text);
    let offset = cursor;
    if (found) {
      offset = found.index + found[0].length;
      const at = text.indexOf(value, offset);
      cursor = (at >= 0 ? at : offset) + value.length;
    }
    attrs.set(a.name, { value, offset });
  }
  return attrs;
}

/** Every JSX element of the tree, outside code (code is never parsed as JSX). */
function* elements(node: Node): Generator<Node> {
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') yield node;
  for (const child of node.children ?? []) yield* elements(child);
}

function* htmlNodes(node: Node): Generator<Node> {
  if (node.type === 'html') yield node;
  for (const child of node.children ?? []) yield* htmlNodes(child);
}

const specs: Record<string, ComponentSpec> = reportComponentSpecs;

export function validateContent(dir: string, data: Partial<Tables>): Issue[] {
  const reportsDir = join(dir, 'reports');
  if (!existsSync(reportsDir) || !statSync(reportsDir).isDirectory()) return [];
  const issues: Issue[] = [];

  const indicators = new Set((data.indicators ?? []).map((r) => r.id));
  const values = new Map<string, { denominator?: number }>();
  for (const v of data['indicator-values'] ?? []) values.set(`${v.indicator}\u0000${v.as_of}\u0000${v.kind}`, v);
  const indicatorsWithValues = new Set((data['indicator-values'] ?? []).map((v) => v.indicator));
  const units = new Set((data.units ?? []).map((r) => r.code));
  const documents = new Set((data.documents ?? []).map((r) => r.id));
  const funding = new Set((data.funding ?? []).map((r) => r.id));
  const seen = new Map<string, string>();
  const rootCode = (data.units ?? []).find((u) => !u.parent_code)?.code;

  // A row that could not be read, or a whole table, was reported already: a reference it may hold is not reported again.
  const failures = readingFailuresOf(data);
  const unread = (table: TableName, match: Record<string, string>) =>
    failures !== undefined &&
    (failures.unreadable.has(table) ||
      (failures.rejected[table] ?? []).some((r) => Object.entries(match).every(([k, v]) => (r as Record<string, unknown>)[k] === undefined || (r as Record<string, unknown>)[k] === v)));
  const missing = (table: TableName, match: Record<string, string>, said: Said) => (unread(table, match) ? undefined : said);

  /** What each kind of reference must name in the data; undefined when it does. */
  const lookUp: Record<PropTarget, (value: string) => Said | undefined> = {
    indicator: (v) => (indicators.has(v) ? undefined : missing('indicators', { id: v }, refMessages.indicator(v))),
    chartIndicator: (v) =>
      !indicators.has(v)
        ? missing('indicators', { id: v }, refMessages.indicator(v))
        : indicatorsWithValues.has(v)
          ? undefined
          : missing('indicator-values', { indicator: v }, refMessages.indicatorValue(v, '*', '*')),
    unit: (v) => (units.has(v) ? undefined : missing('units', { code: v }, refMessages.unit(v))),
    document: (v) => (documents.has(v) ? undefined : missing('documents', { id: v }, refMessages.document(v))),
    funding: (v) => (funding.has(v) ? undefined : missing('funding', { id: v }, refMessages.funding(v))),
    fundingChart: (v) => ((FUNDING_CHARTS as readonly string[]).includes(v) && (funding.size > 0 || unread('funding', {})) ? undefined : refMessages.chart(v)),
    date: (v) => (frontmatterDate(v) ? undefined : refMessages.date(v)),
    sitePath: (v) => (SITE_PATH.test(v) ? undefined : refMessages.sitePath(v)),
  };

  for (const path of listReports(reportsDir)) {
    const file = displayPath(path);
    const text = readFileSync(path, 'utf8');
    const report = (offset: number, column: string | undefined, value: string | undefined, said: Said) => {
      const pos = position(text, offset);
      issues.push(issue({ file, line: pos.line, column, columnIndex: pos.column, value, ...said }));
    };

    let tree: Node;
    const mdx = !/\.md$/i.test(path);
    try {
      tree = (mdx ? mdxToMdast(text) : markdownToMdast(text)) as Node;
    } catch (e) {
      // The parser's message starts with the line and column: "3:12: Unexpected …".
      const message = (e as Error).message;
      const [, line = '1', column = '1', detail = message] = /^(\d+):(\d+):\s*([\s\S]*)$/.exec(message) ?? [];
      issues.push(issue({ file, line: Number(line), columnIndex: Number(column), ...say.content_syntax.text({ detail }) }));
      continue;
    }

    // Frontmatter
    const fm = tree.children?.find((n) => n.type === 'yaml');
    if (!fm) {
      report(0, undefined, undefined, say.content_frontmatter.missing());
    } else {
      const raw = String(fm.value ?? '');
      const rawStart = text.indexOf('\n', fm.position?.start.offset ?? 0) + 1;
      const keyOffset = (key: string) => {
        const m = new RegExp(`^${key}\\s*:`, 'm').exec(raw);
        return m ? rawStart + m.index : 0;
      };
      let meta: Record<string, unknown> = {};
      try {
        const loaded = yaml.load(raw);
        if (loaded && typeof loaded === 'object') meta = loaded as Record<string, unknown>;
      } catch (e) {
        const mark = (e as { mark?: { position?: number } }).mark;
        report(rawStart + (mark?.position ?? 0), undefined, undefined, say.content_frontmatter.yaml({ detail: (e as Error).message.split('\n')[0]! }));
      }
      if (!failures?.unreadable.has('units') && !reportBelongs(meta.unit, rootCode)) {
        report(keyOffset('unit'), 'unit', String(meta.unit), say.content_other_dataset.text({ unit: String(meta.unit), root: rootCode }));
        continue;
      }
      for (const key of ['title', 'summary'] as const) {
        const v = meta[key];
        if (typeof v !== 'string' || v.trim() === '') report(keyOffset(key), key, v === undefined ? undefined : String(v), say.content_frontmatter.text({ key }));
      }
      const lang = meta.lang;
      if (typeof lang !== 'string' || !(REPORT_LANGS as readonly string[]).includes(lang)) {
        report(keyOffset('lang'), 'lang', lang === undefined ? undefined : String(lang), say.content_frontmatter.lang({ allowed: REPORT_LANGS }));
      } else {
        const slug = reportSlug(relative(reportsDir, path));
        const key = `${lang}/${slug}`;
        const other = seen.get(key);
        if (other) report(keyOffset('lang'), 'lang', lang, say.content_frontmatter.sameAddress({ slug, lang, other }));
        else seen.set(key, file);
      }
      for (const key of ['as_of', 'published'] as const) {
        const v = meta[key];
        if (v === undefined && key === 'published') continue;
        if (frontmatterDate(v) === undefined) report(keyOffset(key), key, v === undefined ? undefined : String(v), say.content_frontmatter.date({ key }));
      }
      if (meta.source !== undefined && !documents.has(String(meta.source)) && !unread('documents', { id: String(meta.source) })) {
        report(keyOffset('source'), 'source', String(meta.source), refMessages.document(String(meta.source)));
      }
    }

    // Components work in MDX only: in Markdown a tag is raw HTML, and would be published as such.
    if (!mdx) {
      for (const node of htmlNodes(tree)) {
        const name = /^<([A-Z][A-Za-z0-9]*)/.exec(String(node.value))?.[1];
        if (name) report(node.position?.start.offset ?? 0, undefined, name, say.content_ref.notMdx({ name }));
      }
      continue;
    }

    // Component references in the body. Lower-case names are HTML elements.
    for (const node of elements(tree)) {
      const name = node.name;
      if (!name || !/^[A-Z]/.test(name)) continue;
      const tagOffset = node.position?.start.offset ?? 0;
      const spec = specs[name];
      if (!spec) {
        report(tagOffset, undefined, name, refMessages.component(name));
        continue;
      }
      const attrs = attributesOf(node, text);
      const given = (prop: string) => {
        const a = attrs.get(prop);
        return a && a.value !== '' ? a : undefined;
      };
      const valid = new Set<string>();
      for (const [prop, p] of Object.entries(spec.props)) {
        const a = given(prop);
        if (!a) {
          if (p.required) report(tagOffset, prop, undefined, refMessages.required(name, prop));
          else if (p.default !== undefined) valid.add(prop);
          continue;
        }
        const wrong = p.options && !p.options.includes(a.value) ? refMessages.option(name, prop, a.value, p.options) : p.refersTo ? lookUp[p.refersTo](a.value) : undefined;
        if (wrong) report(a.offset, prop, a.value, wrong);
        else valid.add(prop);
      }
      if (spec.oneOf && !spec.oneOf.some((prop) => given(prop))) {
        report(tagOffset, spec.oneOf[0], undefined, refMessages.required(name, spec.oneOf.join(' | ')));
      }
      const iv = spec.indicatorValue;
      if (iv && [iv.indicator, iv.asOf, iv.kind].every((prop) => valid.has(prop))) {
        const value = (prop: string) => given(prop)?.value ?? spec.props[prop]?.default ?? '';
        const id = value(iv.indicator);
        const iso = frontmatterDate(value(iv.asOf))!;
        const kind = value(iv.kind);
        const row = values.get(`${id}\u0000${iso}\u0000${kind}`);
        const show = given(iv.show);
        if (!row) {
          if (!unread('indicator-values', { indicator: id, as_of: iso, kind })) report(given(iv.asOf)!.offset, iv.asOf, given(iv.asOf)!.value, refMessages.indicatorValue(id, iso, kind));
        } else if (show && iv.needsDenominator.includes(show.value) && row.denominator === undefined) {
          report(show.offset, iv.show, show.value, refMessages.noDenominator(id, iso));
        }
      }
    }
  }
  return issues;
}
