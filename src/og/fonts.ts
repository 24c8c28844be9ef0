/**
 * The card typeface: Be Vietnam Pro (OFL-1.1), a full font with every Vietnamese letter, read
 * from node_modules (@expo-google-fonts/be-vietnam-pro) and never fetched. The fontsource
 * "vietnamese" subset is not enough: without basic Latin in the same file, ư ơ đ came out blank.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export const FONT_FAMILY = 'Be Vietnam Pro';

const require = createRequire(import.meta.url);
const PACKAGE = '@expo-google-fonts/be-vietnam-pro';

/** The weights the templates use, each a TTF of the package. */
export const FONT_FILES = {
  400: require.resolve(`${PACKAGE}/400Regular/BeVietnamPro_400Regular.ttf`),
  600: require.resolve(`${PACKAGE}/600SemiBold/BeVietnamPro_600SemiBold.ttf`),
  700: require.resolve(`${PACKAGE}/700Bold/BeVietnamPro_700Bold.ttf`),
} as const;

export type FontWeight = keyof typeof FONT_FILES;

export interface LoadedFont {
  name: string;
  data: Buffer;
  weight: FontWeight;
  style: 'normal';
}

let loaded: LoadedFont[] | undefined;

/** The fonts as satori wants them, read once per thread. */
export function loadFonts(): LoadedFont[] {
  loaded ??= (Object.entries(FONT_FILES) as unknown as [string, string][]).map(([weight, path]) => ({
    name: FONT_FAMILY,
    data: readFileSync(path),
    weight: Number(weight) as FontWeight,
    style: 'normal' as const,
  }));
  return loaded;
}

/** The bytes of one weight, for measuring text (fit.ts). */
export function fontData(weight: FontWeight): Buffer {
  return (loadFonts().find((font) => font.weight === weight) as LoadedFont).data;
}

/** sha256 over every font file: part of the cache key, so a font update redraws every card. */
export function fontsHash(): string {
  const hash = createHash('sha256');
  for (const font of loadFonts()) hash.update(font.data);
  return hash.digest('hex');
}
