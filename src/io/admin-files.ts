/**
 * The editor's own files under /admin/, read from node_modules at build time so nothing comes
 * from another origin: the script (rewritten by src/cms/self-host.ts), its lazily loaded chunk,
 * its Vietnamese interface strings (with the gaps filled: src/cms/vietnamese-gaps.ts), its fonts, the version file its update check reads,
 * Immutable.js (which it loads for custom fields), the small script that makes Vietnamese its
 * first language (src/cms/vietnamese-first.ts), and the annex field (annex-field-files.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { transformSync } from 'esbuild';
import { CMS_FONTS, CMS_IMMUTABLE, CMS_LOCALES, selfHostSveltia } from '../cms/self-host.ts';
import { VIETNAMESE_FIRST_SCRIPT } from '../cms/vietnamese-first.ts';
import { fillVietnameseGaps } from '../cms/vietnamese-gaps.ts';
import { CONTENT_DIR, TAXONOMY_FILE } from '../project.ts';
import { annexFieldFiles } from './annex-field-files.ts';

const require = createRequire(join(process.cwd(), 'package.json'));
const sveltiaRoot = join(dirname(require.resolve('@sveltia/cms')), '..');

/** The installed Sveltia CMS version. */
export function sveltiaVersion(): string {
  return (JSON.parse(readFileSync(join(sveltiaRoot, 'package.json'), 'utf8')) as { version: string }).version;
}

/** File name under /admin/ → its contents, read when asked. */
export async function adminFiles(): Promise<Record<string, () => string | Uint8Array>> {
  const version = sveltiaVersion();
  const fromSveltia = createRequire(join(sveltiaRoot, 'package.json'));
  const out: Record<string, () => string | Uint8Array> = {
    'sveltia-cms.js': () => selfHostSveltia(readFileSync(join(sveltiaRoot, 'dist/sveltia-cms.js'), 'utf8')),
    'sveltia/package.json': () => JSON.stringify({ name: '@sveltia/cms', version }),
    'tieng-viet.js': () => VIETNAMESE_FIRST_SCRIPT,
    // Its ES module is published unminified (188 KB): minified by esbuild, as the rest of /admin is.
    [CMS_IMMUTABLE.file]: () =>
      transformSync(readFileSync(fromSveltia.resolve(CMS_IMMUTABLE.from), 'utf8'), { minify: true, format: 'esm' })
        .code,
    ...(await annexFieldFiles(process.cwd(), CONTENT_DIR, TAXONOMY_FILE)),
  };
  for (const chunk of readdirSync(join(sveltiaRoot, 'dist/chunks')).filter((name) => name.endsWith('.js'))) {
    out[`chunks/${chunk}`] = () => readFileSync(join(sveltiaRoot, 'dist/chunks', chunk), 'utf8');
  }
  for (const locale of CMS_LOCALES) {
    const read = () => readFileSync(join(sveltiaRoot, 'locales', `${locale}.json`), 'utf8');
    out[`sveltia@${version}/locales/${locale}.json`] = locale === 'vi' ? () => fillVietnameseGaps(read()) : read;
  }
  for (const font of Object.values(CMS_FONTS)) {
    out[`fonts/${font.file}`] = () => readFileSync(require.resolve(font.from));
  }
  return out;
}
