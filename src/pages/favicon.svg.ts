/**
 * The site's icon, the emblem of its share cards. Without one, every browser asks for
 * /favicon.ico on a reader's first page, and a static host answers with the whole 404 page
 * (a browser that cannot draw an SVG icon still does).
 */
import type { APIRoute } from 'astro';
import { emblemSvg } from '../og/emblem.ts';

export const GET: APIRoute = () => new Response(emblemSvg(), { headers: { 'Content-Type': 'image/svg+xml' } });
