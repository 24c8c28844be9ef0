/** Read the award taxonomy data file (validated in full by the content check before a build). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { taxonomySchema, type Taxonomy } from '../schemas/taxonomy.ts';
import { normalizeDeep } from '../utils/text.ts';

export function readTaxonomy(root: string, file: string): Taxonomy {
  const text = readFileSync(join(root, file), 'utf8');
  return taxonomySchema.parse(normalizeDeep(parse(text, { schema: 'core' })));
}
