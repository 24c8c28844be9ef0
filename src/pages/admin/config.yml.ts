/** /admin/config.yml: the browser editor's configuration, generated from the schemas at build time. */
import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { generateCmsConfig, renderCmsConfig } from '../../cms/config.ts';
import { getSite } from '../../data-access/site.ts';
import { cmsBackendFromEnv } from '../../io/cms-backend.ts';
import { readTaxonomy } from '../../io/read-taxonomy.ts';
import { CONTENT_DIR, TAXONOMY_FILE } from '../../project.ts';
import { createCollectionSchemas } from '../../schemas/index.ts';
import { siteSchema } from '../../schemas/site.ts';

export const GET: APIRoute = async () => {
  const taxonomy = readTaxonomy(process.cwd(), TAXONOMY_FILE);
  const site = await getSite();
  const config = generateCmsConfig({
    schemas: createCollectionSchemas(taxonomy, z.string()),
    siteSchema,
    taxonomy,
    backend: cmsBackendFromEnv(),
    contentDir: CONTENT_DIR,
    siteUrl: site.url,
  });
  return new Response(renderCmsConfig(config), { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
};
