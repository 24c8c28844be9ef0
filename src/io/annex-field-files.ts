/**
 * The annex field's files under /admin/nhap/, made at build time (only for a site with an editor):
 * - widget.js: the field (src/cms/annex-field/browser/widget.ts), a classic script of a few KB;
 * - importer.js: the importer of src/import/ bundled for the browser, loaded when a file is
 *   picked; iconv-lite's part done by the browser's TextDecoder (src/cms/annex-field/browser/);
 * - word.js: mammoth's own browser build, loaded by the importer only for a Word file;
 * - du-lieu.json: the units, taxonomy, clusters and movements, read by the readers the command
 *   line uses (read-known-ids.ts, read-taxonomy.ts).
 * esbuild (Vite's and Astro's own bundler) does the bundling: a hand-made copy of the importer
 * for the browser would drift from the command's.
 */
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { generateAnnexEditorData } from '../cms/annex-field/editor-data.ts';
import { readIds, readKnownUnits } from './read-known-ids.ts';
import { readTaxonomy } from './read-taxonomy.ts';

const FIELD = 'src/cms/annex-field/browser';
/** Where the files go under /admin/. */
export const ANNEX_FIELD_FOLDER = 'nhap';

/**
 * iconv-lite and mammoth → their stand-ins beside the widget; csv-parse and csv-stringify → their
 * own builds for browsers (dist/esm/, with what they need of Node's Buffer).
 */
function browserStandIns(root: string): Plugin {
  const require = createRequire(join(root, 'package.json'));
  return {
    name: 'bang-vang-browser-stand-ins',
    setup(bundler) {
      bundler.onResolve({ filter: /^(?:iconv-lite|mammoth)$/ }, (args) => ({
        path: join(root, FIELD, `${args.path}.ts`),
      }));
      bundler.onResolve({ filter: /^csv-(?:parse|stringify)\/sync$/ }, (args) => {
        const name = args.path.replace(/\/sync$/, '');
        const resolved = require.resolve(args.path);
        return { path: join(resolved.slice(0, resolved.lastIndexOf(name) + name.length), 'dist/esm/sync.js') };
      });
    },
  };
}

async function bundle(root: string): Promise<Record<string, Uint8Array>> {
  const common: BuildOptions = {
    absWorkingDir: root,
    bundle: true,
    minify: true,
    write: false,
    platform: 'browser',
    target: 'es2022',
    outdir: ANNEX_FIELD_FOLDER,
    logLevel: 'silent',
  };
  const [widget, importer] = await Promise.all([
    build({ ...common, entryPoints: { widget: `${FIELD}/widget.ts` }, format: 'iife' }),
    build({
      ...common,
      entryPoints: { importer: `${FIELD}/importer.ts`, word: `${FIELD}/word.ts` },
      format: 'esm',
      plugins: [browserStandIns(root)],
    }),
  ]);
  const files: Record<string, Uint8Array> = {};
  for (const file of [...(widget.outputFiles ?? []), ...(importer.outputFiles ?? [])]) {
    files[relative(root, file.path).split('\\').join('/')] = file.contents;
  }
  return files;
}

let bundled: Promise<Record<string, Uint8Array>> | undefined;

/** File name under /admin/ → its contents; bundled once per build. */
export async function annexFieldFiles(root: string, contentDir: string, taxonomyFile: string) {
  bundled ??= bundle(root);
  const data = () =>
    generateAnnexEditorData({
      units: readKnownUnits(root, contentDir),
      taxonomy: readTaxonomy(root, taxonomyFile),
      clusters: [...readIds(root, contentDir, 'clusters').keys()],
      movements: [...readIds(root, contentDir, 'movements').keys()],
    });
  const files: Record<string, () => string | Uint8Array> = { [`${ANNEX_FIELD_FOLDER}/du-lieu.json`]: data };
  for (const [name, contents] of Object.entries(await bundled)) files[name] = () => contents;
  return files;
}
