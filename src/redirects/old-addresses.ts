/**
 * The old addresses stories carry in `redirectFrom`, read from the stories' files: for the build's
 * redirects and for the migration (a story already migrated is not migrated twice). Reads only
 * the files that mention the field, so a site without migrated stories pays nothing. Pure.
 */
import { splitFrontmatter } from '../parsing/frontmatter.ts';
import { parseYaml } from '../parsing/yaml-document.ts';

export interface StoryFile {
  /** Slug (file name without extension). */
  id: string;
  /** Path from the project root. */
  path: string;
  text: string;
}

export interface OldAddress {
  /** The old path (with its query string when it has one). */
  from: string;
  /** Slug of the story it leads to. */
  slug: string;
  /** The story's file. */
  file: string;
  /** Drafts are not published: their old addresses lead nowhere yet. */
  draft: boolean;
}

export function readOldAddresses(files: readonly StoryFile[]): OldAddress[] {
  const found: OldAddress[] = [];
  for (const file of files) {
    if (!file.text.includes('redirectFrom')) continue;
    const { yaml, found: hasFrontmatter } = splitFrontmatter(file.text);
    if (!hasFrontmatter) continue;
    const data = parseYaml(yaml).data as { redirectFrom?: unknown; draft?: unknown } | undefined;
    if (!Array.isArray(data?.redirectFrom)) continue;
    for (const from of data.redirectFrom) {
      if (typeof from === 'string' && from.startsWith('/')) {
        found.push({ from: from.normalize('NFC').trim(), slug: file.id, file: file.path, draft: data.draft === true });
      }
    }
  }
  return found;
}
