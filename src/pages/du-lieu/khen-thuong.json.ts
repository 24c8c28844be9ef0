import type { APIRoute } from 'astro';
import { getOpenDataRows } from '../../data-access/open-data.ts';
import { generateOpenDataJsonChunks } from '../../domain/open-data.ts';
import { textStream } from '../../utils/text-stream.ts';

export const GET: APIRoute = async () =>
  new Response(textStream(generateOpenDataJsonChunks(await getOpenDataRows())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
