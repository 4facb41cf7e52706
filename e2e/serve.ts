/**
 * A small static file server for the built site, as a static host serves it:
 * `dist/` under a base path, directory indexes, and `404.html` for the rest.
 * Usage: node e2e/serve.ts [--dir dist] [--port 4329] [--base /]
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4329' },
    base: { type: 'string', default: '/' },
  },
});
const root = resolve(values.dir);
const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  let pathname = decodeURIComponent(url.pathname);
  if (!pathname.startsWith(base) && `${pathname}/` !== base) return notFound(response);
  pathname = pathname.slice(base.length - 1) || '/';
  let file = normalize(join(root, pathname));
  if (!file.startsWith(root)) return notFound(response);
  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!pathname.endsWith('/')) {
      response.writeHead(301, { location: `${url.pathname}/${url.search}` });
      return response.end();
    }
    file = join(file, 'index.html');
  }
  if (!existsSync(file) || !statSync(file).isFile()) return notFound(response);
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});

function notFound(response: import('node:http').ServerResponse) {
  const page = join(root, '404.html');
  response.writeHead(404, { 'content-type': types['.html']! });
  if (existsSync(page)) createReadStream(page).pipe(response);
  else response.end('Not found');
}

server.listen(Number(values.port), '127.0.0.1', () => {
  process.stdout.write(`serving ${root} at http://127.0.0.1:${values.port}${base}\n`);
});
