/** The search page's URL state, Pagefind options, and the phrase reordering of the first results. */
import { describe, expect, it } from 'vitest';
import {
  displayDate,
  pagefindFilters,
  pagefindSort,
  parseState,
  queryWords,
  bestTitleMatch,
  stateToSearch,
  titleMatch,
} from '../../src/search/browser/query-state.ts';

describe('search state in the URL', () => {
  it('reads the query, repeated filters and the sort, ignoring blanks, repeats and unknown values', () => {
    const state = parseState(
      new URLSearchParams('q=  dong   van &nam=2024&nam=2023&nam=2024&nam=&cap=Cơ+sở&sap-xep=moi-nhat&x=1'),
    );
    expect(state).toEqual({
      q: 'dong van',
      sort: 'moi-nhat',
      filters: { nam: ['2024', '2023'], cap: ['Cơ sở'] },
      old: false,
    });
    expect(parseState(new URLSearchParams('sap-xep=ngau-nhien')).sort).toBe('');
    expect(parseState(new URLSearchParams('q=x&tin-cu=1')).old).toBe(true);
    expect(parseState(new URLSearchParams('q=x&tin-cu=yes')).old).toBe(false);
  });

  it('writes it back in a stable order, and round-trips', () => {
    const state = parseState(new URLSearchParams('sap-xep=cu-nhat&tin-cu=1&don-vi=Phường Đồng Văn&q=dua&loai=Tin bài'));
    const search = stateToSearch(state);
    expect(search).toBe(
      '?q=dua&loai=Tin+b%C3%A0i&don-vi=Ph%C6%B0%E1%BB%9Dng+%C4%90%E1%BB%93ng+V%C4%83n&tin-cu=1&sap-xep=cu-nhat',
    );
    expect(parseState(new URLSearchParams(search))).toEqual(state);
    expect(stateToSearch({ q: '', sort: '', filters: {}, old: false })).toBe('');
  });

  it('turns filters into Pagefind’s: any value within a filter, every filter, optionally leaving one out', () => {
    const state = parseState(new URLSearchParams('nam=2024&nam=2023&doi-tuong=Cá nhân'));
    expect(pagefindFilters(state)).toEqual({ nam: { any: ['2024', '2023'] }, 'doi-tuong': { any: ['Cá nhân'] } });
    expect(pagefindFilters(state, 'nam')).toEqual({ 'doi-tuong': { any: ['Cá nhân'] } });
  });

  it('sorts by date only when asked', () => {
    expect(pagefindSort('')).toBeUndefined();
    expect(pagefindSort('moi-nhat')).toEqual({ ngay: 'desc' });
    expect(pagefindSort('cu-nhat')).toEqual({ ngay: 'asc' });
  });
});

describe('query words and titles', () => {
  it('folds the query like the index: no tones, đ as d, lower case', () => {
    expect(queryWords('Đồng  VĂN, đồng')).toEqual(['dong', 'van']);
  });

  it('scores a title as the query, containing it as a phrase, or neither', () => {
    expect(titleMatch('Phường Hoa Lư', 'hoa lu')).toBe(2);
    expect(titleMatch('Hoa Lư', 'HOA LƯ')).toBe(2);
    expect(titleMatch('Phường Nam Hoa Lư', 'hoa lu')).toBe(1);
    expect(titleMatch('Đề nghị tặng Cờ thi đua của Chính phủ', 'co thi dua')).toBe(1);
    expect(titleMatch('Phong trào thi đua của Cơ quan', 'co thi dua')).toBe(0);
    expect(titleMatch('Phường Hoa Lư', '')).toBe(0);
  });

  it('counts a former name like the title', () => {
    expect(bestTitleMatch(['Thành phố Huế', 'Tỉnh Thừa Thiên Huế'], 'thua thien hue')).toBe(2);
    expect(bestTitleMatch(['Tặng danh hiệu Công dân tiêu biểu tỉnh Thừa Thiên Huế'], 'thua thien hue')).toBe(1);
    expect(bestTitleMatch([], 'thua thien hue')).toBe(0);
  });

  it('shows dates as Vietnamese readers write them', () => {
    expect(displayDate('2024-01-18')).toBe('18/01/2024');
  });
});
