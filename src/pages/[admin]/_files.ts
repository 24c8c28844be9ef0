/**
 * The editor's own files under /admin/ (src/io/admin-files.ts), only when the site has an
 * editor: one route per file extension, so that the dev server serves `/admin/x.js` as a file
 * rather than as a page wanting a trailing slash (trailingSlash: 'always').
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { adminRouteParams } from '../../cms/admin-paths.ts';
import { getSite } from '../../data-access/site.ts';
import { adminFiles } from '../../io/admin-files.ts';
import { logEditorOnce } from '../../io/editor-build-log.ts';

const TYPES = {
  js: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  woff2: 'font/woff2',
};

export function adminFileRoute(extension: keyof typeof TYPES): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  const suffix = `.${extension}`;
  return {
    getStaticPaths: async () => {
      const { editor } = await getSite();
      logEditorOnce(editor);
      const files = Object.keys(await adminFiles()).filter((name) => name.endsWith(suffix));
      return adminRouteParams(editor).flatMap(({ admin }) =>
        files.map((name) => ({ params: { admin, file: name.slice(0, -suffix.length) } })),
      );
    },
    GET: async ({ params }) => {
      const read = (await adminFiles())[`${params.file ?? ''}${suffix}`];
      if (!read) return new Response('Not found', { status: 404 });
      const body = read();
      return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
        headers: { 'Content-Type': TYPES[extension] },
      });
    },
  };
}
