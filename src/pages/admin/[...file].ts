/**
 * The editor's own files under /admin/, copied from node_modules at build time so nothing comes
 * from another origin: the script (rewritten by src/cms/self-host.ts), its lazily loaded chunk,
 * its Vietnamese interface strings, its fonts, and the version file its update check reads.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { CMS_FONTS, CMS_LOCALES, selfHostSveltia } from '../../cms/self-host.ts';

const require = createRequire(join(process.cwd(), 'package.json'));
const sveltiaRoot = join(dirname(require.resolve('@sveltia/cms')), '..');
const version = (JSON.parse(readFileSync(join(sveltiaRoot, 'package.json'), 'utf8')) as { version: string }).version;

const TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  woff2: 'font/woff2',
};

function files(): Record<string, () => string | Buffer> {
  const out: Record<string, () => string | Buffer> = {
    'sveltia-cms.js': () => selfHostSveltia(readFileSync(join(sveltiaRoot, 'dist/sveltia-cms.js'), 'utf8')),
    'sveltia/package.json': () => JSON.stringify({ name: '@sveltia/cms', version }),
  };
  for (const chunk of readdirSync(join(sveltiaRoot, 'dist/chunks')).filter((name) => name.endsWith('.js'))) {
    out[`chunks/${chunk}`] = () => readFileSync(join(sveltiaRoot, 'dist/chunks', chunk), 'utf8');
  }
  for (const locale of CMS_LOCALES) {
    out[`sveltia@${version}/locales/${locale}.json`] = () =>
      readFileSync(join(sveltiaRoot, 'locales', `${locale}.json`));
  }
  for (const font of Object.values(CMS_FONTS)) {
    out[`fonts/${font.file}`] = () => readFileSync(require.resolve(font.from));
  }
  return out;
}

export const getStaticPaths = (() =>
  Object.keys(files()).map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const read = files()[params.file ?? ''];
  if (!read) return new Response('Not found', { status: 404 });
  const body = read();
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
    headers: { 'Content-Type': TYPES[(params.file ?? '').split('.').pop() ?? ''] ?? 'application/octet-stream' },
  });
};
