// A tiny static file server for the built web app (dist-web/): `npm start` without Electron,
// the end-to-end tests and the app benchmark. Serves only files under its root, on 127.0.0.1.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** Resolves a URL path inside `root`, or null when it would leave it. */
export function resolveInside(root, urlPath) {
  let p;
  try {
    p = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  const full = resolve(root, '.' + normalize('/' + p));
  const base = resolve(root);
  return full === base || full.startsWith(base + sep) ? full : null;
}

/** Starts serving `root`; `port` 0 picks a free one. Resolves to { url, port, close }. */
export function serveStatic(root, port = 0, host = '127.0.0.1') {
  const server = createServer((req, res) => {
    let file = resolveInside(root, req.url ?? '/');
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return res.end('not found');
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': file.endsWith('index.html') ? 'no-cache' : 'max-age=3600',
      'x-content-type-options': 'nosniff',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const actual = server.address().port;
      ok({ url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${actual}/`, port: actual, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}
