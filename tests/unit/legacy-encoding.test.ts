/**
 * The legacy-encoding detector on real text: every title, lead and recipient name of the sample
 * site, as Unicode (must not be flagged), typed in TCVN3 and in VNI (must be found and restored).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toTCVN3, toVNI } from 'vietnamese-conversion';
import { describe, expect, it } from 'vitest';
import { convertLegacy, detectLegacyEncoding } from '../../src/utils/legacy-encoding.ts';
import { ROOT } from '../helpers/build.ts';

function walk(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(folder, entry.name)) : [join(folder, entry.name)],
  );
}

/** Lines of Vietnamese from the sample content: titles, leads, names, citations. */
const CORPUS = [
  ...new Set(
    walk(join(ROOT, 'content'))
      .filter((path) => /\.(md|mdx|yaml|csv)$/.test(path))
      .flatMap((path) => readFileSync(path, 'utf8').split('\n'))
      .map((line) => line.replace(/^\s*(?:-\s*)?(?:title|description|name|summary|citation|reason):\s*/, '').trim())
      .filter((line) => /[^\p{ASCII}]/u.test(line) && line.length >= 8 && line.length <= 300 && !line.startsWith('#')),
  ),
];

describe('detectLegacyEncoding', () => {
  it('has a corpus to work on', () => {
    expect(CORPUS.length).toBeGreaterThan(300);
  });

  it('leaves Unicode text alone', () => {
    const flagged = CORPUS.filter((line) => detectLegacyEncoding(line) !== null);
    expect(flagged).toEqual([]);
  });

  it('finds TCVN3 (.VnTime) text and restores it', () => {
    const wrong = CORPUS.filter((line) => toTCVN3(line, 'unicode') !== line).filter((line) => {
      const found = detectLegacyEncoding(toTCVN3(line, 'unicode'));
      // TCVN3 has no upper-case toned letters: compare in lower case.
      return found?.encoding !== 'tcvn3' || found.text.toLowerCase() !== line.normalize('NFC').toLowerCase();
    });
    expect(wrong.length / CORPUS.length).toBeLessThan(0.01);
  });

  it('finds VNI text and restores it exactly', () => {
    // The library's own VNI table writes ỹ as "ì" (ì's code), so its VNI of ỹ cannot be read back.
    const wrong = CORPUS.filter((line) => !/[ỹỸ]/u.test(line) && toVNI(line, 'unicode') !== line).filter((line) => {
      const found = detectLegacyEncoding(toVNI(line, 'unicode'));
      return found?.encoding !== 'vni' || found.text !== line.normalize('NFC');
    });
    expect(wrong.length / CORPUS.length).toBeLessThan(0.01);
  });

  it('decodes VNI longest sequence first ("öù" is ứ, not ư + ù)', () => {
    expect(convertLegacy('Nguyeãn Vaên Ñöùc, Phöôøng Hoa Lö', 'vni')).toBe('Nguyễn Văn Đức, Phường Hoa Lư');
    expect(convertLegacy('NguyÔn V¨n §øc, Ph\u00adêng Hoa L\u00ad', 'tcvn3')).toBe('Nguyễn Văn Đức, Phường Hoa Lư');
  });

  it('ignores ASCII, English and foreign words', () => {
    for (const text of ['UBND tinh Ninh Binh', 'Café Sài Gòn', 'Ðà Nẵng', 'naïve résumé', 'Trường THCS Nguyễn Du']) {
      expect(detectLegacyEncoding(text)).toBeNull();
    }
  });
});
