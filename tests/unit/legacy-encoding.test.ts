/**
 * The legacy-encoding detector measured both ways on real Vietnamese (tests/helpers/vietnamese-corpus.ts):
 * good Unicode it flags (false positives: a check that blocks good text) and TCVN3/VNI text it
 * misses or restores wrongly. A detector that blocks good text is as harmful as one that lets
 * garbled text through, so both rates have a threshold.
 */
import { toTCVN3 } from 'vietnamese-conversion';
import { describe, expect, it } from 'vitest';
import { convertLegacy, detectLegacyEncoding } from '../../src/utils/legacy-encoding.ts';
import { isVietnameseSyllable } from '../../src/utils/vietnamese-syllable.ts';
import {
  capitalTexts,
  encodedSamples,
  nameTexts,
  seedTexts,
  siteTexts,
  toTCVN3Typed,
} from '../helpers/vietnamese-corpus.ts';
import { errorsOf, FILES } from '../helpers/mini-site.ts';

const site = siteTexts();
const CORPORA: Record<string, string[]> = {
  'the sample site': site,
  'titles, positions and signature blocks in capitals': capitalTexts(site),
  "people's names": nameTexts(),
};
const seeds = seedTexts();
if (seeds.length) CORPORA['the seed articles'] = seeds;

interface Rates {
  texts: number;
  falsePositives: string[];
  samples: number;
  missed: string[];
  wrongFix: string[];
}

function measure(texts: string[]): Rates {
  const samples = encodedSamples(texts);
  const missed: string[] = [];
  const wrongFix: string[] = [];
  for (const sample of samples) {
    const found = detectLegacyEncoding(sample.garbled);
    if (found?.encoding !== sample.encoding) missed.push(sample.garbled);
    else if (found.text !== sample.text) wrongFix.push(`${sample.garbled} → ${found.text}`);
  }
  return {
    texts: texts.length,
    falsePositives: texts.filter((text) => detectLegacyEncoding(text) !== null),
    samples: samples.length,
    missed,
    wrongFix,
  };
}

const rate = (part: unknown[], whole: number) => part.length / Math.max(1, whole);

describe('detectLegacyEncoding, measured', () => {
  it('has corpora to work on', () => {
    expect(site.length).toBeGreaterThan(500);
    expect(CORPORA["people's names"]?.length).toBeGreaterThan(1000);
  });

  for (const [name, texts] of Object.entries(CORPORA)) {
    describe(name, () => {
      const rates = measure(texts);
      it(`flags under 0.5% of good Unicode text (${rates.falsePositives.length} of ${rates.texts})`, () => {
        expect(rate(rates.falsePositives, rates.texts), rates.falsePositives.slice(0, 5).join('\n')).toBeLessThan(
          0.005,
        );
      });
      it(`misses under 2% of the same text typed in TCVN3 or VNI (${rates.missed.length} of ${rates.samples})`, () => {
        expect(rate(rates.missed, rates.samples), rates.missed.slice(0, 5).join('\n')).toBeLessThan(0.02);
      });
      // A capital TCVN3 cannot show mid-sentence ("ñy ban", "ý Yªn") cannot be restored, nor can
      // words glued together by a web page: paragraphs are left out, and 5% of short texts allowed.
      it('restores the text exactly, capitals included, in all but 5% of the short samples', () => {
        const short = encodedSamples(texts.filter((text) => text.length <= 120));
        const wrong = short.filter((s) => {
          const found = detectLegacyEncoding(s.garbled);
          return found && found.text !== s.text;
        });
        expect(rate(wrong, short.length), wrong.map((s) => s.garbled).join('\n')).toBeLessThan(0.05);
      });
    });
  }
});

describe('detectLegacyEncoding, cases from annexes', () => {
  it('leaves correct Unicode alone, whatever stands between two roles', () => {
    for (const text of [
      'KT. CHỦ TỊCH · PHÓ CHỦ TỊCH',
      'KT. CHỦ TỊCH » PHÓ CHỦ TỊCH',
      'KT. CHỦ TỊCH – PHÓ CHỦ TỊCH',
      'Nhiệt độ 38°C',
      '© 2026 Ban Thi đua - Khen thưởng',
      'Y Nhông Êban',
      'UBND tinh Ninh Binh',
      'Café Sài Gòn',
      'Ðà Nẵng',
      'naïve résumé',
      'Trường THCS Nguyễn Du',
    ]) {
      expect(detectLegacyEncoding(text), text).toBeNull();
    }
  });

  it('lets the content check accept the signer and a position in capitals, and refuse a TCVN3 name once', () => {
    const award = FILES['content/awards/bang-khen-2025.yaml'] as string;
    const good = award
      .replace('position: Công chức văn hóa', 'position: KT. CHỦ TỊCH · PHÓ CHỦ TỊCH')
      .replace('period: 2025', 'period: 2025\nsigner:\n  position: KT. CHỦ TỊCH – PHÓ CHỦ TỊCH\n  name: Trần Anh Dũng');
    expect(errorsOf({ 'content/awards/bang-khen-2025.yaml': good })).toEqual([]);
    const garbled = award.replace('name: Nguyễn Thị Hoa', 'name: "L\u00ad¬ng ThÞ H\u00adêng"');
    const errors = errorsOf({ 'content/awards/bang-khen-2025.yaml': garbled });
    expect(errors.map((e) => e.vi)).toEqual([
      'Chữ bị lỗi phông: có vẻ được gõ bằng bảng mã cũ TCVN3 (ABC, phông .VnTime). Nếu đúng, hãy thay bằng: "Lương Thị Hường"',
    ]);
  });

  it('finds a name typed in TCVN3 and gives the one right reading, soft hyphens (ư) included', () => {
    expect(detectLegacyEncoding('L\u00ad¬ng ThÞ H\u00adêng')).toEqual({ encoding: 'tcvn3', text: 'Lương Thị Hường' });
  });

  it('puts capitals back where TCVN3 typed them with small letters (.VnTimeH)', () => {
    expect(toTCVN3Typed('KT. CHỦ TỊCH')).toBe('KT. CHñ TÞCH');
    expect(detectLegacyEncoding(toTCVN3Typed('KT. CHỦ TỊCH – PHÓ CHỦ TỊCH'))?.text).toBe('KT. CHỦ TỊCH – PHÓ CHỦ TỊCH');
    expect(detectLegacyEncoding(toTCVN3Typed('Nguyễn Thị Ngọc Ánh'))?.text).toBe('Nguyễn Thị Ngọc Ánh');
    expect(detectLegacyEncoding(toTCVN3('ỦY BAN NHÂN DÂN TỈNH NINH BÌNH', 'unicode'))?.text).toBe(
      'ỦY BAN NHÂN DÂN TỈNH NINH BÌNH',
    );
  });

  it('decodes VNI longest sequence first ("öù" is ứ, not ư + ù)', () => {
    expect(convertLegacy('Nguyeãn Vaên Ñöùc, Phöôøng Hoa Lö', 'vni')).toBe('Nguyễn Văn Đức, Phường Hoa Lư');
    expect(convertLegacy('NguyÔn V¨n §øc, Ph\u00adêng Hoa L\u00ad', 'tcvn3')).toBe('Nguyễn Văn Đức, Phường Hoa Lư');
  });
});

describe('isVietnameseSyllable', () => {
  it('accepts the syllables of the language, with either tone placement', () => {
    const words =
      'người nước khuyến quyết giếng giữa gìn hoàng hòa hoà thủy thuỷ thuở huỳnh oanh xoong ấy ở ạ rượu khuỷu ngoài khuấy tuổi của quá';
    for (const word of words.split(' ')) expect(isVietnameseSyllable(word), word).toBe(true);
  });
  it('refuses the shapes mojibake makes: a tone on the wrong vowel, â or ă alone, a letter outside the alphabet', () => {
    for (const word of ['caù', 'xaõ', 'nhaân', 'vâ', 'hòang', 'ngi', 'kan', 'tiê', 'ðảng', 'càc']) {
      expect(isVietnameseSyllable(word), word).toBe(false);
    }
  });
});
