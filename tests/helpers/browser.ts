/**
 * Headless Chromium (tests/helpers/chromium.ts: Debian's, or the one npm ships), driven by
 * playwright-core, against a built site served on loopback.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';

export { launchBrowser } from './chromium.ts';

/**
 * Serve a built site on 127.0.0.1 with sirv (the static server behind Vite's preview), and
 * 404.html for unknown paths, as static hosts do. Not `astro preview`: it refuses to run
 * while a developer has another preview open.
 *
 * With `base` ('/thi-dua-tinh/'), the site is served under that path, as GitHub Pages serves a
 * project site: `url` ends with it (without the last slash), and anything outside it is a bare
 * 404 that is not the site's own page (another project's address).
 */
export async function serve(
  outDir: string,
  { base = '/' }: { base?: string } = {},
): Promise<{ url: string; stop: () => Promise<void> }> {
  const files = sirv(outDir, { dev: false, etag: true, gzip: false });
  const notFound = readFileSync(join(outDir, '404.html'));
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (!path.startsWith(base)) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not under the base path');
      return;
    }
    req.url = `/${path.slice(base.length)}`;
    files(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(notFound);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base.replace(/\/$/, '')}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
