/** Which pages go to the main search index and which to the archive of older stories. */
import { describe, expect, it } from 'vitest';
import { indexedPageFacts } from '../../scripts/bench/indexed-pages.ts';
import { filesGlob, needsArchive, planScopes, type IndexedPage } from '../../src/search/scopes.ts';

const story = (n: number, date: string): IndexedPage => ({ file: `tin-tuc/s${n}/index.html`, story: true, date });
const other = (file: string, date = ''): IndexedPage => ({ file, story: false, date });

describe('planScopes', () => {
  it('keeps everything in one index while it fits', () => {
    const pages = [other('don-vi/a/index.html'), story(1, '2024-01-01'), story(2, '2023-01-01')];
    const plan = planScopes(pages, { mainPages: 3, minStories: 0 });
    expect(plan.archive).toEqual([]);
    expect(plan.main).toHaveLength(3);
    expect(plan.manifest).toEqual({ archive: null });
  });

  it('keeps every other page and the newest stories, and archives the rest, oldest last', () => {
    const pages = [
      story(1, '2021-05-01'),
      other('khen-thuong/qd-1/index.html', '2015-01-02'),
      story(2, '2024-02-01'),
      story(3, '2019-12-31'),
      story(4, '2023-07-07'),
      other('don-vi/a/index.html'),
    ];
    const plan = planScopes(pages, { mainPages: 4, minStories: 0 });
    // An old decision stays in the main index: only stories are archived.
    expect(plan.main).toEqual([
      'khen-thuong/qd-1/index.html',
      'don-vi/a/index.html',
      'tin-tuc/s2/index.html',
      'tin-tuc/s4/index.html',
    ]);
    expect(plan.archive).toEqual(['tin-tuc/s1/index.html', 'tin-tuc/s3/index.html']);
    expect(plan.manifest.archive).toEqual({
      path: '/pagefind/luu-tru/',
      stories: 2,
      newest: '2021-05-01',
      oldest: '2019-12-31',
    });
  });

  it('keeps a minimum of stories even when other pages fill the main index', () => {
    const pages = [other('a.html'), other('b.html'), other('c.html'), story(1, '2024-01-01'), story(2, '2023-01-01')];
    const plan = planScopes(pages, { mainPages: 2, minStories: 1 });
    expect(plan.main).toEqual(['a.html', 'b.html', 'c.html', 'tin-tuc/s1/index.html']);
    expect(plan.archive).toEqual(['tin-tuc/s2/index.html']);
  });

  it('never splits one day between the two, so the archive is older than every main story', () => {
    const pages = [story(1, '2024-03-03'), story(2, '2024-03-02'), story(3, '2024-03-02'), story(4, '2024-03-01')];
    const plan = planScopes(pages, { mainPages: 2, minStories: 0 });
    expect(plan.main).toEqual(['tin-tuc/s1/index.html', 'tin-tuc/s2/index.html', 'tin-tuc/s3/index.html']);
    expect(plan.archive).toEqual(['tin-tuc/s4/index.html']);
    // The same plan whatever order the pages were read in.
    expect(planScopes([...pages].reverse(), { mainPages: 2, minStories: 0 })).toEqual(plan);
  });
});

describe('indexedPageFacts', () => {
  it('reads whether Pagefind indexes a page and its sort date, as SearchTags writes them', () => {
    const html =
      '<html><head><meta name="pagefind:ngay" data-pagefind-sort="ngay[content]" content="2025-09-05"></head>' +
      '<body><article class="story" data-pagefind-body><h1>x</h1></article></body></html>';
    expect(indexedPageFacts(html)).toEqual({ indexed: true, date: '2025-09-05' });
    expect(indexedPageFacts('<body><p>data-pagefind-body is mentioned in text</p></body>')).toEqual({
      indexed: false,
      date: '',
    });
  });
});

describe('needsArchive', () => {
  const manifest = {
    archive: { path: '/pagefind/luu-tru/', stories: 10, newest: '2022-06-30', oldest: '2016-01-01' },
  };
  it('searches the archive when asked, when sorting oldest first, or for a year it holds', () => {
    expect(needsArchive(manifest, { old: false, sort: '', years: [] })).toBe(false);
    expect(needsArchive(manifest, { old: true, sort: '', years: [] })).toBe(true);
    expect(needsArchive(manifest, { old: false, sort: 'cu-nhat', years: [] })).toBe(true);
    expect(needsArchive(manifest, { old: false, sort: 'moi-nhat', years: ['2024'] })).toBe(false);
    expect(needsArchive(manifest, { old: false, sort: '', years: ['2024', '2022'] })).toBe(true);
  });
  it('never without an archive', () => {
    expect(needsArchive({ archive: null }, { old: true, sort: 'cu-nhat', years: ['2001'] })).toBe(false);
    expect(needsArchive(undefined, { old: true, sort: '', years: [] })).toBe(false);
  });
});

describe('filesGlob', () => {
  it('lists the files as alternatives, with the glob’s own characters escaped', () => {
    expect(filesGlob(['a/index.html', 'b/index.html'])).toBe('{a/index.html,b/index.html}');
    expect(filesGlob(['a/index.html'])).toBe('a/index.html');
    expect(filesGlob(['x{1,2}/[a]*?!.html'])).toBe('x\\{1\\,2\\}/\\[a\\]\\*\\?\\!.html');
  });
});
