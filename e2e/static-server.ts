/**
 * A small static file server for a built site, as a static host serves it:
 * the site under a base path, directory indexes, and `404.html` for the rest.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

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

/** Serves `dir` under `base` (`/` or `/guide/`); call `listen` on the result. */
export function createStaticServer(dir: string, basePath = '/'): Server {
  const root = resolve(dir);
  const base = `/${basePath.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const notFound = (response: ServerResponse) => {
    const page = join(root, '404.html');
    response.writeHead(404, { 'content-type': types['.html']! });
    if (existsSync(page)) createReadStream(page).pipe(response);
    else response.end('Not found');
  };
  return createServer((request, response) => {
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
}
