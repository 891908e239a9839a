// The first run on a Node too old for the project's .ts files: a plain
// message in both languages instead of ERR_UNKNOWN_FILE_EXTENSION.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, shellEnv } from './helpers.ts';

const { supported, tooOldMessage } = createRequire(import.meta.url)('../../scripts/node-version.cjs') as {
  supported: (version: string) => boolean;
  tooOldMessage: (version: string, execPath: string) => string;
};

/** Other Node binaries on PATH (which -a node) too old for the project, each with its version. */
function oldNodes(): { path: string; version: string }[] {
  const found = spawnSync('which', ['-a', 'node'], { encoding: 'utf8' }).stdout?.split('\n').filter(Boolean) ?? [];
  const nodes = new Map<string, string>();
  for (const path of found) {
    const version = spawnSync(path, ['--version'], { encoding: 'utf8' }).stdout?.trim();
    if (version && !supported(version)) nodes.set(version, path);
  }
  return [...nodes].map(([version, path]) => ({ path, version }));
}

describe('the Node version check', () => {
  it.each([
    ['v20.20.2', false],
    ['22.12.0', false],
    ['22.17.1', false],
    ['22.18.0', true],
    ['23.5.0', false],
    ['23.6.0', true],
    ['24.0.0', true],
    ['v26.1.0', true],
    ['18.19.0', false],
  ])('Node %s runs the project: %s', (version, ok) => {
    expect(supported(version)).toBe(ok);
  });

  it('says what is needed, what this machine has and where to get it, in Vietnamese and English', () => {
    const text = tooOldMessage('v20.20.2', '/opt/node/bin/node');
    expect(text).toContain('Dự án này cần Node.js ≥ 22.18; máy đang chạy Node 20.20.2 (/opt/node/bin/node).');
    expect(text).toContain('This needs Node.js ≥ 22.18; you have 20.20.2 (/opt/node/bin/node).');
    expect(text).toContain('https://nodejs.org/');
  });

  it('passes on the Node running these tests', () => {
    const r = spawnSync(process.execPath, [join(root, 'scripts/node-version.cjs')], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });

  const old = oldNodes();
  if (old.length === 0) console.warn('\n*** No Node older than 22.18 on PATH (which -a node): npm run check/start on one is not tried here. ***\n');

  describe.each(old)('on $path ($version)', ({ path, version }) => {
    it.each(['check', 'start'])('npm run %s says plainly that Node is too old, and nothing else', (script) => {
      // npm itself runs on the old Node too, as on a staff machine that has only that one.
      const r = spawnSync('npm', ['run', script], { cwd: root, encoding: 'utf8', env: shellEnv({ PATH: `${dirname(path)}:${process.env.PATH}` }) });
      expect(r.status).not.toBe(0);
      expect(r.stderr).toContain(`This needs Node.js ≥ 22.18; you have ${version.replace(/^v/, '')}`);
      expect(r.stderr).toContain('Dự án này cần Node.js ≥ 22.18');
      expect(r.stderr).not.toContain('ERR_UNKNOWN_FILE_EXTENSION');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  });
});
