import type { APIRoute } from 'astro';
import { getOpenDataRows } from '../../data-access/open-data.ts';
import { generateOpenDataCsv } from '../../utils/open-data.ts';

export const GET: APIRoute = async () =>
  new Response(generateOpenDataCsv(await getOpenDataRows()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
