/**
 * Read the content tree from disk (Node I/O only; the checking is in src/validation).
 * Files and folders whose name starts with `_` are ignored, as the content model says.
 */
import { closeSync, existsSync, openSync, readSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { COLLECTIONS, LAYOUT, type CollectionName } from '../content-model/collections.ts';
import type { AnnexText, ContentSources, SourceFile } from '../content-model/sources.ts';

const MARKDOWN = /\.(md|mdx)$/;
const YAML = /\.ya?ml$/;
/** Files that may sit beside content: pictures and scanned documents. */
const ASSET = /\.(jpe?g|png|webp|avif|gif|svg|pdf)$/i;

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

function walk(folder: string): string[] {
  if (!existsSync(folder)) return [];
  const out: string[] = [];
  for (const name of readdirSync(folder).sort()) {
    if (name.startsWith('_') || name.startsWith('.')) continue;
    const full = join(folder, name);
    if (statSync(full).isDirectory()) out.push(...walk(full));
    else out.push(full);
  }
  return out;
}

export interface ReadOptions {
  /** Project root (where package.json is). */
  root: string;
  /** Content folder, relative to the root. */
  contentDir: string;
  /** Taxonomy data file, relative to the root. */
  taxonomyFile: string;
}

/** The files of one collection, and the other files in its folder (CSV annexes, strays). */
export function readCollection(
  root: string,
  contentDir: string,
  collection: CollectionName,
  files: SourceFile[] = [],
  extras = new Map<string, AnnexText | null>(),
): { files: SourceFile[]; extras: Map<string, AnnexText | null> } {
  const read = (path: string) => readFileSync(path, 'utf8');
  const rel = (path: string) => toPosix(relative(root, path));
  {
    const layout = LAYOUT[collection];
    const pattern = layout.format === 'markdown' ? MARKDOWN : YAML;
    for (const full of walk(resolve(root, contentDir, layout.folder))) {
      const name = full.slice(full.lastIndexOf(sep) + 1);
      if (pattern.test(name)) {
        files.push({ collection, id: name.replace(pattern, ''), path: rel(full), text: read(full) });
      } else if (!ASSET.test(name)) {
        extras.set(rel(full), name.endsWith('.csv') ? () => read(full) : null);
      }
    }
  }
  return { files, extras };
}

export function readContent({ root, contentDir, taxonomyFile }: ReadOptions): ContentSources {
  const read = (path: string) => readFileSync(path, 'utf8');
  const rel = (path: string) => toPosix(relative(root, path));
  const files: SourceFile[] = [];
  const extras = new Map<string, AnnexText | null>();
  for (const collection of COLLECTIONS) readCollection(root, contentDir, collection, files, extras);
  const sitePath = resolve(root, contentDir, 'site.yaml');
  return {
    ...(existsSync(sitePath) ? { site: { path: rel(sitePath), text: read(sitePath) } } : {}),
    taxonomy: { path: toPosix(taxonomyFile), text: read(join(root, taxonomyFile)) },
    files,
    extras,
  };
}

export function fileExistsUnder(root: string): (path: string) => boolean {
  return (path) => existsSync(join(root, path));
}

export function listFolderUnder(root: string): (path: string) => string[] {
  return (path) => {
    try {
      return readdirSync(join(root, path)).sort();
    } catch {
      return [];
    }
  };
}

/** Size and first 16 bytes of a file under the root (validation/types.ts, inspectFile). */
export function inspectFileUnder(root: string): (path: string) => { size: number; head: string } | undefined {
  return (path) => {
    try {
      const full = join(root, path);
      const { size } = statSync(full);
      const head = Buffer.alloc(Math.min(16, size));
      const fd = openSync(full, 'r');
      try {
        readSync(fd, head, 0, head.length, 0);
      } finally {
        closeSync(fd);
      }
      return { size, head: head.toString('latin1') };
    } catch {
      return undefined;
    }
  };
}
