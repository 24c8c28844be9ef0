/**
 * /xac-minh/ma/…, /xac-minh/ten/…, /xac-minh/qd/…: the lookup files of the verification page
 * (src/verify/generate-lookup.ts), listed without deriving them (data-access/verify.ts): an
 * incremental build whose decisions and units did not change reuses them all.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getVerifyFiles, verifyFile } from '../../data-access/verify.ts';

export const getStaticPaths = (async () => {
  // The benchmark builds once without these files to measure what they add (npm run bench).
  if (process.env['BANG_VANG_VERIFY'] === '0') return [];
  const { paths, key } = await getVerifyFiles();
  return paths.map((path) => ({ params: { file: path.replace(/\.json$/, '') }, cacheKey: key }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(await verifyFile(`${params.file}.json`)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
