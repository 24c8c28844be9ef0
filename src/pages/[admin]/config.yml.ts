/** /admin/config.yml: the browser editor's configuration, generated from the schemas and site.yaml's `editor:`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { z } from 'astro/zod';
import { adminRouteParams } from '../../cms/admin-paths.ts';
import { generateCmsConfig, renderCmsConfig } from '../../cms/config.ts';
import { getSite } from '../../data-access/site.ts';
import { readTaxonomy } from '../../io/read-taxonomy.ts';
import { CONTENT_DIR, TAXONOMY_FILE } from '../../project.ts';
import { createCollectionSchemas } from '../../schemas/index.ts';
import { siteSchema } from '../../schemas/site.ts';

export const getStaticPaths = (async () =>
  adminRouteParams((await getSite()).editor).map((params) => ({ params }))) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const taxonomy = readTaxonomy(process.cwd(), TAXONOMY_FILE);
  const site = await getSite();
  if (!site.editor) return new Response('Not found', { status: 404 });
  const config = generateCmsConfig({
    schemas: createCollectionSchemas(taxonomy, z.string()),
    siteSchema,
    taxonomy,
    editor: site.editor,
    contentDir: CONTENT_DIR,
    siteUrl: site.url,
  });
  return new Response(renderCmsConfig(config), { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
};
