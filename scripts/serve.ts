// A small static server for dist/, honouring BASE_PATH. Local preview and tests.
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isEmbedPath } from '../src/site/routes.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/**
 * What docs/deploy.md asks of a host: only the embed pages may be framed by
 * other sites, and the data files may be fetched from any origin.
 */
export function securityHeaders(pathname: string, base: string, file: string): Record<string, string> {
  const headers: Record<string, string> = {};
  if (!isEmbedPath(pathname, base)) {
    headers['content-security-policy'] = "frame-ancestors 'self'";
    headers['x-frame-options'] = 'SAMEORIGIN';
  }
  if (/\.(json|csv|png)$/.test(file)) headers['access-control-allow-origin'] = '*';
  return headers;
}

export function startServer(dir: string, options: { port?: number; host?: string; base?: string } = {}): Promise<{ server: Server; url: string }> {
  const root = resolve(dir);
  const base = (options.base ?? '/').replace(/\/?$/, '/');
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(base)) {
      res.writeHead(404).end('Not found');
      return;
    }
    path = normalize(path.slice(base.length - 1));
    let file = join(root, path);
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { location: `${url.pathname}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) {
      const notFound = join(root, '404.html');
      res.writeHead(404, { 'content-type': TYPES['.html']!, ...securityHeaders(url.pathname, base, notFound) });
      if (existsSync(notFound)) createReadStream(notFound).pipe(res);
      else res.end('Not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...securityHeaders(url.pathname, base, file) });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => {
    server.listen(options.port ?? 4321, options.host ?? '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      ok({ server, url: `http://${options.host ?? '127.0.0.1'}:${port}${base}` });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.env.NTM_DIST ?? 'dist';
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`Chưa có ${dir}/index.html: hãy chạy npm run build. / No ${dir}/index.html: run npm run build first.`);
    process.exit(1);
  }
  const { url } = await startServer(dir, { port: Number(process.env.PORT ?? 4321), base: process.env.BASE_PATH ?? '/' });
  console.log(`Trang web đang chạy tại / Serving at ${url}`);
}
