import type { APIRoute } from 'astro';
import { getOpenDataRows } from '../../data-access/open-data.ts';
import { generateOpenDataCsvChunks } from '../../domain/open-data.ts';
import { textStream } from '../../utils/text-stream.ts';

export const GET: APIRoute = async () =>
  new Response(textStream(generateOpenDataCsvChunks(await getOpenDataRows())), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
