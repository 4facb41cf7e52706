/**
 * A small static file server for the built site, as a static host serves it:
 * the site under a base path, directory indexes, and `404.html` for the rest.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

export interface StaticServerOptions {
  /** The built site. */
  dir: string;
  /** Port to listen on; 0 picks a free one. */
  port: number;
  /** Path the site is served under, e.g. `/crossguide/`. */
  base?: string;
}

export interface StaticServer {
  /** Address of the site's root, ending with the base path: `http://127.0.0.1:4329/crossguide/`. */
  url: string;
  close(): Promise<void>;
}

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

/** `/`, or the base with one leading and one trailing slash. */
export function normaliseBase(base = '/'): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export function startStaticServer({ dir, port, base: rawBase }: StaticServerOptions): Promise<StaticServer> {
  const root = resolve(dir);
  const base = normaliseBase(rawBase);

  const notFound = (response: ServerResponse) => {
    const page = join(root, '404.html');
    response.writeHead(404, { 'content-type': types['.html']! });
    if (existsSync(page)) createReadStream(page).pipe(response);
    else response.end('Not found');
  };

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      // A malformed escape (`/%E0%A4%A`) is the client's error, never the server's end.
      response.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request: malformed URL escape');
      return;
    }
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

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address() as AddressInfo;
      resolvePromise({
        url: `http://127.0.0.1:${actual}${base}`,
        // A browser page still open keeps idle keep-alive sockets: closed here, or the server would wait on them.
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
