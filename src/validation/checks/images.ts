/**
 * Pictures named by an entry (content-model/collections.ts, IMAGES) must exist: beside the content
 * file, or under public/ for a path starting with "/". A missing one is reported with the picture
 * files that are there ("hoi-nghi.jpg" when the file is "hoi-nghi.png").
 */
import { IMAGES, referencedValues } from '../../content-model/collections.ts';
import { dirname, joinPath } from '../../parsing/entry.ts';
import { checkMessages } from '../check-messages.ts';
import { error, type Diagnostic } from '../diagnostic.ts';
import { closestMatches } from '../suggest.ts';
import type { EntryContext } from '../types.ts';

const IMAGE_FILE = /\.(jpe?g|png|webp|avif|gif|svg)$/i;

export function checkImages({ file, data, locate, options }: EntryContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const pattern of IMAGES[file.collection]) {
    for (const { path, value } of referencedValues(data, pattern)) {
      const imagePath = value.startsWith('/') ? `public${value}` : joinPath(dirname(file.path), value);
      if (options.fileExists(imagePath)) continue;
      const folder = dirname(imagePath);
      const prefix = value.slice(0, value.lastIndexOf('/') + 1);
      const nearby = (options.listFolder?.(folder) ?? []).filter((name) => IMAGE_FILE.test(name));
      const suggestions = closestMatches(imagePath.slice(folder.length + 1), nearby).map((name) => `${prefix}${name}`);
      diagnostics.push(
        error({
          ...locate(path),
          field: path.join('.'),
          ...checkMessages.imageMissing(imagePath, JSON.stringify(value)),
          ...(suggestions.length ? { suggestions } : {}),
        }),
      );
    }
  }
  return diagnostics;
}
