// npm run serve as a process of its own: no URL stops it, traversal never
// leaves the folder, HEAD, long URLs and many requests at once.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestPath } from '../../scripts/serve.ts';
import { root, startScript, type Started } from './helpers.ts';

const tmp = mkdtempSync(join(tmpdir(), 'ntm-serve-'));
const dist = join(tmp, 'dist');
mkdirSync(join(dist, 'xa/dong-loi'), { recursive: true });
writeFileSync(join(dist, 'index.html'), '<h1>home</h1>');
writeFileSync(join(dist, 'xa/dong-loi/index.html'), '<h1>Đông Lợi</h1>');
writeFileSync(join(dist, '404.html'), '<h1>not here</h1>');
writeFileSync(join(tmp, 'secret.txt'), 'SECRET');
mkdirSync(join(tmp, 'dist-other'));
writeFileSync(join(tmp, 'dist-other/secret.txt'), 'SECRET');

let server: Started;
let port = 0;

beforeAll(async () => {
  server = startScript(process.execPath, [join(root, 'scripts/serve.ts')], { NTM_DIST: dist, PORT: '0' });
  const text = await server.waitFor(/Serving at http:\/\/127\.0\.0\.1:(\d+)\/\n.*Press Ctrl\+C to stop\.\n/, 30_000);
  port = Number(/127\.0\.0\.1:(\d+)/.exec(text)![1]);
});

afterAll(async () => {
  server.child.kill('SIGTERM');
  await server.exited;
  rmSync(tmp, { recursive: true, force: true });
});

/** A request with the path sent exactly as written (fetch would normalise it). */
function get(path: string, method = 'GET'): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => done({ status: res.statusCode!, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('npm run serve', () => {
  it('says how to stop it, after the address', () => {
    expect(server.output()).toMatch(/Serving at http:\S+\nNhấn Ctrl\+C để dừng\. \/ Press Ctrl\+C to stop\.\n$/);
  });

  it.each(['/%zz', '/xa/%', '/%E1%BA', '/%C3', '/xa/%E1%BA%', '/%00', '/xa/dong-loi/%2'])('answers 400 to %s and keeps serving', async (path) => {
    expect((await get(path)).status).toBe(400);
    const home = await get('/');
    expect(home.status).toBe(200);
    expect(home.body).toBe('<h1>home</h1>');
  });

  it('serves percent-encoded Vietnamese paths', async () => {
    writeFileSync(join(dist, 'đ.txt'), 'd');
    expect((await get('/%C4%91.txt')).status).toBe(200);
  });

  it.each([
    '/../secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/xa/..%2f..%2f..%2fsecret.txt',
    '/..%2fdist-other/secret.txt',
    '/%2e%2e%5csecret.txt',
    '//../secret.txt',
  ])('never serves a file outside the folder: %s', async (path) => {
    const r = await get(path);
    expect([400, 403, 404]).toContain(r.status);
    expect(r.body).not.toContain('SECRET');
  });

  it('answers HEAD with the headers only, and redirects a folder without its slash', async () => {
    const head = await get('/xa/dong-loi/', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect((await get('/xa/dong-loi')).status).toBe(301);
    expect((await get('/nowhere/')).body).toBe('<h1>not here</h1>');
  });

  it('survives long URLs', async () => {
    expect((await get('/' + 'a'.repeat(4000))).status).toBe(404);
    const huge = await get('/' + 'a'.repeat(100_000)).catch(() => ({ status: 0, body: '' }));
    expect([0, 404, 414, 431]).toContain(huge.status);
    expect((await get('/')).status).toBe(200);
  });

  it('answers 200 requests at once', async () => {
    const all = await Promise.all(Array.from({ length: 200 }, (_, i) => get(i % 2 ? '/' : '/xa/dong-loi/')));
    expect(all.every((r) => r.status === 200)).toBe(true);
  });
});

describe('requestPath', () => {
  it('decodes valid escapes and rejects malformed ones', () => {
    expect(requestPath('/xa/%C4%91/')?.path).toBe('/xa/đ/');
    expect(requestPath('/%zz')).toBeUndefined();
    expect(requestPath('/%E1%BA')).toBeUndefined();
    expect(requestPath('/a%00b')).toBeUndefined();
  });
});
