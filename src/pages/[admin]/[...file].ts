/** The editor's own files under /admin/ (src/io/admin-files.ts), only when the site has an editor. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { adminRouteParams } from '../../cms/admin-paths.ts';
import { getSite } from '../../data-access/site.ts';
import { adminFiles } from '../../io/admin-files.ts';
import { logEditorOnce } from '../../io/editor-build-log.ts';

const TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  woff2: 'font/woff2',
};

export const getStaticPaths = (async () => {
  const { editor } = await getSite();
  logEditorOnce(editor);
  const files = Object.keys(adminFiles());
  return adminRouteParams(editor).flatMap(({ admin }) => files.map((file) => ({ params: { admin, file } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const file = params.file ?? '';
  const read = adminFiles()[file];
  if (!read) return new Response('Not found', { status: 404 });
  const body = read();
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
    headers: { 'Content-Type': TYPES[file.split('.').pop() ?? ''] ?? 'application/octet-stream' },
  });
};
