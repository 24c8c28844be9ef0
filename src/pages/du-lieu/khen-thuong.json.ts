import type { APIRoute } from 'astro';
import { handOverOpenData, openDataJson } from '../../data-access/open-data.ts';
import { textStream } from '../../utils/text-stream.ts';

// A build writes the file when the pages are done (integrations/open-data.ts): streamed to disk,
// never whole in memory. The dev server streams it here.
export const GET: APIRoute = async () => {
  if (!import.meta.env.DEV) {
    await handOverOpenData();
    return new Response(null, { status: 204 });
  }
  return new Response(textStream(await openDataJson()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
