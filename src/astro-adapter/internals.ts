/**
 * What Bảng Vàng reads of Astro beyond its documented API, in one place, each with the reason.
 * tests/unit/astro-adapter.test.ts checks every one of these against the installed Astro and fails
 * when an upgrade moves one; the values handed between integrations and pages are in handoffs.ts.
 */

/** The Astro version these were read from (package.json pins it exactly). */
export const ASTRO_VERSION = '7.3.4';

/**
 * The content store's virtual module, as Vite resolves it (astro/dist/content/consts.js,
 * RESOLVED_DATA_STORE_VIRTUAL_ID), and the file a build writes the store to, in the cache folder
 * (DATA_STORE_FILE): integrations/content-store-by-path.ts gives the module code that reads the
 * file rather than the whole store inlined into the bundle.
 */
export const STORE_MODULE = '\0astro:data-layer-content';
export const STORE_FILE = 'data-store.json';

/** Astro writes the store with devalue: a JSON array. */
export const STORE_FIRST_BYTE = '[';

/**
 * The file on disk of an image the content schema resolved with `image()`: Astro's image metadata
 * carries it as `fsPath` (its own getImage reads it the same way). The share cards draw an
 * exemplar's portrait from it.
 */
export function imageFilePath(image: unknown): string | undefined {
  const path = (image as { fsPath?: unknown } | undefined)?.fsPath;
  return typeof path === 'string' ? path : undefined;
}

/**
 * The images a Markdown body refers to, as Astro's renderMarkdown reports them in its metadata
 * (`imagePaths`): the loader stores them as the entry's `assetImports` so Astro optimises them.
 */
export function renderedImagePaths(rendered: { metadata?: unknown }): string[] | undefined {
  const paths = (rendered.metadata as { imagePaths?: unknown } | undefined)?.imagePaths;
  return Array.isArray(paths) ? (paths as string[]) : undefined;
}
