// validateContent: frontmatter and component references in content/reports,
// each problem reported with file, line and column, before Astro runs.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../src/ingest/content.ts';
import { loadDataDir } from '../../src/ingest/load.ts';
import { reportComponentSpecs } from '../../src/contract/reports.ts';
import { testSites } from '../setup/build-sites.ts';

const data = loadDataDir(testSites.default!.data).data;
const value = data['indicator-values']![0]!;
const unit = data.units![1]!;
const doc = data.documents![0]!;
const root = mkdtempSync(join(tmpdir(), 'ntm-content-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let n = 0;
function contentWith(files: Record<string, string>): string {
  const dir = join(root, `c${n++}`);
  mkdirSync(join(dir, 'reports'), { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, 'reports', name, '..'), { recursive: true });
    writeFileSync(join(dir, 'reports', name), text);
  }
  return dir;
}
const FM = `---\ntitle: A report\nlang: en\nas_of: ${value.as_of}\nsummary: What happened.\n---\n`;

describe('validateContent', () => {
  it('finds nothing wrong in an empty reports folder, or when there is none', () => {
    expect(validateContent(contentWith({}), data)).toEqual([]);
    expect(validateContent(join(root, 'does-not-exist'), data)).toEqual([]);
  });

  it('leaves out, with a warning, a report written for another data set’s root unit', () => {
    const foreign = FM.replace('lang: en', 'lang: en\nunit: "99999"') + '<UnitLink code="khong-co" />\n';
    const issues = validateContent(contentWith({ 'other.en.mdx': foreign }), data);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'warning', kind: 'content_other_dataset', line: 4, column: 'unit', value: '99999' });
  });

  it('still checks every reference of a report that names this data set’s root unit', () => {
    const rootCode = data.units!.find((u) => !u.parent_code)!.code;
    const own = FM.replace('lang: en', `lang: en\nunit: "${rootCode}"`) + '<UnitLink code="khong-co" />\n';
    const issues = validateContent(contentWith({ 'own.en.mdx': own }), data);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'error', kind: 'content_ref', value: 'khong-co' });
  });

  it('accepts references that exist in the data', () => {
    const body = `Text <Figure indicator="${value.indicator}" asOf="${value.as_of}" kind="${value.kind}" /> in <UnitLink code="${unit.code}" />, see <DocRef id="${doc.id}" />.\n`;
    expect(validateContent(contentWith({ 'ok.en.mdx': FM + body }), data)).toEqual([]);
  });

  it('reports an unknown indicator with the file, line and column of the reference', () => {
    const dir = contentWith({ 'r.en.mdx': `${FM}\nFirst line.\n\nAs of today <Figure indicator="no-such-indicator" asOf="${value.as_of}" />.\n` });
    const issues = validateContent(dir, data);
    expect(issues).toHaveLength(1);
    const [i] = issues;
    expect(i).toMatchObject({ severity: 'error', kind: 'content_ref', value: 'no-such-indicator', column: 'indicator' });
    expect(i!.file.endsWith(join('reports', 'r.en.mdx'))).toBe(true);
    expect(i!.line).toBe(10);
    expect(i!.columnIndex).toBe('As of today <Figure indicator="'.length + 1);
    expect(i!.vi).toContain('no-such-indicator');
    expect(i!.en).toContain('no-such-indicator');
  });

  it('reports a figure whose date or kind has no row in indicator-values', () => {
    const issues = validateContent(contentWith({ 'r.en.mdx': `${FM}<Figure indicator="${value.indicator}" asOf="1999-01-01" />\n` }), data);
    expect(issues.map((i) => [i.kind, i.line, i.column])).toEqual([['content_ref', 7, 'asOf']]);
  });

  it('reports an unknown unit code and an unknown document id, each on its own line', () => {
    const issues = validateContent(contentWith({ 'r.en.mdx': `${FM}<UnitLink code="99999999" />\n\n<DocRef id="no-such-doc" />\n` }), data);
    expect(issues.map((i) => [i.value, i.line])).toEqual([
      ['99999999', 7],
      ['no-such-doc', 9],
    ]);
    expect(issues.every((i) => i.kind === 'content_ref' && i.severity === 'error')).toBe(true);
  });

  it('reports an unknown component, since MDX would fail on it', () => {
    const issues = validateContent(contentWith({ 'r.en.mdx': `${FM}<Figur indicator="x" />\n` }), data);
    expect(issues.map((i) => [i.kind, i.value])).toEqual([['content_ref', 'Figur']]);
  });

  it('does not check references inside code blocks', () => {
    const issues = validateContent(contentWith({ 'r.en.mdx': `${FM}\`\`\`\n<UnitLink code="nope" />\n\`\`\`\n` }), data);
    expect(issues).toEqual([]);
  });

  it('reports bad frontmatter: missing fields, unknown language, impossible date, unknown source', () => {
    const dir = contentWith({ 'bad.mdx': `---\nlang: fr\nas_of: 31/02/2021\nsource: no-such-doc\n---\nText.\n` });
    const issues = validateContent(dir, data);
    const byColumn = Object.fromEntries(issues.map((i) => [i.column, i]));
    expect(Object.keys(byColumn).sort()).toEqual(['as_of', 'lang', 'source', 'summary', 'title']);
    expect(byColumn.lang).toMatchObject({ kind: 'content_frontmatter', line: 2 });
    expect(byColumn.as_of).toMatchObject({ kind: 'content_frontmatter', line: 3 });
    expect(byColumn.source).toMatchObject({ kind: 'content_ref', line: 4, value: 'no-such-doc' });
    expect(issues.every((i) => i.severity === 'error')).toBe(true);
  });

  it('reports a file without frontmatter, and YAML that does not parse', () => {
    const issues = validateContent(contentWith({ 'a.mdx': 'Just text.\n', 'b.mdx': '---\ntitle: [unclosed\n---\n' }), data);
    expect(issues.filter((i) => i.kind === 'content_frontmatter').length).toBeGreaterThanOrEqual(2);
    expect(issues.map((i) => i.file.split(/[\\/]/).pop())).toEqual(expect.arrayContaining(['a.mdx', 'b.mdx']));
  });

  it('reports two files that would publish at the same address in the same language', () => {
    const issues = validateContent(contentWith({ 'x.en.mdx': FM + 'A.\n', 'x/en.mdx': FM + 'B.\n' }), data);
    expect(issues.map((i) => i.kind)).toEqual(['content_frontmatter']);
  });

  it('reads attribute values written as expressions, and locates them', () => {
    const body = `<Figure indicator={"${value.indicator}"} asOf={'${value.as_of}'} kind="${value.kind}" /> <UnitLink code={99999999} />\n`;
    const issues = validateContent(contentWith({ 'r.en.mdx': FM + body }), data);
    expect(issues.map((i) => [i.value, i.line, i.columnIndex])).toEqual([['99999999', 7, body.indexOf('99999999') + 1]]);
  });

  it('checks every component against its description: each required prop, each option list', () => {
    for (const [name, spec] of Object.entries(reportComponentSpecs)) {
      for (const [prop, p] of Object.entries(spec.props as Record<string, { required?: boolean; options?: readonly string[] }>)) {
        if (p.required) {
          const issues = validateContent(contentWith({ 'r.en.mdx': `${FM}<${name} />\n` }), data);
          expect(issues.some((i) => i.kind === 'content_ref' && i.column === prop && i.en.includes(prop)), `${name} ${prop}`).toBe(true);
        }
        if (p.options) {
          const issues = validateContent(contentWith({ 'r.en.mdx': `${FM}<${name} ${prop}="no-such-option" />\n` }), data);
          expect(issues.some((i) => i.column === prop && i.value === 'no-such-option'), `${name} ${prop}`).toBe(true);
        }
      }
    }
  });

  it('asks a chart for an indicator or a funding chart', () => {
    const issues = validateContent(contentWith({ 'r.en.mdx': `${FM}<Chart />\n` }), data);
    expect(issues).toMatchObject([{ kind: 'content_ref', line: 7, column: 'indicator' }]);
  });

  it('reports MDX that does not parse, with its line, instead of failing later in Astro', () => {
    const issues = validateContent(contentWith({ 'r.en.mdx': `${FM}Text.\n\nA <Figure indicator="x"\n\n{unclosed\n` }), data);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'error', kind: 'content_syntax' });
    expect(issues[0]!.line).toBeGreaterThanOrEqual(9);
  });

  it('reads frontmatter after a byte-order mark', () => {
    expect(validateContent(contentWith({ 'r.en.mdx': '\uFEFF' + FM + 'Text.\n' }), data)).toEqual([]);
  });

  it('reports a component in a Markdown (.md) report, where it would not render', () => {
    const issues = validateContent(contentWith({ 'r.en.md': `${FM}See <UnitLink code="${unit.code}" />.\n` }), data);
    expect(issues).toMatchObject([{ kind: 'content_ref', line: 7, value: 'UnitLink' }]);
  });
});
