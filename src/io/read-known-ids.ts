/**
 * The ids (and, for units, names and former names) of what already exists in a content tree,
 * for the importer and the scaffolder. Tolerant: a broken file is skipped here and reported by
 * the content check.
 */
import { readCollection } from './read-content.ts';
import { parseYaml } from '../parsing/yaml-document.ts';
import type { KnownUnit } from '../import/units.ts';
import type { CollectionName } from '../content-model/collections.ts';

export function readKnownUnits(root: string, contentDir: string): KnownUnit[] {
  const { files } = readCollection(root, contentDir, 'units');
  const units: KnownUnit[] = [];
  for (const file of files) {
    const data = parseYaml(file.text).data as { name?: unknown; formerNames?: unknown } | undefined;
    const formerNames = Array.isArray(data?.formerNames)
      ? data.formerNames.map((f: { name?: unknown }) => f?.name).filter((n): n is string => typeof n === 'string')
      : [];
    units.push({ id: file.id, name: typeof data?.name === 'string' ? data.name : file.id, formerNames });
  }
  return units;
}

/** Slugs of a collection, with the file each lives in. */
export function readIds(root: string, contentDir: string, collection: CollectionName): Map<string, string> {
  return new Map(readCollection(root, contentDir, collection).files.map((file) => [file.id, file.path]));
}
