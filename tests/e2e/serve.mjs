// A static file server for the built site, mounted under a subpath (as on
// GitHub Pages) and at the root. Only loopback; stops with the process.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json', '.png': 'image/png',
};

// `gzip`: compress responses when the client accepts it, as GitHub Pages does
// (each file once, then from memory). `extra`: more files to serve, by
// their path under the site (`{ 'plain.html': '/path/to/file' }`).
export async function serve(dir, { prefix = '/report-explorer/', port = 0, gzip = false, extra = {} } = {}) {
  const root = resolve(dir);
  const packed = new Map();
  const server = createServer({ maxHeaderSize: 4 * 1024 * 1024 }, async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (path.startsWith(prefix)) path = '/' + path.slice(prefix.length);
    else if (prefix !== '/' && !path.startsWith('/root/')) { res.writeHead(404).end('not found'); return; }
    else if (path.startsWith('/root/')) path = path.slice(5);
    if (path.endsWith('/')) path += 'index.html';
    const added = extra[path.slice(1)];
    const file = added ?? normalize(join(root, path));
    if (!added && !file.startsWith(root)) { res.writeHead(403).end(); return; }
    try {
      const s = await stat(file);
      if (!s.isFile()) throw new Error('not a file');
      let body = await readFile(file);
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
      if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        const key = `${file}:${s.mtimeMs}`;
        if (!packed.has(key)) packed.set(key, gzipSync(body, { level: 9 }));
        body = packed.get(key);
        headers['content-encoding'] = 'gzip';
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const { port: p } = server.address();
  return { server, base: `http://127.0.0.1:${p}${prefix}`, root: `http://127.0.0.1:${p}/root/`, close: () => new Promise((ok) => server.close(ok)) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist';
  const port = Number(process.argv[3] ?? 8080);
  const s = await serve(dir, { port });
  console.log(`serving ${dir} at ${s.base} (and ${s.root})`);
}
