/**
 * A built site served on loopback as a static host serves it (GitHub or GitLab Pages): the
 * files of the folder under the site's base path, text gzipped, and 404.html for any address
 * without a file. For the gates that look at the site over HTTP (Lighthouse, the Nu checker).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';

const TEXT: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticHost {
  /** `http://127.0.0.1:port`: the site's addresses (routes, with their base path) follow it. */
  url: string;
  close: () => Promise<void>;
}

/** @param base the site's base path ('/' or '/thi-dua-tinh/'): Astro writes the files at the folder's root. */
export async function staticHost(folder: string, base = '/'): Promise<StaticHost> {
  const dir = resolve(folder);
  const files = sirv(dir, { dev: false, etag: true });
  const notFound = readFileSync(join(dir, '404.html'));
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host');
    const path = url.pathname.startsWith(base) ? `/${url.pathname.slice(base.length)}` : url.pathname;
    req.url = `${path}${url.search}`;
    // Text compressed, as hosts send it (Lighthouse times the transfer); sirv sends the rest.
    const file = join(dir, normalize(decodeURIComponent(path.endsWith('/') ? `${path}index.html` : path)));
    const type = TEXT[extname(file)];
    if (type && file.startsWith(dir) && existsSync(file) && /gzip/.test(String(req.headers['accept-encoding']))) {
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip' });
      res.end(gzipSync(readFileSync(file)));
      return;
    }
    files(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(notFound);
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
