// A small static server for dist/, honouring BASE_PATH. Local preview and tests.
// No request can stop it: a bad URL gets 400, a failed read 500.
import { siteAddress } from '../src/site/address.ts';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recoverInterruptedBuilds } from './lib/publish.ts';
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

/** The path a request names, decoded; undefined when it is not a valid percent-encoded path. */
export function requestPath(rawUrl: string | undefined): { pathname: string; path: string } | undefined {
  let url: URL;
  try {
    url = new URL(rawUrl ?? '/', 'http://x');
  } catch {
    return undefined;
  }
  try {
    const path = decodeURIComponent(url.pathname);
    return path.includes('\0') ? undefined : { pathname: url.pathname, path };
  } catch {
    return undefined; // URIError: a malformed or truncated escape such as /%zz or /%E1%BA
  }
}

function send(res: ServerResponse, status: number, body: string, head: boolean): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(head ? undefined : body);
}

function sendFile(req: IncomingMessage, res: ServerResponse, status: number, file: string, headers: Record<string, string>): void {
  res.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

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
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const head = req.method === 'HEAD';
    const requested = requestPath(req.url);
    if (!requested) {
      send(res, 400, 'Bad request: malformed URL', head);
      return;
    }
    let { path } = requested;
    if (!path.startsWith(base)) {
      send(res, 404, 'Not found', head);
      return;
    }
    path = normalize(path.slice(base.length - 1));
    let file = join(root, path);
    if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) {
      send(res, 403, 'Forbidden', head);
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { location: `${requested.pathname}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file) || !statSync(file).isFile()) {
      const notFound = join(root, '404.html');
      if (existsSync(notFound)) sendFile(req, res, 404, notFound, securityHeaders(requested.pathname, base, notFound));
      else send(res, 404, 'Not found', head);
      return;
    }
    sendFile(req, res, 200, file, securityHeaders(requested.pathname, base, file));
  };
  const server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch {
      if (!res.headersSent) send(res, 500, 'Internal error', req.method === 'HEAD');
      else res.destroy();
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 4321, options.host ?? '127.0.0.1', () => {
      server.off('error', fail);
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      ok({ server, url: `http://${options.host ?? '127.0.0.1'}:${port}${base}` });
    });
  });
}

/** Serves the output folder as `npm run serve` does; prints the address and how to stop. */
export async function serveFromCommandLine(dir: string, before: (url: string) => string[] = () => []): Promise<Server | undefined> {
  // A build killed while replacing the folder left the last good site beside it: put it back.
  recoverInterruptedBuilds(dirname(resolve(dir)), basename(resolve(dir)));
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`Chưa có ${dir}/index.html: hãy chạy npm run build. / No ${dir}/index.html: run npm run build first.`);
    return undefined;
  }
  const port = Number(process.env.PORT ?? 4321);
  try {
    const { server, url } = await startServer(dir, { port, base: siteAddress().basePath });
    for (const line of before(url)) console.log(line);
    console.log(`Trang web đang chạy tại / Serving at ${url}`);
    console.log('Nhấn Ctrl+C để dừng. / Press Ctrl+C to stop.');
    return server;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    console.error(
      `Cổng ${port} đang được dùng (có thể trang đã chạy ở cửa sổ khác); thử PORT=${port + 1} npm run serve. / ` +
        `Port ${port} is in use (perhaps the site is already running in another window); try PORT=${port + 1} npm run serve.`,
    );
    return undefined;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!(await serveFromCommandLine(process.env.NTM_DIST ?? 'dist'))) process.exitCode = 1;
}
