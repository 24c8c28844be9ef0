import type { APIRoute } from 'astro';
import { getOpenDataRows } from '../../data-access/open-data.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getOpenDataRows(), null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
