import { describe, expect, it } from 'vitest';
import { compareNames, compareUnitNames, compareVietnamese, sortKeyOf } from '../../src/domain/name-order.ts';

const person = (name: string, sortKey?: string) => ({ name, kind: 'ca-nhan' as const, sortKey });

describe('Vietnamese ordering', () => {
  it('follows the Vietnamese alphabet, unlike a plain sort', () => {
    const words = ['Đức', 'Dũng', 'Ăn', 'Anh', 'Âu', 'Bình', 'Ư', 'Uyên'];
    expect([...words].sort(compareVietnamese)).toEqual(['Anh', 'Ăn', 'Âu', 'Bình', 'Dũng', 'Đức', 'Uyên', 'Ư']);
    expect([...words].sort()).not.toEqual([...words].sort(compareVietnamese));
  });

  it('files people by given name, then the rest of the name', () => {
    const names = ['Nguyễn Văn Đức', 'Trần Thị An', 'Lê Dũng', 'Đặng Thị Ngọc Thịnh', 'Phạm An', 'Sùng A Ăng'];
    expect(
      names
        .map((n) => person(n))
        .sort(compareNames)
        .map((p) => p.name),
    ).toEqual(['Phạm An', 'Trần Thị An', 'Sùng A Ăng', 'Lê Dũng', 'Nguyễn Văn Đức', 'Đặng Thị Ngọc Thịnh']);
  });

  it('lets a record name its own key where the last word is not the given name', () => {
    expect(sortKeyOf(person('Marie Lefèvre', 'Marie Lefèvre'))).toBe('Marie Lefèvre');
    expect(sortKeyOf(person('Marie Lefèvre'))).toBe('Lefèvre Marie');
  });

  it('files collectives and units without their type prefix', () => {
    expect(sortKeyOf({ name: 'Phường Đông A', kind: 'tap-the' })).toBe('Đông A');
    expect(sortKeyOf({ name: 'Nhân dân và cán bộ huyện Vụ Bản', kind: 'tap-the' })).toBe('Vụ Bản');
    const units = ['Phường Tam Điệp', 'Phường Đông A', 'Thành phố Huế', 'Phường Duy Tiên', 'Huyện Bắc Hà'];
    expect([...units].sort(compareUnitNames)).toEqual([
      'Huyện Bắc Hà',
      'Phường Duy Tiên',
      'Phường Đông A',
      'Thành phố Huế',
      'Phường Tam Điệp',
    ]);
  });
});
