// npm start on a fresh checkout: a short summary, the address, how to stop.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { loadDataDir } from '../../src/ingest/load.ts';
import { validateContent } from '../../src/ingest/content.ts';
import { root, startScript } from './helpers.ts';

const tmp = mkdtempSync(join(tmpdir(), 'ntm-start-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

it('npm start builds the default site and prints pages, warnings and where they are, the address and how to stop', async () => {
  const out = join(tmp, 'dist');
  const started = startScript('npm', ['start'], { NTM_DIST: out, PORT: '0', PATH: `${dirname(process.execPath)}:${process.env.PATH}` });
  try {
    const text = await started.waitFor(/Press Ctrl\+C to stop\.\n/, 240_000);
    const lines = text.trimEnd().split('\n');
    // npm's own three lines, ours, then the address and how to stop.
    expect(lines.length, text).toBeLessThanOrEqual(10);
    const url = /Serving at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(text)![1]!;
    const pages = readdirSync(out, { recursive: true }).filter((p) => String(p).endsWith('.html')).length;
    const loaded = loadDataDir(join(root, 'data'));
    const warnings = [...loaded.issues.items, ...validateContent(join(root, 'content'), loaded.data)].filter((i) => i.severity === 'warning').length;
    expect(text).toContain(`Đã xây dựng ${pages} trang`);
    expect(text).toContain(`Built ${pages} pages`);
    expect(text).toContain(`${warnings} data warnings: listed at ${url}en/du-lieu/chat-luong/ and by npm run check.`);
    expect(text).toContain(`${warnings} cảnh báo về dữ liệu: xem tại ${url}du-lieu/chat-luong/`);
    expect(text).not.toContain('CẢNH BÁO / WARNING');
    expect((await fetch(`${url}du-lieu/chat-luong/`)).status).toBe(200);
    expect((await fetch(`${url}en/du-lieu/chat-luong/`)).status).toBe(200);
  } finally {
    // npm, its shell and the server: the process group this test started.
    process.kill(-started.child.pid!, 'SIGTERM');
    await started.exited;
  }
}, 300_000);
