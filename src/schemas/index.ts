/** All collection schemas, built for one taxonomy and one image field type. */
import { z } from 'astro/zod';
import { createArticleSchema } from './article.ts';
import { createAwardSchema } from './award.ts';
import { clusterSchema } from './cluster.ts';
import { createConsultationSchema } from './consultation.ts';
import { createExemplarSchema } from './exemplar.ts';
import { movementSchema } from './movement.ts';
import { unitSchema } from './unit.ts';
import type { Taxonomy } from './taxonomy.ts';

export function createCollectionSchemas<T extends z.ZodType>(taxonomy: Taxonomy, image: T) {
  return {
    articles: createArticleSchema(image),
    exemplars: createExemplarSchema(image),
    awards: createAwardSchema(taxonomy),
    units: unitSchema,
    clusters: clusterSchema,
    movements: movementSchema,
    consultations: createConsultationSchema(taxonomy),
  };
}
