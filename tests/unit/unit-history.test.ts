import { describe, expect, it } from 'vitest';
import { finalSuccessorOf, predecessorsOf } from '../../src/utils/unit-history.ts';

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

  it('follows successors to the unit that exists today', () => {
    const byId = new Map(units.map((u) => [u.id, u]));
    expect(finalSuccessorOf('thi-xa-cu', byId)).toBe('phuong-nam-dinh');
    expect(finalSuccessorOf('tinh-ninh-binh', byId)).toBeUndefined();
  });

  it('does not loop on a cycle in the data', () => {
    expect(predecessorsOf('a', units)).toEqual(['b']);
    expect(finalSuccessorOf('a', new Map(units.map((u) => [u.id, u])))).toBe('a');
  });
});
