import { describe, expect, it } from 'vitest';
import { paginate } from '../../src/utils/paginate.ts';

describe('pagination', () => {
  it('cuts a list into pages with stable URLs and neighbours', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2, '/tin-tuc/');
    expect(pages.map((p) => [p.url, p.items, p.prev, p.next])).toEqual([
      ['/tin-tuc/', [1, 2], undefined, '/tin-tuc/trang/2/'],
      ['/tin-tuc/trang/2/', [3, 4], '/tin-tuc/', '/tin-tuc/trang/3/'],
      ['/tin-tuc/trang/3/', [5], '/tin-tuc/trang/2/', undefined],
    ]);
    expect(pages.every((p) => p.count === 3)).toBe(true);
  });

  it('gives an empty list one page', () => {
    expect(paginate([], 10, '/the/x/')).toEqual([
      { items: [], number: 1, count: 1, url: '/the/x/', prev: undefined, next: undefined },
    ]);
  });
});
