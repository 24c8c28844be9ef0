/**
 * Recipients found under their unit's name (src/search/unit-index.ts): each unit with records
 * gets a records file, named in the files of its names' last words, current and former; a unit
 * with too many records for one file is split by year; a query naming a unit, under any of its
 * names and without accents, lists its records, only the years it needs.
 */
import { describe, expect, it } from 'vitest';
import { generateNameIndex } from '../../src/search/build/name-index.ts';
import { listedHits, MAX_UNITS, searchNames, searchUnits } from '../../src/search/browser/name-search.ts';
import {
  CATALOGUE_FILE,
  catalogueEntry,
  decodeShard,
  shardFile,
  UNIT_DIRECTORY_FILE,
  unitFile,
  type ShardJson,
} from '../../src/search/name-shard.ts';
import { generateUnitIndex, withUnits } from '../../src/search/build/unit-index.ts';
import { decision, formerNamesIn, person, searchFacts, server } from '../helpers/name-records.ts';

const HUE = { unit: 'tp-hue', unitName: 'Thành phố Huế', unitFormerNames: ['Tỉnh Thừa Thiên Huế'] };
const DONG_VAN = { unit: 'phuong-dong-van', unitName: 'Phường Đồng Văn' };

const decisions = [
  decision('qd-1', '2023-12-20', [
    person('Tôn Nữ Thị Ân', HUE),
    person('Phan Thanh Bình', HUE),
    person('Lò Văn Sinh', DONG_VAN),
    // A collective named like its unit: found by name once, not again as the unit's record.
    { ...person('Phường Đồng Văn', DONG_VAN), kind: 'tap-the' },
    // Free text: no unit page, no records file.
    person('Vũ Thị Lan', { unit: 'Trường THCS Nguyễn Du', unitName: 'Trường THCS Nguyễn Du' }),
  ]),
  decision('qd-22', '2021-05-02', [person('Hồ Văn Hai', HUE), person('Lê Thị Ba', DONG_VAN)]),
  decision('qd-333', '2022-01-09', [person('Mai Văn Tư', DONG_VAN)]),
];
const rows = searchFacts(decisions);
const formerNames = formerNamesIn(decisions);

describe('unit index files', () => {
  const units = generateUnitIndex(rows, formerNames, 3);
  // Without the names holding a word elsewhere (INSIDE_CAP 0): a word's file lists only names ending in it.
  const files = withUnits(generateNameIndex(rows, undefined, 0), units);

  it('name a unit in the file of the last word of each of its names, with its record count', () => {
    expect(files.get(shardFile('hue'))?.g).toEqual([['tp-hue', 3, 'Thành phố Huế', 'Tỉnh Thừa Thiên Huế']]);
    expect(files.get(shardFile('van'))?.g).toEqual([['phuong-dong-van', 4, 'Phường Đồng Văn']]);
    // Every word of a unit's names has a file, empty when no recipient's name holds it.
    expect(files.get(shardFile('thua'))).toEqual({});
    expect(files.get(shardFile('thien'))).toEqual({});
    // A recipient's file keeps its records beside the unit entries.
    expect(decodeShard(files.get(shardFile('van')) as ShardJson).map((h) => h.name)).toEqual(['Phường Đồng Văn']);
  });

  it('give each unit of the unit list its records newest first; free-text units get none', () => {
    expect(decodeShard(files.get(unitFile('tp-hue')) as ShardJson).map((h) => [h.name, h.date])).toEqual([
      ['Phan Thanh Bình', '2023-12-20'],
      ['Tôn Nữ Thị Ân', '2023-12-20'],
      ['Hồ Văn Hai', '2021-05-02'],
    ]);
    expect([...units.files.keys()].some((file) => file.includes('nguyen'))).toBe(false);
    expect(files.get(shardFile('du'))?.g).toBeUndefined();
  });

  it('split a unit with more records than the cap into one file a year', () => {
    expect(files.get(unitFile('phuong-dong-van'))).toEqual({ c: 4, s: { '2023': 2, '2022': 1, '2021': 1 } });
    expect(decodeShard(files.get(unitFile('phuong-dong-van', '2022')) as ShardJson).map((h) => h.name)).toEqual([
      'Mai Văn Tư',
    ]);
  });

  it('are never taken for word files, and the folder’s other files for neither', () => {
    expect(unitFile('phuong-dong-van', '2023')).toBe('dv-phuong-dong-van.2023.json');
    // A unit id without a hyphen still cannot name a word's file.
    for (const file of [...units.files.keys(), unitFile('an'), unitFile('an', '2023')])
      expect(catalogueEntry(file), file).toBeUndefined();
    for (const file of [CATALOGUE_FILE, UNIT_DIRECTORY_FILE]) {
      expect(catalogueEntry(file), file).toBeUndefined();
      expect(files.has(file), file).toBe(false);
    }
  });
});

describe('a query naming a unit', () => {
  const files = withUnits(generateNameIndex(rows), generateUnitIndex(rows, formerNames, 3));

  it('lists its records under its former name, typed without accents', async () => {
    const { asked, fetch } = server(files);
    const result = await searchNames('thua thien hue', fetch);
    expect(result.units.map((u) => [u.id, u.name, u.level, u.more])).toEqual([['tp-hue', 'Thành phố Huế', 2, 0]]);
    expect(result.units[0]?.hits.map((h) => h.name)).toEqual(['Phan Thanh Bình', 'Tôn Nữ Thị Ân', 'Hồ Văn Hai']);
    expect(asked).toEqual(['thua.json', 'thien.json', 'hue.json', 'dv-tp-hue.json']);
  });

  it('of a split unit, fetches the newest year and counts the rest, or the years chosen', async () => {
    const newest = server(files);
    const [unit] = (await searchNames('dong van', newest.fetch)).units;
    expect(unit?.hits.map((h) => h.date.slice(0, 4))).toEqual(['2023', '2023']);
    expect(unit?.more).toBe(2);
    expect(newest.asked.filter((f) => f.startsWith('dv-'))).toEqual([
      'dv-phuong-dong-van.json',
      'dv-phuong-dong-van.2023.json',
    ]);

    const chosen = server(files);
    const [years] = (await searchNames('dong van', chosen.fetch, { years: ['2021', '2022', '2019'] })).units;
    expect(years?.hits.map((h) => h.name)).toEqual(['Mai Văn Tư', 'Lê Thị Ba']);
    expect(years?.more).toBe(0);
    expect(chosen.asked.filter((f) => f.startsWith('dv-')).sort()).toEqual([
      'dv-phuong-dong-van.2021.json',
      'dv-phuong-dong-van.2022.json',
      'dv-phuong-dong-van.json',
    ]);
  });

  it('lists a record found by its own name once, ranked as a name', async () => {
    const result = await searchNames('dong van', server(files).fetch);
    const { hits, byUnit } = listedHits(result);
    expect(hits.map((h) => h.name)).toEqual(['Phường Đồng Văn', 'Lò Văn Sinh']);
    expect([...byUnit].map((h) => h.name)).toEqual(['Lò Văn Sinh']);
  });

  it('needs every word of a name: a word in none names no unit', async () => {
    expect((await searchNames('dong', server(files).fetch)).units).toEqual([]);
    expect((await searchNames('dong van 2023', server(files).fetch)).units).toEqual([]);
  });

  it('needs the query to be one of a unit’s names, with or without its kind, and lists a few at most', async () => {
    const names = ['Phường Hoa Lư', 'Phường Nam Hoa Lư', 'Xã Hoa Lư', 'Huyện Hoa Lư', 'Thành phố Hoa Lư', 'Xã Lư Hoa'];
    const many = [
      decision(
        'qd-9',
        '2024-01-01',
        names.map((unitName, i) => person(`Người Số ${i}`, { unit: `u-${i}`, unitName })),
      ),
    ];
    const facts = searchFacts(many);
    const index = withUnits(generateNameIndex(facts), generateUnitIndex(facts, formerNamesIn(many)));
    const ids = (q: string) => searchNames(q, server(index).fetch).then((r) => r.units.map((u) => u.id));
    // Four units are called Hoa Lư; Nam Hoa Lư only shares its words.
    expect(await ids('hoa lu')).toHaveLength(MAX_UNITS);
    expect(await ids('hoa lu')).not.toContain('u-1');
    expect(await ids('nam hoa lu')).toEqual(['u-1']);
    expect(await ids('phuong hoa lu')).toEqual(['u-0']);
    expect(await ids('lu hoa')).toEqual(['u-5']);
    // A word that only some of a unit's names hold names no unit.
    expect(await ids('lu')).toEqual([]);
  });
});

describe('the unit filter without words', () => {
  const units = generateUnitIndex(rows, formerNames, 3);
  const files = withUnits(generateNameIndex(rows), units);

  it('has a directory of the units with records, by present name', () => {
    expect(units.directory).toEqual({ 'Phường Đồng Văn': ['phuong-dong-van'], 'Thành phố Huế': ['tp-hue'] });
  });

  it('lists the chosen units’ records through it, the chosen years of a split unit', async () => {
    const { asked, fetch } = server(files);
    let directoryReads = 0;
    const directory = () => {
      directoryReads++;
      return Promise.resolve(units.directory);
    };
    const result = await searchUnits(['Thành phố Huế', 'Phường Đồng Văn', 'Trường THCS Nguyễn Du'], directory, fetch, {
      years: ['2021'],
    });
    expect(result.units.map((u) => [u.id, u.hits.map((h) => h.name)])).toEqual([
      ['tp-hue', ['Phan Thanh Bình', 'Tôn Nữ Thị Ân', 'Hồ Văn Hai']],
      ['phuong-dong-van', ['Lê Thị Ba']],
    ]);
    expect(asked).toEqual(['dv-tp-hue.json', 'dv-phuong-dong-van.json', 'dv-phuong-dong-van.2021.json']);
    expect(directoryReads).toBe(1);
    // No unit chosen: nothing is fetched, not even the directory.
    expect(await searchUnits([], directory, fetch)).toEqual({ hits: [], missing: 0, units: [] });
    expect(directoryReads).toBe(1);
  });
});

describe('which units a query names', () => {
  function index(units: [id: string, name: string, records: number, former?: string][]) {
    const recipients = units.flatMap(([id, unitName, records, former]) =>
      Array.from({ length: records }, (_, i) =>
        person(`Người ${id} ${i}`, { unit: id, unitName, ...(former ? { unitFormerNames: [former] } : {}) }),
      ),
    );
    const decisions = [decision('qd-1', '2024-01-01', recipients)];
    const rows = searchFacts(decisions);
    const unitIndex = generateUnitIndex(rows, formerNamesIn(decisions));
    return { files: withUnits(generateNameIndex(rows), unitIndex), directory: unitIndex.directory };
  }
  const ids = (files: Map<string, ShardJson>, q: string) =>
    searchNames(q, server(files).fetch).then((r) => r.units.map((u) => u.id));

  it('puts a unit called so now before one called so without its kind, then one called so before', async () => {
    const { files } = index([
      ['a-once', 'Phường Trung Tâm', 9, 'Phường Hoa Lư'],
      ['b-ward', 'Phường Hoa Lư', 1],
      ['c-bare', 'Hoa Lư', 1],
      ['d-big', 'Xã Hoa Lư', 5],
    ]);
    expect(await ids(files, 'hoa lu')).toEqual(['c-bare', 'd-big', 'b-ward']);
    expect(await ids(files, 'phuong hoa lu')).toEqual(['b-ward', 'a-once']);
  });

  it('finds a unit whose name has more words than a query looks up', async () => {
    const { files } = index([['bac-ninh', 'Cơ quan chuyên trách Đảng ủy UBND tỉnh Bắc Ninh', 2]]);
    expect(await ids(files, 'co quan chuyen trach dang uy ubnd tinh bac ninh')).toEqual(['bac-ninh']);
  });

  it('lists every unit of a name chosen in the filter, however many share it', async () => {
    const { files, directory } = index([
      ['phuong-1-q3', 'Phường 1', 1],
      ['phuong-1-q5', 'Phường 1', 2],
    ]);
    expect(directory).toEqual({ 'Phường 1': ['phuong-1-q3', 'phuong-1-q5'] });
    const result = await searchUnits(['Phường 1'], () => Promise.resolve(directory), server(files).fetch);
    expect(result.units.map((u) => [u.id, u.hits.length])).toEqual([
      ['phuong-1-q3', 1],
      ['phuong-1-q5', 2],
    ]);
  });

  it('of a split unit, fetches the oldest year when the results are sorted oldest first', async () => {
    const files = withUnits(generateNameIndex(rows), generateUnitIndex(rows, formerNames, 3));
    const { asked, fetch } = server(files);
    const [unit] = (await searchNames('dong van', fetch, { oldestFirst: true })).units;
    expect(unit?.hits.map((h) => h.date.slice(0, 4))).toEqual(['2021']);
    expect(asked.filter((f) => f.startsWith('dv-'))).toEqual([
      'dv-phuong-dong-van.json',
      'dv-phuong-dong-van.2021.json',
    ]);
  });
});
