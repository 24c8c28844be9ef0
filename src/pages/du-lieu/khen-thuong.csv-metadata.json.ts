/** /du-lieu/khen-thuong.csv-metadata.json: the CSV's description for data portals (W3C CSV on the Web). */
import type { APIRoute } from 'astro';
import { getOpenDataDataset } from '../../data-access/open-data.ts';
import { generateCsvMetadata } from '../../domain/open-data-metadata.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(generateCsvMetadata(await getOpenDataDataset()), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/csvm+json; charset=utf-8' },
  });
