import { describe, expect, it } from 'vitest';
import { nameOn, predecessorsOf } from '../../src/domain/unit-history.ts';

const units = [
  { id: 'tinh-ninh-binh' },
  { id: 'tinh-nam-dinh', successor: 'tinh-ninh-binh' },
  { id: 'tinh-ha-nam', successor: 'tinh-ninh-binh' },
  { id: 'tp-nam-dinh', successor: 'phuong-nam-dinh' },
  { id: 'phuong-nam-dinh' },
  { id: 'thi-xa-cu', successor: 'tp-nam-dinh' },
  { id: 'a', successor: 'b' },
  { id: 'b', successor: 'a' },
];

describe('unit lineage', () => {
  it('finds units merged in, directly and through others, nearest first', () => {
    expect(predecessorsOf('tinh-ninh-binh', units)).toEqual(['tinh-nam-dinh', 'tinh-ha-nam']);
    expect(predecessorsOf('phuong-nam-dinh', units)).toEqual(['tp-nam-dinh', 'thi-xa-cu']);
    expect(predecessorsOf('tinh-nam-dinh', units)).toEqual([]);
  });

  it('does not loop on a cycle in the data', () => {
    expect(predecessorsOf('a', units)).toEqual(['b']);
  });
});

describe('the name a unit had on a date', () => {
  const hue = {
    name: 'Thành phố Huế',
    formerNames: [
      { name: 'Tỉnh Thừa Thiên Huế', until: new Date('2024-12-30T17:00:00Z') },
      { name: 'Tỉnh Bình Trị Thiên (phần)', until: new Date('1989-06-29T17:00:00Z') },
    ],
  };
  it('picks the former name in use then, or the current name', () => {
    expect(nameOn(hue, new Date('2023-12-31T00:00:00Z'))).toBe('Tỉnh Thừa Thiên Huế');
    expect(nameOn(hue, new Date('1980-01-01T00:00:00Z'))).toBe('Tỉnh Bình Trị Thiên (phần)');
    expect(nameOn(hue, new Date('2025-03-01T00:00:00Z'))).toBe('Thành phố Huế');
  });
});
