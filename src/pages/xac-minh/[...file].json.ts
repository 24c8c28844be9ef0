/**
 * /xac-minh/ma/…, /xac-minh/ten/…, /xac-minh/qd/…: the lookup files of the verification page,
 * generated once per build (src/verify/generate-lookup.ts); this endpoint only serialises them.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getVerifyLookup } from '../../data-access/verify.ts';
import { digestOf } from '../../io/digest.ts';

export const getStaticPaths = (async () => {
  // The benchmark builds once without these files to measure what they add (npm run bench).
  if (process.env['BANG_VANG_VERIFY'] === '0') return [];
  // Each file's key is its content: an unchanged file is reused by the incremental build.
  return [...(await getVerifyLookup()).files].map(([path, content]) => ({
    params: { file: path.replace(/\.json$/, '') },
    cacheKey: digestOf(content),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify((await getVerifyLookup()).files.get(`${params.file}.json`)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
