/** What the search index is fed: đ-folded words, page tags, and each recipient's facts for the name index. */
import { describe, expect, it } from 'vitest';
import { dStrokeWords, foldDStroke } from '../../src/search/fold.ts';
import { pageSearchTags } from '../../src/search/build/page-tags.ts';
import type { RecipientFacts } from '../../src/search/build/recipient-records.ts';
import { searchFacts } from '../helpers/name-records.ts';

describe('đ folding', () => {
  it('replaces only đ and Đ', () => {
    expect(foldDStroke('Đồng Văn, đua, Đức')).toBe('Dồng Văn, dua, Dức');
  });

  it('keeps the words with đ, folded, lower case, each once, and nothing else', () => {
    expect(dStrokeWords('Cờ thi đua của Chính phủ', 'Phường Đồng Văn đua', undefined)).toBe('dua dồng');
    expect(dStrokeWords('Hoa Lư, Ninh Bình')).toBe('');
  });

  it('reads NFD text (pasted from Word) the same as NFC', () => {
    expect(dStrokeWords('Đồng'.normalize('NFD'))).toBe('dồng');
  });
});

describe('page tags', () => {
  it('give the type, the other filters without blanks or repeats, the date in Vietnam and the đ words', () => {
    const tags = pageSearchTags({
      type: 'Tin bài',
      title: 'Cụm thi đua ký giao ước',
      // 20:00 UTC on 31 December is already 1 January in Vietnam.
      date: new Date('2025-12-31T20:00:00Z'),
      filters: { nam: [2026], 'don-vi': ['Phường Đồng Văn', undefined, 'Phường Đồng Văn', ' '] },
      texts: ['Đơn vị dẫn đầu'],
    });
    expect(tags.filters).toEqual([
      ['loai', 'Tin bài'],
      ['nam', '2026'],
      ['don-vi', 'Phường Đồng Văn'],
    ]);
    expect(tags.sort).toEqual([['ngay', '2026-01-01']]);
    expect(tags.meta).toEqual([
      ['ngay', '2026-01-01'],
      ['ascii', 'dua dơn dầu'],
      ['ascii_title', 'dua'],
    ]);
  });

  it('give a year alone when there is no date', () => {
    const tags = pageSearchTags({ type: 'Điển hình tiên tiến', title: 'Hoàng Thị Ước', year: 2023, texts: [] });
    expect(tags.sort).toEqual([['ngay', '2023']]);
    expect(tags.meta).toEqual([['ngay', '2023']]);
  });

  it('carry a result title and former names when given, and no date or đ words when there are none', () => {
    const tags = pageSearchTags({
      type: 'Đơn vị',
      title: 'Thành phố Huế',
      resultTitle: 'Thành phố Huế',
      formerNames: ['Tỉnh Thừa Thiên Huế'],
      texts: [],
    });
    expect(tags.sort).toEqual([]);
    expect(tags.meta).toEqual([
      ['title', 'Thành phố Huế'],
      ['ten_cu', 'Tỉnh Thừa Thiên Huế'],
    ]);
  });
});

describe('recipient records', () => {
  const [individual, collective] = searchFacts([
    {
      id: 'nam-truc-2022',
      decision: '1561/QĐ-UBND',
      signed: new Date('2022-12-28T00:00:00+07:00'),
      level: 'co-so',
      awardName: 'Huân chương Lao động',
      class: 'hang-ba',
      status: 'thu-hoi',
      recipients: [
        {
          name: 'Trần Văn Đức',
          kind: 'ca-nhan',
          unit: 'tp-hue',
          unitName: 'Thành phố Huế',
          unitFormerNames: ['Tỉnh Thừa Thiên Huế'],
          position: 'Chuyên viên',
          citation: 'Hoàn thành xuất sắc nhiệm vụ',
          posthumous: true,
          anchor: 'tran-van-duc',
          page: 1,
        },
        {
          name: 'Phường Hoa Lư',
          kind: 'tap-the',
          unit: 'Phường Hoa Lư',
          unitName: 'Phường Hoa Lư',
          posthumous: false,
          anchor: 'phuong-hoa-lu',
          page: 1,
        },
      ],
    },
  ]) as [RecipientFacts, RecipientFacts];

  it('land on the recipient’s anchor on the decision page, as a path', () => {
    const facts = individual;
    expect(facts.decision[0]).toBe('/khen-thuong/nam-truc-2022/');
    expect(facts.anchor).toBe('tran-van-duc');
  });

  it('show award with class, decision number, date, level, status, unit and kind', () => {
    expect(individual).toEqual({
      name: 'Trần Văn Đức',
      posthumous: true,
      kind: 'Cá nhân',
      decision: [
        '/khen-thuong/nam-truc-2022/',
        '1561/QĐ-UBND',
        '2022-12-28',
        'Huân chương Lao động hạng Ba',
        'Huân chương Lao động',
        'Cơ sở',
        'Đã thu hồi',
      ],
      unit: ['Thành phố Huế', 'tp-hue'],
      anchor: 'tran-van-duc',
    });
  });

  it('give free-text units no id, so that they stay out of the unit filter', () => {
    const facts = collective;
    expect(facts.unit).toEqual(['Phường Hoa Lư', '']);
    expect(facts.posthumous).toBe(false);
    expect(facts.decision[6]).toBe('Đã thu hồi');
  });
});
