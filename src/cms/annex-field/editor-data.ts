/**
 * What the annex field needs to know of the site to read an annex as `npm run import` does: the
 * units (with their former names), the award taxonomy, the clusters and movements. Made at build
 * time from the same readers as the command (src/io/read-known-ids.ts, read-taxonomy.ts) and
 * served as /admin/nhap/du-lieu.json. Pure.
 */
import type { AnnexContext } from '../../import/annex.ts';
import { createUnitMatcher, type KnownUnit } from '../../import/units.ts';
import type { Taxonomy } from '../../schemas/taxonomy.ts';

export interface AnnexEditorData {
  units: KnownUnit[];
  taxonomy: Taxonomy;
  clusters: string[];
  movements: string[];
}

export function generateAnnexEditorData(input: AnnexEditorData): string {
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  return JSON.stringify({
    units: [...input.units].sort(byId),
    taxonomy: input.taxonomy,
    clusters: [...input.clusters].sort(),
    movements: [...input.movements].sort(),
  } satisfies AnnexEditorData);
}

/** The importer's context from the data file. */
export function annexContext(data: AnnexEditorData): AnnexContext {
  return {
    units: createUnitMatcher(data.units),
    taxonomy: data.taxonomy,
    clusters: new Set(data.clusters),
    movements: new Set(data.movements),
  };
}
