// A small static file server for the Storybook smoke check and screenshots (storybook-static/).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.png': 'image/png',
};

/**
 * The file under `root` for a request URL, or undefined for anything outside it. URL paths use '/';
 * a decoded '%5C' is a separator on Windows, so the check is on the resolved path, not the text.
 * @param {string} root
 * @param {string} url - a request URL such as '/iframe.html?id=x'
 * @param {typeof path} [paths] - node:path for this system (path.win32 in a test)
 */
export function fileForUrl(root, url, paths = path) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(url, 'http://x').pathname);
  } catch {
    return undefined; // malformed escapes
  }
  const base = paths.resolve(root);
  const file = paths.resolve(base, `.${pathname}`);
  if (file !== base && !file.startsWith(base + paths.sep)) return undefined;
  return file;
}

/** Serves `root` on 127.0.0.1 at a free port; resolves to the server and its base URL. */
export async function serveStatic(root) {
  const server = createServer((req, res) => {
    // Chromium asks for one; a 404 would be logged as a console error, which the smoke check fails on.
    if (req.url === '/favicon.ico') return void res.writeHead(204).end();
    let file = fileForUrl(root, req.url ?? '/');
    if (file && existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file || !existsSync(file)) return void res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${server.address().port}` };
}
