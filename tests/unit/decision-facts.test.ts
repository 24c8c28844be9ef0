/**
 * A decision's facts as Decree 42 lists them: the abstract (trích yếu) built when a decision has
 * no title, worded as decisions are; the size of its signed original as the download link says it.
 */
import { describe, expect, it } from 'vitest';
import { countsPhrase, decisionAbstract } from '../../src/i18n/labels.ts';
import { formatFileSize } from '../../src/utils/format.ts';

describe('the abstract of a decision without a title', () => {
  it('confers a form of commendation on its recipients, counted by kind', () => {
    expect(
      decisionAbstract({
        award: 'Bằng khen của Chủ tịch UBND tỉnh',
        group: 'bang-khen',
        status: 'quyet-dinh',
        counts: [
          { kind: 'tap-the', count: 2 },
          { kind: 'ca-nhan', count: 1250 },
        ],
      }),
    ).toBe('Về việc tặng Bằng khen của Chủ tịch UBND tỉnh cho 2 tập thể và 1.250 cá nhân');
  });

  it('names an emulation title in quotes, and a proposal as one', () => {
    expect(
      decisionAbstract({
        award: 'Chiến sĩ thi đua cơ sở',
        group: 'danh-hieu',
        status: 'de-nghi',
        counts: [{ kind: 'ca-nhan', count: 3 }],
      }),
    ).toBe('Về việc đề nghị tặng danh hiệu “Chiến sĩ thi đua cơ sở” cho 3 cá nhân');
  });

  it('lists three kinds with commas and "và"', () => {
    expect(
      countsPhrase([
        { kind: 'tap-the', count: 1 },
        { kind: 'ca-nhan', count: 5 },
        { kind: 'ho-gia-dinh', count: 2 },
      ]),
    ).toBe('1 tập thể, 5 cá nhân và 2 hộ gia đình');
  });
});

describe('the size of a signed original', () => {
  it.each([
    [300, '1 KB'],
    [27_556, '27 KB'],
    [1_048_575, '1.024 KB'],
    [1_258_291, '1,2 MB'],
    [20 * 1024 * 1024, '20 MB'],
  ])('%i bytes read %s', (bytes, shown) => {
    expect(formatFileSize(bytes)).toBe(shown);
  });
});
