// A tiny static file server for the benchmark pages, on the loopback
// interface only. Serves the repository root (dist/, node_modules/, bench/)
// plus generated documents registered with `serve.put(path, body)`.
// The cold-page benchmark asks for `gzip` (every response compressed, as a
// CDN sends it: the phone preset throttles the bytes on the wire) and for
// `mounts` (URL prefix → folder: the build under test, a baseline build).
import { createServer } from 'node:http';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json',
};

/**
 * Starts the server; resolves to { origin, put, close }.
 * Options: `gzip` (compress every response for clients that accept it),
 * `mounts` ({ '/prefix/': '/abs/folder' }, served instead of the root).
 */
export function serve(root, { gzip = false, mounts = {} } = {}) {
  const generated = new Map();
  const compressed = new Map(); // path → gzip bytes (files do not change during a run)
  const send = (req, res, headers, type, key, body) => {
    if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      if (!compressed.has(key)) compressed.set(key, gzipSync(body(), { level: 9 }));
      const bytes = compressed.get(key);
      res.writeHead(200, { ...headers, 'Content-Type': type, 'Content-Encoding': 'gzip', 'Content-Length': bytes.length, Vary: 'Accept-Encoding' });
      res.end(bytes);
      return true;
    }
    return false;
  };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    const headers = { 'Cache-Control': 'no-store' };
    if (generated.has(path)) {
      const { body, type } = generated.get(path);
      if (send(req, res, headers, type, `put:${path}`, () => Buffer.from(body))) return;
      res.writeHead(200, { ...headers, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
      res.end(body);
      return;
    }
    const mount = Object.keys(mounts).find((prefix) => path.startsWith(prefix));
    const base = mount ? mounts[mount] : root;
    const file = normalize(join(base, mount ? path.slice(mount.length) : path));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    let stat;
    try {
      stat = statSync(file);
    } catch {
      res.writeHead(404, headers).end('not found');
      return;
    }
    if (!stat.isFile()) {
      res.writeHead(404, headers).end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (send(req, res, headers, type, `file:${file}:${stat.mtimeMs}`, () => readFileSync(file))) return;
    res.writeHead(200, { ...headers, 'Content-Type': type, 'Content-Length': stat.size });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        origin: `http://127.0.0.1:${port}`,
        put: (path, body, type = 'application/json; charset=utf-8') => {
          generated.set(path, { body, type });
          compressed.delete(`put:${path}`);
        },
        close: () => new Promise((done) => {
          server.closeAllConnections();
          server.close(done);
        }),
      });
    });
  });
}
