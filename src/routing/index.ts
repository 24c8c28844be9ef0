/**
 * The site's routes under the base path Astro serves it at (astro.config.mjs sets `base` from
 * site.yaml's url). Outside Astro and Vite (a script run by Node), import.meta.env is absent and the
 * base is '/': such scripts use routesFor(site.url) instead.
 */
import { createRoutes } from './routes.ts';

export const routes = createRoutes(import.meta.env?.BASE_URL ?? '/');
