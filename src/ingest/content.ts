// Checks content/reports/*.md(x) before Astro runs: frontmatter (contract §3)
// and every component reference against the data, each issue with the file,
// line and column of the reference. scripts/check.ts and scripts/build.ts call
// it, so an unknown id stops the build with a message saying where.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import yaml from 'js-yaml';
import type { Issue } from '../contract/issues.ts';
import type { Tables } from '../contract/rows.ts';
import { FIGURE_SHOW, FUNDING_CHARTS, REPORT_COMPONENTS, REPORT_LANGS, SITE_PATH, frontmatterDate, refMessages, reportBelongs, reportSlug } from '../contract/reports.ts';

type Message = { vi: string; en: string };

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

/** Blanks fenced code blocks and inline code, keeping offsets, so examples are not checked. */
function blankCode(body: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  return body.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank).replace(/`[^`\n]+`/g, blank);
}

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const TAG = /<([A-Z][A-Za-z0-9]*)\b((?:[^>"'{}]|"[^"]*"|'[^']*'|\{[^}]*\})*)\/?>/g;
const ATTR = /([A-Za-z_][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*(?:"([^"]*)"|'([^']*)'|`([^`]*)`|([^}]*?))\s*\})/g;

interface Attr {
  value: string;
  offset: number;
}

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

  for (const path of listReports(reportsDir)) {
    const file = displayPath(path);
    const text = readFileSync(path, 'utf8');
    const issue = (kind: 'content_ref' | 'content_frontmatter', offset: number, column: string | undefined, value: string | undefined, m: Message) => {
      const pos = position(text, offset);
      issues.push({ severity: 'error', kind, file, line: pos.line, column, columnIndex: pos.column, value, vi: m.vi, en: m.en });
    };

    // Frontmatter
    const fm = FRONTMATTER.exec(text);
    let bodyStart = 0;
    if (!fm) {
      issue('content_frontmatter', 0, undefined, undefined, {
        vi: 'Thiếu phần đầu (frontmatter) giữa hai dòng "---" với title, lang, as_of, summary.',
        en: 'Missing frontmatter between two "---" lines with title, lang, as_of, summary.',
      });
    } else {
      bodyStart = fm[0].length;
      const rawStart = fm.index + fm[0].indexOf(fm[1]!);
      const keyOffset = (key: string) => {
        const m = new RegExp(`^${key}\\s*:`, 'm').exec(fm[1]!);
        return m ? rawStart + m.index : 0;
      };
      let meta: Record<string, unknown> = {};
      try {
        const loaded = yaml.load(fm[1]!);
        if (loaded && typeof loaded === 'object') meta = loaded as Record<string, unknown>;
      } catch (e) {
        const mark = (e as { mark?: { position?: number } }).mark;
        issue('content_frontmatter', rawStart + (mark?.position ?? 0), undefined, undefined, {
          vi: `Frontmatter không đọc được (YAML): ${(e as Error).message.split('\n')[0]}`,
          en: `Frontmatter is not valid YAML: ${(e as Error).message.split('\n')[0]}`,
        });
      }
      if (!reportBelongs(meta.unit, rootCode)) {
        const pos = position(text, keyOffset('unit'));
        issues.push({
          severity: 'warning',
          kind: 'content_other_dataset',
          file,
          line: pos.line,
          column: 'unit',
          columnIndex: pos.column,
          value: String(meta.unit),
          vi: `Báo cáo viết cho đơn vị "${String(meta.unit)}", không phải đơn vị gốc của dữ liệu này ("${rootCode}"): báo cáo không được đăng.`,
          en: `The report was written for unit "${String(meta.unit)}", not this data set's root ("${rootCode}"): it is not published.`,
        });
        continue;
      }
      for (const key of ['title', 'summary'] as const) {
        const v = meta[key];
        if (typeof v !== 'string' || v.trim() === '') {
          issue('content_frontmatter', keyOffset(key), key, v === undefined ? undefined : String(v), {
            vi: `Thiếu "${key}" (văn bản) trong frontmatter.`,
            en: `"${key}" (text) is missing from the frontmatter.`,
          });
        }
      }
      const lang = meta.lang;
      if (typeof lang !== 'string' || !(REPORT_LANGS as readonly string[]).includes(lang)) {
        issue('content_frontmatter', keyOffset('lang'), 'lang', lang === undefined ? undefined : String(lang), {
          vi: `"lang" phải là một trong: ${REPORT_LANGS.join(', ')}.`,
          en: `"lang" must be one of: ${REPORT_LANGS.join(', ')}.`,
        });
      } else {
        const slug = reportSlug(relative(reportsDir, path));
        const key = `${lang}/${slug}`;
        const other = seen.get(key);
        if (other) {
          issue('content_frontmatter', keyOffset('lang'), 'lang', lang, {
            vi: `Hai báo cáo cùng địa chỉ "${slug}" và cùng ngôn ngữ "${lang}": ${other} và tệp này.`,
            en: `Two reports share the address "${slug}" and language "${lang}": ${other} and this file.`,
          });
        } else seen.set(key, file);
      }
      for (const key of ['as_of', 'published'] as const) {
        const v = meta[key];
        if (v === undefined && key === 'published') continue;
        if (frontmatterDate(v) === undefined) {
          issue('content_frontmatter', keyOffset(key), key, v === undefined ? undefined : String(v), {
            vi: `"${key}" phải là một ngày (YYYY-MM-DD, DD/MM/YYYY hoặc D/M/YYYY).`,
            en: `"${key}" must be a date (YYYY-MM-DD, DD/MM/YYYY or D/M/YYYY).`,
          });
        }
      }
      if (meta.source !== undefined && !documents.has(String(meta.source))) {
        issue('content_ref', keyOffset('source'), 'source', String(meta.source), refMessages.document(String(meta.source)));
      }
    }

    // Component references in the body
    const body = blankCode(text.slice(bodyStart));
    for (const tag of body.matchAll(TAG)) {
      const name = tag[1]!;
      const tagOffset = bodyStart + tag.index!;
      if (!(REPORT_COMPONENTS as readonly string[]).includes(name)) {
        issue('content_ref', tagOffset, undefined, name, refMessages.component(name));
        continue;
      }
      const attrs = new Map<string, Attr>();
      const attrText = tag[2] ?? '';
      const attrStart = tagOffset + 1 + name.length;
      for (const a of attrText.matchAll(ATTR)) {
        const value = a.slice(2).find((v) => v !== undefined) ?? '';
        const valueIndex = a[0].lastIndexOf(value);
        attrs.set(a[1]!, { value: value.trim(), offset: attrStart + a.index! + Math.max(0, valueIndex) });
      }
      const need = (prop: string): Attr | undefined => {
        const a = attrs.get(prop);
        if (!a || a.value === '') issue('content_ref', tagOffset, prop, undefined, refMessages.required(name, prop));
        return a && a.value !== '' ? a : undefined;
      };
      const ref = (prop: string, a: Attr, m: Message) => issue('content_ref', a.offset, prop, a.value, m);

      if (name === 'Figure') {
        const ind = need('indicator');
        const asOf = need('asOf');
        const kindAttr = attrs.get('kind');
        const kind = kindAttr?.value || 'actual';
        const show = attrs.get('show');
        if (kindAttr && !['actual', 'target'].includes(kind)) ref('kind', kindAttr, refMessages.option(name, 'kind', kind, ['actual', 'target']));
        if (show && !(FIGURE_SHOW as readonly string[]).includes(show.value)) ref('show', show, refMessages.option(name, 'show', show.value, FIGURE_SHOW));
        if (ind && !indicators.has(ind.value)) ref('indicator', ind, refMessages.indicator(ind.value));
        const iso = asOf ? frontmatterDate(asOf.value) : undefined;
        if (asOf && !iso) ref('asOf', asOf, refMessages.date(asOf.value));
        if (ind && indicators.has(ind.value) && asOf && iso && ['actual', 'target'].includes(kind)) {
          const row = values.get(`${ind.value}\u0000${iso}\u0000${kind}`);
          if (!row) ref('asOf', asOf, refMessages.indicatorValue(ind.value, iso, kind));
          else if (show && ['percent', 'denominator'].includes(show.value) && row.denominator === undefined) {
            ref('show', show, refMessages.noDenominator(ind.value, iso));
          }
        }
      } else if (name === 'UnitLink') {
        const code = need('code');
        if (code && !units.has(code.value)) ref('code', code, refMessages.unit(code.value));
      } else if (name === 'DocRef') {
        const id = need('id');
        if (id && !documents.has(id.value)) ref('id', id, refMessages.document(id.value));
      } else if (name === 'FundingRef') {
        const id = need('line');
        const show = attrs.get('show');
        if (show && !['amount', 'commitment', 'item'].includes(show.value)) ref('show', show, refMessages.option(name, 'show', show.value, ['amount', 'commitment', 'item']));
        if (id && !funding.has(id.value)) ref('line', id, refMessages.funding(id.value));
      } else if (name === 'DateText') {
        const iso = need('iso');
        if (iso && !frontmatterDate(iso.value)) ref('iso', iso, refMessages.date(iso.value));
      } else if (name === 'SiteLink') {
        const p = need('path');
        if (p && !SITE_PATH.test(p.value)) ref('path', p, refMessages.sitePath(p.value));
      } else if (name === 'Chart') {
        const ind = attrs.get('indicator');
        const chart = attrs.get('chart');
        const allowed = FUNDING_CHARTS.join(', ');
        if (ind) {
          if (!indicators.has(ind.value)) ref('indicator', ind, refMessages.indicator(ind.value));
          else if (!indicatorsWithValues.has(ind.value)) ref('indicator', ind, refMessages.indicatorValue(ind.value, '*', '*'));
        } else if (chart) {
          if (!(FUNDING_CHARTS as readonly string[]).includes(chart.value) || funding.size === 0) ref('chart', chart, refMessages.chart(chart.value, allowed));
        } else issue('content_ref', tagOffset, 'indicator', undefined, refMessages.required(name, 'indicator | chart'));
      }
    }
  }
  return issues;
}
