/**
 * Sveltia CMS is built to be loaded from a CDN, and at run time it fetches its interface
 * translations and an update check from unpkg.com, three fonts from cdn.jsdelivr.net, and
 * Immutable.js from unpkg.com as soon as a custom field type is registered (the annex field,
 * src/cms/annex-field/: without it no custom field is drawn). This
 * site serves everything from its own origin: the script is rewritten to ask /admin/ for those
 * files instead, and the files are copied from node_modules (see src/pages/admin/[...file].ts).
 * Pure: the script's text in, the rewritten text out. A rewrite that finds nothing to replace
 * throws, so an upgrade of Sveltia that moves these addresses fails the build instead of
 * silently reaching another origin.
 */
import { adminPath } from './admin-paths.ts';

/** Fonts the editor's stylesheet names, by their CDN address → the file we serve under /admin/fonts/. */
export const CMS_FONTS: Record<string, { file: string; from: string }> = {
  'material-symbols-outlined': {
    file: 'material-symbols-outlined.woff2',
    from: '@fontsource-variable/material-symbols-outlined/files/material-symbols-outlined-latin-wght-normal.woff2',
  },
  'source-sans-3': {
    file: 'source-sans-3.woff2',
    from: '@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2',
  },
  'noto-mono': {
    file: 'noto-mono.woff2',
    from: '@fontsource/noto-mono/files/noto-mono-latin-400-normal.woff2',
  },
};

/** Immutable.js, which Sveltia imports for custom fields: the file we serve under /admin/, from its package. */
export const CMS_IMMUTABLE = { file: 'immutable.js', from: 'immutable/dist/immutable.es.js' };

/** The editor's interface languages we serve (Vietnamese, and the fallback it loads first). */
export const CMS_LOCALES = ['vi', 'en-US'];

function replaceAll(text: string, pattern: RegExp, replacement: (match: string) => string, what: string): string {
  let count = 0;
  const out = text.replace(pattern, (match) => {
    count++;
    return replacement(match);
  });
  if (count === 0) throw new Error(`Sveltia CMS script: nothing to rewrite for ${what}; check src/cms/self-host.ts.`);
  return out;
}

export function selfHostSveltia(script: string): string {
  let out = replaceAll(
    script,
    /`https:\/\/unpkg\.com\/@sveltia\/cms`/g,
    () => `\`${adminPath('sveltia')}\``,
    'unpkg.com/@sveltia/cms',
  );
  out = replaceAll(
    out,
    /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)[:@][^/]+\/[a-z0-9-]+\.woff2/g,
    (match) => {
      const name = /fonts\/([a-z0-9-]+)/.exec(match)?.[1] ?? '';
      const font = CMS_FONTS[name];
      if (!font) throw new Error(`Sveltia CMS script: unknown font ${name}; add it to CMS_FONTS.`);
      return adminPath(`fonts/${font.file}`);
    },
    'cdn.jsdelivr.net fonts',
  );
  // Its loader called as `YW(`immutable`,`dist/immutable.es.js`)`, whatever the minifier names it.
  out = replaceAll(
    out,
    /(?<![\w$])[\w$]+\(`immutable`,`dist\/immutable\.es\.js`\)/g,
    () => `import(\`${adminPath(CMS_IMMUTABLE.file)}\`)`,
    'unpkg.com/immutable',
  );
  // The published source map is not served.
  return out.replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '\n');
}
