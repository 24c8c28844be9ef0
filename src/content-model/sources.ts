/**
 * The content tree as read from disk (src/io/read-content.ts) and handed to the content check:
 * plain text, no parsing yet.
 */
import type { CollectionName } from './collections.ts';

/** A content file as read from disk. */
export interface SourceFile {
  /** The collection whose folder holds it. */
  collection: CollectionName;
  /** The slug: file name without extension. */
  id: string;
  /** Path from the project root, forward slashes. */
  path: string;
  /** The file's text, as read (UTF-8). */
  text: string;
}

/** A CSV annex's text, read from disk each time it is asked for. */
export type AnnexText = () => string;

/** Everything the content check reads. */
export interface ContentSources {
  /** content/site.yaml, if present. */
  site?: { path: string; text: string };
  /** The award taxonomy data file. */
  taxonomy: { path: string; text: string };
  /** The year files of days off (src/data/holidays/<year>.yaml); none: the Labor Code's alone. */
  holidays?: { path: string; text: string }[];
  /** Every collection file. */
  files: SourceFile[];
  /**
   * Other files found in collection folders (CSV annexes and strays): a CSV's text, read when
   * asked for (a million recipients' annexes are over 100 MB of text, which the check need not
   * hold all at once), or null for any other file.
   */
  extras: Map<string, AnnexText | null>;
}
