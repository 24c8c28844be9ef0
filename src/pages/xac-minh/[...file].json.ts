/**
 * /xac-minh/ma/…, /xac-minh/ten/…, /xac-minh/qd/…: the lookup files of the verification page,
 * generated once per build (src/verify/generate-lookup.ts); this endpoint only serialises them.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getVerifyLookup } from '../../data-access/verify.ts';

export const getStaticPaths = (async () => {
  // The benchmark builds once without these files to measure what they add (npm run bench).
  if (process.env['BANG_VANG_VERIFY'] === '0') return [];
  return [...(await getVerifyLookup()).files.keys()].map((path) => ({ params: { file: path.replace(/\.json$/, '') } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify((await getVerifyLookup()).files.get(`${params.file}.json`)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
