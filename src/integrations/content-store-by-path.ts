/**
 * Keeps Astro's content store out of the bundle during `astro build`.
 *
 * Astro hands the content store to the pages through a virtual module whose code is the whole
 * store as one string literal (`export default JSON.parse("…")`): 35 MB at 10,000 stories and
 * 100,000 recipients. The bundler then parses it, passes it through every plugin and writes it
 * into a chunk, which cost the build about 300 MB of memory at its peak. The pages of a static
 * build are rendered by this same process on this same machine, right after bundling, so the
 * module can read the store file Astro has just written instead of carrying it.
 *
 * Only the single-file store is handled, and only when the file is there and looks like Astro's
 * store; otherwise Astro's own module is used. (Astro would also swallow a failed read and show
 * empty collections, so the check here is what keeps a build from publishing an empty site.)
 */
import type { AstroIntegration } from 'astro';
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { STORE_FILE, STORE_FIRST_BYTE, STORE_MODULE } from '../astro-adapter/internals.ts';

/** Whether the file is there and starts as Astro writes the store. */
function looksLikeStore(path: string): boolean {
  if (!existsSync(path)) return false;
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(1);
    return readSync(fd, head, 0, 1, 0) === 1 && head.toString() === STORE_FIRST_BYTE;
  } finally {
    closeSync(fd);
  }
}

/** The module code that reads the store at render time. */
export function storeModuleCode(path: string): string {
  return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(path)}, 'utf8'));\n`;
}

export function contentStoreByPath(): AstroIntegration {
  return {
    name: 'bang-vang:content-store-by-path',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build' || (config.experimental.collectionStorage ?? 'single-file') !== 'single-file') return;
        const storeFile = fileURLToPath(new URL(STORE_FILE, config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'bang-vang:content-store-by-path',
                apply: 'build',
                load: {
                  // Before Astro's own plugin, which would inline the store.
                  order: 'pre',
                  handler(id: string) {
                    if (id !== STORE_MODULE || !looksLikeStore(storeFile)) return null;
                    return { code: storeModuleCode(storeFile), map: { mappings: '' } };
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
