/**
 * Content collections over the top-level content/ folder. The schemas are the ones the
 * standalone check uses (src/schemas); images go through Astro's image() so they are optimised.
 */
import { defineCollection } from 'astro:content';
import { fileURLToPath } from 'node:url';
import { createArticleSchema } from './schemas/article.ts';
import { createAwardSchema } from './schemas/award.ts';
import { clusterSchema } from './schemas/cluster.ts';
import { createConsultationSchema } from './schemas/consultation.ts';
import { consultationRuleSchema } from './schemas/consultation-rule.ts';
import { createExemplarSchema } from './schemas/exemplar.ts';
import { movementSchema } from './schemas/movement.ts';
import { siteSchema } from './schemas/site.ts';
import { unitSchema } from './schemas/unit.ts';
import { awardTypeSchema, issuerSchema } from './schemas/taxonomy.ts';
import { contentLoader, siteLoader, taxonomyLoader } from './loaders/content-loader.ts';
import { readTaxonomy } from './io/read-taxonomy.ts';
import { CONTENT_DIR, TAXONOMY_FILE } from './project.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const taxonomy = readTaxonomy(root, TAXONOMY_FILE);

export const collections = {
  site: defineCollection({ loader: siteLoader(CONTENT_DIR), schema: siteSchema }),
  articles: defineCollection({
    loader: contentLoader('articles', CONTENT_DIR),
    schema: ({ image }) => createArticleSchema(image()),
  }),
  exemplars: defineCollection({
    loader: contentLoader('exemplars', CONTENT_DIR),
    schema: ({ image }) => createExemplarSchema(image()),
  }),
  awards: defineCollection({ loader: contentLoader('awards', CONTENT_DIR), schema: createAwardSchema(taxonomy) }),
  units: defineCollection({ loader: contentLoader('units', CONTENT_DIR), schema: unitSchema }),
  clusters: defineCollection({ loader: contentLoader('clusters', CONTENT_DIR), schema: clusterSchema }),
  movements: defineCollection({ loader: contentLoader('movements', CONTENT_DIR), schema: movementSchema }),
  consultations: defineCollection({
    loader: contentLoader('consultations', CONTENT_DIR),
    schema: createConsultationSchema(taxonomy),
  }),
  awardTypes: defineCollection({ loader: taxonomyLoader(TAXONOMY_FILE, 'awards'), schema: awardTypeSchema }),
  issuers: defineCollection({ loader: taxonomyLoader(TAXONOMY_FILE, 'issuers'), schema: issuerSchema }),
  consultationRules: defineCollection({
    loader: taxonomyLoader(TAXONOMY_FILE, 'consultationRules'),
    schema: consultationRuleSchema,
  }),
};
