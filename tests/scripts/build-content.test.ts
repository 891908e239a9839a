// The whole build with other content folders: with no reports it succeeds and
// says there are none; with a bad reference it stops before Astro, naming the
// file and line, and leaves the output folder alone.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { build } from '../../scripts/build.ts';
import { root, testSites } from '../setup/build-sites.ts';

const tmp = mkdtempSync(join(tmpdir(), 'ntm-build-content-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('building with other content folders', () => {
  it('builds with content/reports empty, and the reports page says there are none yet', { timeout: 300_000 }, () => {
    const out = join(tmp, 'empty');
    const status = build({ dataDir: testSites.default!.data, contentDir: join(root, 'tests/fixtures/empty-content'), outDir: out, quiet: true });
    expect(status).toBe(0);
    expect(readFileSync(join(out, 'bao-cao/index.html'), 'utf8')).toContain('Chưa có báo cáo nào.');
    expect(readFileSync(join(out, 'en/bao-cao/index.html'), 'utf8')).toContain('There are no reports yet.');
    expect(readdirSync(join(out, 'bao-cao'))).toEqual(['index.html']);
  });

  it('builds another data set beside the default reports, leaving those reports out', { timeout: 300_000 }, () => {
    const out = join(tmp, 'other-data');
    const status = build({ dataDir: testSites.excel!.data, contentDir: join(root, 'content'), outDir: out, quiet: true });
    expect(status).toBe(0);
    expect(readFileSync(join(out, 'bao-cao/index.html'), 'utf8')).toContain('Chưa có báo cáo nào.');
    expect(readdirSync(join(out, 'bao-cao'))).toEqual(['index.html']);
  });

  it('stops on an unknown id in a report, naming file and line, and leaves the output untouched', () => {
    const content = join(tmp, 'bad-content');
    mkdirSync(join(content, 'reports'), { recursive: true });
    writeFileSync(join(content, 'reports', 'bad.vi.mdx'), '---\ntitle: T\nlang: vi\nas_of: 2021-09-30\nsummary: S\n---\n\n<UnitLink code="khong-co" />\n');
    const out = join(tmp, 'kept');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), 'previous');
    const errors: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((m: string) => void errors.push(m));
    const status = build({ dataDir: testSites.default!.data, contentDir: content, outDir: out, quiet: true });
    spy.mockRestore();
    expect(status).toBe(1);
    expect(errors.join('\n')).toMatch(/bad\.vi\.mdx:8/);
    expect(errors.join('\n')).toContain('khong-co');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous');
    expect(existsSync(join(out, 'bao-cao'))).toBe(false);
  });
});
