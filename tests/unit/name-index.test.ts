/**
 * The name index: files per last word of a name, split by the other words when too big; the
 * records' encoding; a query's fetches and matches; filters and counts on the hits; and the
 * merged order of names and pages.
 */
import { describe, expect, it } from 'vitest';
import { mergeByScore, nextByDate, relevanceOrder } from '../../src/search/browser/merge.ts';
import { filterHits, hitCounts, mergeCounts } from '../../src/search/browser/name-filters.ts';
import { generateCatalogue, generateNameIndex } from '../../src/search/build/name-index.ts';
import { searchNames } from '../../src/search/browser/name-search.ts';
import {
  anchorOf,
  decodeShard,
  nameMatches,
  nameMatchLevel,
  nameTokens,
  shardFile,
  type ShardJson,
} from '../../src/search/name-shard.ts';
import { parseState } from '../../src/search/browser/query-state.ts';
import { decision, person, searchFacts, server } from '../helpers/name-records.ts';

describe('name words', () => {
  it('are folded, đ included, in order, and make the plain anchor', () => {
    expect(nameTokens('Đặng Thị Ngọc Thủy')).toEqual(['dang', 'thi', 'ngoc', 'thuy']);
    expect(nameTokens('Tổ dân phố Bắc Sơn 12'.normalize('NFD'))).toEqual(['to', 'dan', 'pho', 'bac', 'son', '12']);
    expect(anchorOf('Trần Văn Đức')).toBe('tran-van-duc');
  });

  it('name files safely, whatever the script', () => {
    expect(shardFile('an')).toBe('an.json');
    expect(shardFile('an', 'nguyen')).toBe('an.nguyen.json');
    expect(shardFile('李')).toMatch(/^_[0-9a-z_]+\.json$/);
  });

  it('match when the name holds every word of the query, scored by order', () => {
    expect(nameMatches('Nguyễn Văn An', ['an', 'nguyen'])).toBe(true);
    expect(nameMatches('Nguyễn Văn An', ['an', 'thi'])).toBe(false);
    expect(nameMatchLevel('Nguyễn Văn An', ['nguyen', 'van', 'an'])).toBe(2);
    expect(nameMatchLevel('Nguyễn Văn An', ['van', 'an'])).toBe(1);
    expect(nameMatchLevel('Nguyễn Văn An', ['an', 'nguyen'])).toBe(0);
  });
});

describe('name index files', () => {
  const rows = searchFacts([
    decision('qd-1', '2023-05-01', [
      person('Nguyễn Văn An'),
      person('Nguyễn Văn An', { anchor: 'nguyen-van-an-2', page: 3, unit: 'tp-hue', unitName: 'Thành phố Huế' }),
      person('Trần Thị Ấn', { posthumous: true }),
      { ...person('Phường Đồng Văn'), kind: 'tap-the', unit: 'Phường Đồng Văn', unitName: 'Phường Đồng Văn' },
    ]),
    decision('qd-22', '2024-02-03', [person('Lê Văn Đức')], { class: 'hang-ba', status: 'de-nghi' }),
  ]);
  // Counting only (INSIDE_CAP 0): the names holding a word elsewhere are not listed.
  const files = generateNameIndex(rows, undefined, 0);

  it('list the names ending in a word, newest first, and count the names holding it elsewhere', () => {
    expect([...files.keys()].sort()).toEqual(
      ['an', 'duc', 'le', 'nguyen', 'phuong', 'thi', 'tran', 'van', 'dong'].map((w) => shardFile(w)).sort(),
    );
    expect(files.get('nguyen.json')).toEqual({ n: 2 });
    // Văn ends "Phường Đồng Văn" and is inside three other names.
    expect(files.get('van.json')?.n).toBe(3);
    expect(decodeShard(files.get('van.json') as ShardJson).map((h) => h.name)).toEqual(['Phường Đồng Văn']);
    expect(decodeShard(files.get('an.json') as ShardJson).map((h) => h.name)).toEqual([
      'Nguyễn Văn An',
      'Nguyễn Văn An',
      'Trần Thị Ấn',
    ]);
  });

  it('write each decision page, unit and kind once per file, and an anchor only when it is not the plain one', () => {
    const an = files.get('an.json') as ShardJson;
    expect(an.k).toEqual(['Cá nhân']);
    expect(an.d?.map((d) => d[0])).toEqual(['/khen-thuong/qd-1/', '/khen-thuong/qd-1/trang/3/']);
    expect(an.u).toEqual([['Thành phố Huế', 'tp-hue']]);
    expect(an.r).toEqual([
      ['Nguyễn Văn An', 0, 0, -1],
      ['Nguyễn Văn An', 0, 1, 0, 'nguyen-van-an-2'],
      ['Trần Thị Ấn', 0, 0, -1, '', 1],
    ]);
  });

  it('decode to what a result shows: the right page and anchor, award with class, status, unit', () => {
    const [first, second, third] = decodeShard(files.get('an.json') as ShardJson);
    expect(first?.url).toBe('/khen-thuong/qd-1/#nguyen-van-an');
    expect(second).toMatchObject({
      url: '/khen-thuong/qd-1/trang/3/#nguyen-van-an-2',
      unit: 'Thành phố Huế',
      unitId: 'tp-hue',
      date: '2023-05-01',
      award: 'Bằng khen',
      level: 'Bộ, ngành, tỉnh',
      status: '',
    });
    expect(third?.posthumous).toBe(true);
    expect(decodeShard(files.get('duc.json') as ShardJson)[0]).toMatchObject({
      name: 'Lê Văn Đức',
      award: 'Bằng khen hạng Ba',
      awardName: 'Bằng khen',
      status: 'Đề nghị',
      decision: '5/QĐ-UBND',
    });
  });

  it('split a word with too many names by their other words, one file per pair', () => {
    const many = searchFacts([
      decision(
        'qd-3',
        '2022-01-01',
        Array.from({ length: 6 }, (_, i) => person(`${i % 2 ? 'Nguyễn' : 'Lê'} ${i % 3 ? 'Văn' : 'Thị'} An`)),
      ),
      decision('qd-4', '2022-01-02', [person('An')]),
    ]);
    const split = generateNameIndex(many, 4);
    const an = split.get('an.json') as ShardJson;
    expect(an.c).toBe(7);
    expect(an.s).toEqual({ le: 3, nguyen: 3, thi: 2, van: 4 });
    // A one-word name has no pair: it stays in the word's own file.
    expect(decodeShard(an).map((h) => h.name)).toEqual(['An']);
    expect(decodeShard(split.get('an.thi.json') as ShardJson).map((h) => h.name)).toEqual([
      'Lê Thị An',
      'Nguyễn Thị An',
    ]);
  });
});

describe('a name query', () => {
  const rows = searchFacts([
    decision('qd-5', '2021-03-04', [
      ...Array.from({ length: 8 }, (_, i) => person(`${i % 2 ? 'Nguyễn' : 'Lê'} ${i % 3 ? 'Văn' : 'Thị'} An`)),
      person('Nguyễn Văn Bình'),
      person('Nguyễn Văn Bình Minh'),
    ]),
  ]);
  // Counting only (INSIDE_CAP 0), as on a site where every word is in many names.
  const files = generateNameIndex(rows, 5, 0);

  it('fetches each word’s file, then the pair file of the rarest other word, and keeps full matches', async () => {
    const { asked, fetch } = server(files);
    const result = await searchNames('Nguyen Thi An', fetch);
    expect(result.hits.map((h) => h.name)).toEqual(['Nguyễn Thị An']);
    expect(asked).toEqual(['nguyen.json', 'thi.json', 'an.json', 'an.thi.json']);
    expect(result.missing).toBe(0);
  });

  it('finds a name without splitting, typed in any order', async () => {
    const result = await searchNames('binh nguyen', server(files).fetch);
    expect(result.hits.map((h) => h.name)).toEqual(['Nguyễn Văn Bình']);
  });

  it('says how many names it did not fetch for common words only, rather than fetching them', async () => {
    const { asked, fetch } = server(files);
    const result = await searchNames('nguyen van', fetch);
    expect(result.hits).toEqual([]);
    // Names holding both words but ending in neither: at most as many as hold "nguyễn" inside.
    expect(result.missing).toBe(6);
    expect(asked).toEqual(['nguyen.json', 'van.json']);
    // "an" alone: its names are split and nothing narrows them.
    expect((await searchNames('an', fetch)).missing).toBe(8);
  });

  it('catalogues the word files, not the pair files, and asks for no file the catalogue lacks', async () => {
    const catalogue = generateCatalogue([...files.keys(), 'dv-tp-hue.json', 'dv-tp-hue.2023.json']);
    expect(catalogue).toBe('an binh le minh nguyen thi van');
    const known = new Set(catalogue.split(' '));
    const { asked, fetch } = server(files);
    expect(await searchNames('nguyen van xyz', fetch, { catalogue: known })).toEqual({
      hits: [],
      missing: 0,
      units: [],
    });
    expect(asked).toEqual([]);
    expect((await searchNames('nguyen van binh', fetch, { catalogue: known })).hits).toHaveLength(1);
    expect(asked).toEqual(['nguyen.json', 'van.json', 'binh.json']);
  });

  it('stops at a word that is in no name', async () => {
    const result = await searchNames('nguyen van xyz', server(files).fetch);
    expect(result).toEqual({ hits: [], missing: 0, units: [] });
    expect(await searchNames('  ', server(files).fetch)).toEqual({ hits: [], missing: 0, units: [] });
  });
});

describe('words held by few names (INSIDE_CAP)', () => {
  const rows = searchFacts([
    decision('qd-8', '2023-03-04', [
      person('Nguyễn Văn An'),
      person('Nguyễn Văn Bình'),
      person('Trần Văn Khoa'),
      person('Nguyễn Thị Văn'),
      person('Lê Văn Cường'),
    ]),
  ]);

  it('list those names after the ones ending in the word, and say how many they are', () => {
    const files = generateNameIndex(rows);
    const nguyen = files.get('nguyen.json') as ShardJson;
    expect(nguyen).toMatchObject({ n: 3, i: 3 });
    expect(decodeShard(nguyen).map((h) => h.name)).toEqual(['Nguyễn Thị Văn', 'Nguyễn Văn An', 'Nguyễn Văn Bình']);
    // Past the cap, only the count: "Văn" is inside four names.
    const counted = generateNameIndex(rows, undefined, 3);
    expect(counted.get('van.json')).toMatchObject({ n: 4 });
    expect(counted.get('van.json')?.i).toBeUndefined();
    expect(decodeShard(counted.get('van.json') as ShardJson).map((h) => h.name)).toEqual(['Nguyễn Thị Văn']);
  });

  it('lets a query of such words alone (“nguyen van”) list every name holding them, each once', async () => {
    const { asked, fetch } = server(generateNameIndex(rows));
    const result = await searchNames('nguyen van', fetch);
    expect(result.hits.map((h) => h.name).sort()).toEqual(['Nguyễn Thị Văn', 'Nguyễn Văn An', 'Nguyễn Văn Bình']);
    expect(result.missing).toBe(0);
    expect(asked).toEqual(['nguyen.json', 'van.json']);
  });

  it('still asks for the given name when every word of the query is in more names than the cap', async () => {
    const result = await searchNames('nguyen van', server(generateNameIndex(rows, undefined, 2)).fetch);
    // "Nguyễn Thị Văn" ends in "văn": listed; the two ending elsewhere are counted, not fetched.
    expect(result.hits.map((h) => h.name)).toEqual(['Nguyễn Thị Văn']);
    expect(result.missing).toBe(3);
    // One word under the cap is enough: every name holding both words holds it.
    const one = await searchNames('nguyen van', server(generateNameIndex(rows, undefined, 3)).fetch);
    expect(one.hits).toHaveLength(3);
    expect(one.missing).toBe(0);
  });
});

describe('filters on name hits', () => {
  const hits = decodeShard(
    generateNameIndex(
      searchFacts([
        decision('qd-6', '2023-01-01', [person('Hà Văn An', { unit: 'tp-hue', unitName: 'Thành phố Huế' })]),
        decision('qd-7', '2024-01-01', [person('Hà Thị An', { unit: 'Trường X', unitName: 'Trường X' })]),
      ]),
    ).get('an.json') as ShardJson,
  );
  const TYPE = 'Tập thể, cá nhân được khen';

  it('keep the hits that pass every filter, any value within one', () => {
    expect(filterHits(hits, parseState(new URLSearchParams('nam=2023&nam=2024')), TYPE)).toHaveLength(2);
    expect(filterHits(hits, parseState(new URLSearchParams('nam=2023')), TYPE).map((h) => h.name)).toEqual([
      'Hà Văn An',
    ]);
    expect(filterHits(hits, parseState(new URLSearchParams('loai=Tin+bài')), TYPE)).toEqual([]);
    // Free-text units are not in the unit filter.
    expect(filterHits(hits, parseState(new URLSearchParams('don-vi=Trường+X')), TYPE)).toEqual([]);
  });

  it('count each filter as if it were not set, the others applied, and add to the pages’ counts', () => {
    const counts = hitCounts(hits, parseState(new URLSearchParams('nam=2023&don-vi=Thành+phố+Huế')), TYPE);
    expect(counts['nam']).toEqual({ '2023': 1 });
    expect(counts['don-vi']).toEqual({ 'Thành phố Huế': 1 });
    expect(counts['loai']).toEqual({ [TYPE]: 1 });
    expect(mergeCounts({ nam: { '2023': 4, '2020': 1 } }, counts)['nam']).toEqual({ '2023': 5, '2020': 1 });
  });
});

describe('merged order', () => {
  it('puts a page titled as the query first, then exact names, then phrases, then names, then the rest', () => {
    // Pages 0..2 loaded (matches 0, 2, 1), five pages in all; names matching 0, 2, 1.
    expect(relevanceOrder([0, 2, 1], 5, [0, 2, 1])).toEqual([
      { page: 1 },
      { name: 1 },
      { page: 2 },
      { name: 2 },
      { name: 0 },
      { page: 0 },
      { page: 3 },
      { page: 4 },
    ]);
  });

  it('puts the records of a unit the query names after the names, before pages found in their text', () => {
    // Page 0 is the unit's page (titled as the query), page 1 only mentions it; name 1 is a
    // recipient so named, names 0 and 2 are the unit's records.
    expect(relevanceOrder([2, 0], 3, [-1, 1, -1])).toEqual([
      { page: 0 },
      { name: 1 },
      { name: 0 },
      { name: 2 },
      { page: 1 },
      { page: 2 },
    ]);
  });

  it('merges by date either way, a year before its dates as Pagefind sorts', () => {
    expect(nextByDate(['2024-01-01', '2023-05-05'], 'desc')).toBe(0);
    expect(nextByDate(['2024-01-01', '2023-05-05'], 'asc')).toBe(1);
    expect(nextByDate(['2023', '2023-01-01'], 'asc')).toBe(0);
    expect(nextByDate([undefined, '2023-01-01'], 'asc')).toBe(1);
    expect(nextByDate([undefined, undefined], 'desc')).toBeUndefined();
    // Three lists (main index, archive, names); equal dates: the earlier list first.
    expect(nextByDate(['2022-03-01', '2024-06-30', '2024-06-30'], 'desc')).toBe(1);
    expect(nextByDate(['2022-03-01', '2021-12-31', '2022-03-01'], 'asc')).toBe(1);
    expect(nextByDate(['2022-03-01', undefined, '2022-03-01'], 'asc')).toBe(0);
  });

  it('merges the main index and the archive by each one’s relative score', () => {
    const main = [
      { id: 'm1', score: 11.3 },
      { id: 'm2', score: 10.2 },
      { id: 'm3', score: 2 },
    ];
    // A small archive: its best match scores low in absolute terms.
    const archive = [
      { id: 'a1', score: 4.6 },
      { id: 'a2', score: 2.3 },
    ];
    expect(mergeByScore([main, archive]).map((r) => r.id)).toEqual(['m1', 'a1', 'm2', 'a2', 'm3']);
    expect(mergeByScore([main]).map((r) => r.id)).toEqual(['m1', 'm2', 'm3']);
    expect(mergeByScore([[], archive]).map((r) => r.id)).toEqual(['a1', 'a2']);
  });
});
