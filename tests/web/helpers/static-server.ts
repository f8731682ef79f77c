import { createServer, request, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../web/dist');

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html; charset=utf-8', '.svg': 'image/svg+xml' };

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves web/dist the way the API does (files, and index.html for app paths), for the benchmark and for
 * working on the web app without restarting the API. With `apiOrigin`, /api and /oruk are passed through to it.
 */
export async function startStaticServer(options: { apiOrigin?: string; port?: number } = {}): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (options.apiOrigin && (url.pathname.startsWith('/api/') || url.pathname.startsWith('/oruk'))) {
      const upstream = new URL(url.pathname + url.search, options.apiOrigin);
      const proxied = request(upstream, { method: req.method, headers: { ...req.headers, host: upstream.host } }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      proxied.on('error', () => { res.writeHead(502); res.end(); });
      req.pipe(proxied);
      return;
    }
    const file = path.extname(url.pathname) ? path.join(WEB_DIST, path.normalize(url.pathname)) : path.join(WEB_DIST, 'index.html');
    if (!file.startsWith(WEB_DIST)) {
      res.writeHead(400);
      res.end();
      return;
    }
    readFile(file).then((body) => {
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    }, () => {
      res.writeHead(404);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
