import { describe, expect, it } from 'vitest';
import { closestMatches } from '../../src/validation/suggest.ts';
import { formatDiagnostic, formatReport } from '../../src/validation/format.ts';

describe('closest matches', () => {
  const units = [
    { value: 'phuong-hoa-lu', aliases: ['Phường Hoa Lư'], label: 'phuong-hoa-lu (Phường Hoa Lư)' },
    { value: 'phuong-nam-hoa-lu', aliases: ['Phường Nam Hoa Lư'] },
    { value: 'tp-hue', aliases: ['Thành phố Huế', 'Tỉnh Thừa Thiên Huế'] },
    { value: 'huyen-bac-ha', aliases: ['Huyện Bắc Hà'] },
  ];

  it('finds a typo, a name typed with accents, and a former name', () => {
    expect(closestMatches('phuong-hoa-luu', units)[0]).toBe('phuong-hoa-lu (Phường Hoa Lư)');
    expect(closestMatches('Huyện Bắc Hà', units)).toEqual(['huyen-bac-ha']);
    expect(closestMatches('tinh-thua-thien-hue', units)).toEqual(['tp-hue']);
  });

  it('suggests nothing for something unrelated', () => {
    expect(closestMatches('xyz', units)).toEqual([]);
    expect(closestMatches('', units)).toEqual([]);
  });

  it('returns at most three, best first', () => {
    expect(closestMatches('hang', ['hang-nhat', 'hang-nhi', 'hang-ba', 'hang-tu'])).toHaveLength(3);
    expect(closestMatches('hang-nhj', ['hang-ba', 'hang-nhi', 'hang-nhat'])[0]).toBe('hang-nhi');
  });
});

describe('the report', () => {
  const diagnostic = {
    file: 'content/awards/x.yaml',
    line: 5,
    field: 'award',
    vi: 'Giá trị không nằm trong danh sách cho phép.',
    en: 'The value is not one of those allowed.',
    found: '"bang-khen-tinh"',
    allowedVi: 'a, b',
    allowedEn: 'a, b',
    suggestions: ['bang-khen-bo-tinh'],
    severity: 'error' as const,
  };

  it('puts Vietnamese first and English after, with file, line and field', () => {
    const text = formatDiagnostic(diagnostic);
    expect(text.split('\n')[0]).toBe('✖ Lỗi / Error: content/awards/x.yaml:5 — trường / field `award`');
    expect(text.indexOf('Giá trị không nằm')).toBeLessThan(text.indexOf('The value is not'));
    expect(text).toContain('Có phải bạn muốn viết: bang-khen-bo-tinh?');
    expect(text).toContain('Did you mean: bang-khen-bo-tinh?');
  });

  it('counts errors and files in both languages', () => {
    const report = formatReport([diagnostic, { ...diagnostic, file: 'content/awards/y.yaml' }]);
    expect(report).toContain('Nội dung có 2 lỗi trong 2 tệp');
    expect(report).toContain('The content has 2 error(s) in 2 file(s)');
  });
});
