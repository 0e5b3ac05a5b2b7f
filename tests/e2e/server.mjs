// A static file server that serves a folder under a subpath the way GitHub Pages
// serves a project site: files only, index.html for folders, 404 for anything else.
// Usage as a program: node tests/e2e/server.mjs DIR [BASE] [PORT]
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

/** Serves each `{ base, root }` mount; returns `{ url, close }` (url has no trailing slash). */
export async function startServer(mounts, port = 0) {
  const list = (Array.isArray(mounts) ? mounts : [mounts]).map((m) => ({ base: m.base ?? '/parallax/', root: path.resolve(m.root) }));
  const server = http.createServer(async (req, res) => {
    const notFound = () => {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('404 Not Found');
    };
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      return notFound();
    }
    const mount = list.find((m) => pathname.startsWith(m.base) || pathname + '/' === m.base);
    if (!mount) return notFound();
    let rel = pathname.slice(mount.base.length);
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = path.resolve(mount.root, rel);
    // No escaping the served folder with "..".
    if (file !== mount.root && !file.startsWith(mount.root + path.sep)) return notFound();
    try {
      const stat = await fs.stat(file);
      const target = stat.isDirectory() ? path.join(file, 'index.html') : file;
      const body = await fs.readFile(target);
      res.writeHead(200, { 'content-type': TYPES[path.extname(target)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      notFound();
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  return { url, close: () => new Promise((resolve) => server.close(resolve)) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir = 'dist', base = '/parallax/', port = '8090'] = process.argv.slice(2);
  const { url } = await startServer({ root: dir, base }, Number(port));
  console.log(`serving ${dir} at ${url}${base}`);
}
