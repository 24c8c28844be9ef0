/** What the search index is fed: đ-folded words, page tags, and one record per recipient. */
import { describe, expect, it } from 'vitest';
import { dStrokeWords, foldDStroke } from '../../src/search/fold.ts';
import { pageSearchTags } from '../../src/search/page-tags.ts';
import { recipientRecord, recipientRecords } from '../../src/search/recipient-records.ts';
import { generateOpenDataRows } from '../../src/utils/open-data.ts';

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
  const [individual, collective] = generateOpenDataRows(
    [
      {
        id: 'nam-truc-2022',
        decision: '1561/QĐ-UBND',
        signed: new Date('2022-12-28T00:00:00+07:00'),
        issuer: 'chu-tich-ubnd-huyen',
        issuerName: 'Chủ tịch UBND huyện',
        level: 'co-so',
        award: 'huan-chuong-lao-dong',
        awardName: 'Huân chương Lao động',
        class: 'hang-ba',
        period: '2022',
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
    ],
    'https://bangvang.example.vn',
  ) as [ReturnType<typeof generateOpenDataRows>[number], ReturnType<typeof generateOpenDataRows>[number]];

  it('land on the recipient’s anchor on the decision page, as a path', () => {
    expect(recipientRecord(individual).url).toBe('/khen-thuong/nam-truc-2022/#tran-van-duc');
  });

  it('show award with class, decision number, date, unit, kind and status', () => {
    const record = recipientRecord(individual);
    expect(record.language).toBe('vi');
    expect(record.meta).toMatchObject({
      title: 'Trần Văn Đức (truy tặng)',
      ngay: '2022-12-28',
      khen: 'Huân chương Lao động hạng Ba',
      qd: '1561/QĐ-UBND',
      don_vi: 'Thành phố Huế',
      doi_tuong: 'Cá nhân',
      trang_thai: 'Đã thu hồi',
    });
    expect(record.sort).toEqual({ ngay: '2022-12-28' });
  });

  it('are found by the unit’s former name and by the name typed with d for đ', () => {
    const record = recipientRecord(individual);
    expect(record.content).toContain('Tỉnh Thừa Thiên Huế');
    expect(record.content).toContain('1561/QĐ-UBND');
    expect(record.meta['ascii']?.split(' ')).toContain('dức');
    expect(record.meta['ascii_title']).toBe('dức');
  });

  it('filter by type, year, award (without class), level, unit and kind', () => {
    expect(recipientRecord(individual).filters).toEqual({
      loai: ['Tập thể, cá nhân được khen'],
      nam: ['2022'],
      'hinh-thuc': ['Huân chương Lao động'],
      cap: ['Cơ sở'],
      'don-vi': ['Thành phố Huế'],
      'doi-tuong': ['Cá nhân'],
    });
  });

  it('leave free-text units out of the unit filter, and say a collective’s own unit once', () => {
    const record = recipientRecord(collective);
    expect(record.filters['don-vi']).toBeUndefined();
    expect(record.meta['don_vi']).toBe('Phường Hoa Lư');
    expect(record.content.match(/Phường Hoa Lư/g)).toHaveLength(1);
    expect(record.meta['ascii_title']).toBeUndefined();
  });

  it('are one per row', () => {
    expect(recipientRecords([individual, collective]).map((r) => r.url)).toEqual([
      '/khen-thuong/nam-truc-2022/#tran-van-duc',
      '/khen-thuong/nam-truc-2022/#phuong-hoa-lu',
    ]);
  });
});
