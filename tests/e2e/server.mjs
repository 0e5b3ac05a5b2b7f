// A static file server that serves a folder under a subpath the way GitHub Pages
// serves a project site: files only, index.html for folders, a redirect that adds the
// trailing slash to a folder's address, and 404 for anything else (with the folder's
// own 404.html as the body when it has one, as Pages does). It has no dependencies.
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
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};

/** The file inside `root` that `rel` names, or null when `rel` would leave `root`. */
function inside(root, rel) {
  const file = path.resolve(root, rel);
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

/** Reads a regular file, or returns null when there is none. */
async function readFile(file) {
  try {
    const stat = await fs.stat(file);
    return stat.isFile() ? await fs.readFile(file) : null;
  } catch {
    return null;
  }
}

/**
 * Serves each `{ root, base }` mount (base defaults to '/parallax/') and returns
 * `{ url, close }`; `url` is the origin, without a trailing slash, so a mount is at
 * `url + base`. The port is `options.port`, the second argument, or a free one.
 */
export async function startServer(mounts, port) {
  const list = (Array.isArray(mounts) ? mounts : [mounts]).map((m) => {
    let base = m.base ?? '/parallax/';
    if (!base.startsWith('/')) base = '/' + base;
    if (!base.endsWith('/')) base += '/';
    return { base, root: path.resolve(m.root) };
  });
  const listenPort = port ?? (Array.isArray(mounts) ? undefined : mounts.port) ?? 0;

  const server = http.createServer(async (req, res) => {
    const send = (status, headers, body) => {
      res.writeHead(status, { 'cache-control': 'no-store', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    const notFound = async (mount) => {
      const page = mount ? await readFile(path.join(mount.root, '404.html')) : null;
      if (page) return send(404, { 'content-type': TYPES['.html'] }, page);
      return send(404, { 'content-type': TYPES['.txt'] }, '404 Not Found');
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(405, { 'content-type': TYPES['.txt'], allow: 'GET, HEAD' }, '405 Method Not Allowed');
    }

    // The URL parser already removes "." and ".." segments (also when written %2e);
    // an encoded slash only becomes one after decoding, and `inside` catches that.
    let url;
    let pathname;
    try {
      url = new URL(req.url, 'http://localhost');
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return notFound(null);
    }
    if (pathname.includes('\0')) return notFound(null);

    // The mount's own address without its trailing slash: Pages redirects.
    const bare = list.find((m) => pathname + '/' === m.base);
    if (bare) return send(301, { location: url.pathname + '/' + url.search }, '');
    const mount = list.find((m) => pathname.startsWith(m.base));
    if (!mount) return notFound(null);

    const rel = pathname.slice(mount.base.length);
    const file = inside(mount.root, rel);
    if (!file) return notFound(mount);
    let stat;
    try {
      stat = await fs.stat(file);
    } catch {
      return notFound(mount);
    }
    if (stat.isDirectory()) {
      // A folder is served as its index.html, at an address that ends with a slash.
      if (!pathname.endsWith('/')) return send(301, { location: url.pathname + '/' + url.search }, '');
      const index = await readFile(path.join(file, 'index.html'));
      return index ? send(200, { 'content-type': TYPES['.html'] }, index) : notFound(mount);
    }
    if (rel.endsWith('/')) return notFound(mount);
    const body = await readFile(file);
    if (!body) return notFound(mount);
    return send(200, { 'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream' }, body);
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(listenPort, '127.0.0.1', resolve);
  });
  const url = `http://127.0.0.1:${server.address().port}`;
  return {
    url,
    close: () =>
      new Promise((resolve) => {
        // Browsers keep connections open; end them so close() returns at once.
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir = 'dist', base = '/parallax/', port = '8090'] = process.argv.slice(2);
  const { url } = await startServer({ root: dir, base, port: Number(port) });
  console.log(`serving ${path.resolve(dir)} at ${url}${base.startsWith('/') ? '' : '/'}${base}${base.endsWith('/') ? '' : '/'}`);
}
