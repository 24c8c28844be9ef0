/**
 * The lookup files of /xac-minh/ (src/verify/generate-lookup.ts): every published record is in
 * the file its code names, every published name in the file its decision and last word name;
 * a withheld or minor record is only "exists, not published"; a decision's status in words,
 * with what replaced it; a unit as named then and now.
 */
import { describe, expect, it } from 'vitest';
import {
  RECORDS_PER_CODE_FILE,
  RecordFiles,
  generateLookup,
  recordFilePaths,
  replacementCodes,
  type LookupDecision,
  type LookupRecipient,
  type LookupUnit,
} from '../../src/verify/generate-lookup.ts';
import { CODE_ALPHABET, codeSymbols, formatCode } from '../../src/verify/code-format.ts';
import {
  codeFilePath,
  decisionFileKey,
  decisionFilePath,
  foldKey,
  lastWord,
  nameFilePath,
} from '../../src/verify/keys.ts';

const person = (name: string, code: string, extra: Partial<LookupRecipient> = {}): LookupRecipient => ({
  name,
  kind: 'ca-nhan',
  posthumous: false,
  code,
  withheld: false,
  minor: false,
  url: `/khen-thuong/x/#${foldKey(name).replace(/ /g, '-')}`,
  ...extra,
});

const decision = (id: string, number: string, recipients: LookupRecipient[], extra: Partial<LookupDecision> = {}) =>
  ({
    id,
    number,
    url: `/khen-thuong/${id}/`,
    signed: new Date('2023-12-19T17:00:00Z'),
    status: 'quyet-dinh',
    award: 'Bằng khen',
    issuer: 'Chủ tịch UBND tỉnh',
    period: '2023',
    recipients,
    ...extra,
  }) satisfies LookupDecision;

/** The code whose value in base 17 is n. */
function codeNumber(n: number): string {
  let symbols = '';
  for (let i = 0; i < 9; i++, n = Math.floor(n / 17)) symbols = `${CODE_ALPHABET[n % 17]}${symbols}`;
  return formatCode(symbols);
}

const units: LookupUnit[] = [
  {
    id: 'tp-hue',
    name: 'Thành phố Huế',
    formerNames: [{ name: 'Tỉnh Thừa Thiên Huế', until: new Date('2024-12-30T17:00:00Z') }],
    url: '/don-vi/tp-hue/',
  },
  {
    id: 'huyen-a',
    name: 'Huyện A',
    formerNames: [],
    validTo: new Date('2025-06-29T17:00:00Z'),
    successor: 'phuong-b',
    url: '/don-vi/huyen-a/',
  },
  { id: 'phuong-b', name: 'Phường B', formerNames: [], url: '/don-vi/phuong-b/' },
];

const revoked = decision(
  'cu',
  '1502/QĐ-UBND',
  [person('Vũ Thị Đảo', '222-222-222', { unit: 'UBND xã Nam Thanh' }), person('Trần Văn Đức', '333-333-333')],
  { status: 'thu-hoi', supersededBy: 'moi' },
);
const replacing = decision(
  'moi',
  '1561/QĐ-UBND',
  [
    person('Vũ Thị Đào', '444-444-444', { unit: 'huyen-a' }),
    person('Trần Văn Đức', '555-555-555', { unit: 'tp-hue', position: 'Chuyên viên' }),
    person('Lê Thị Kín', '666-666-666', { withheld: true }),
    person('Lê Văn Nhỏ', '777-777-777', { minor: true }),
  ],
  { signer: { position: 'KT. CHỦ TỊCH – PHÓ CHỦ TỊCH', name: 'Trần Anh Dũng' }, document: '/files/qd-1561.pdf' },
);
const proposal = decision('de-nghi', '03/TTr-CTĐ1', [{ ...person('Phường Đông A', ''), code: undefined }], {
  status: 'de-nghi',
});
const lookup = generateLookup({ decisions: [revoked, replacing, proposal], units });
const file = (path: string) => lookup.files.get(path) as Record<string, unknown>;

function decisionsOf(number: string) {
  const key = decisionFileKey(number);
  return file(decisionFilePath(key, lookup.decisionFiles))[key];
}

function recordOf(code: string) {
  return (file(codeFilePath(code, lookup.codeFiles)) as { records: Record<string, unknown> }).records[
    codeSymbols(code)
  ];
}

describe('the lookup files', () => {
  it('hold every published record in the file its code names, with the unit as named then and now', () => {
    expect(recordOf('555-555-555')).toEqual({
      name: 'Trần Văn Đức',
      kind: 'ca-nhan',
      position: 'Chuyên viên',
      unit: 'Tỉnh Thừa Thiên Huế',
      unitNow: 'Thành phố Huế',
      unitUrl: '/don-vi/tp-hue/',
      decision: '1561-qd-ubnd',
      slug: 'moi',
      url: '/khen-thuong/x/#tran-van-duc',
    });
    expect(recordOf('444-444-444')).toMatchObject({
      unit: 'Huyện A',
      unitNow: 'Phường B',
      unitUrl: '/don-vi/phuong-b/',
    });
  });

  it('find a name by decision number and name typed without accents, in the file they name', () => {
    const key = decisionFileKey('Số 1561/QD-UBND');
    expect(key).toBe('1561-qd-ubnd');
    const name = foldKey('tran van  DUC');
    expect(file(nameFilePath(key, lastWord(name), lookup.nameFiles))[key]).toContainEqual([
      'tran van duc',
      '555-555-555',
    ]);
    expect(decisionFileKey('03/TTr-CTĐ1')).toBe(decisionFileKey('Quyết định số 3/ttr-ctd1'));
  });

  it('say of a withheld or minor record only that it exists, and count it in its decision', () => {
    expect(recordOf('666-666-666')).toEqual({ unpublished: true });
    expect(recordOf('777-777-777')).toEqual({ unpublished: true });
    const everything = JSON.stringify([...lookup.files.values()]);
    for (const hidden of ['Lê Thị Kín', 'le thi kin', 'Lê Văn Nhỏ', 'le van nho'])
      expect(everything).not.toContain(hidden);
    expect(decisionsOf('1561/QĐ-UBND')).toMatchObject([{ unpublished: 2 }]);
  });

  it('give each decision its status in words, with what replaced it and what it replaced', () => {
    expect(decisionsOf('1502/QĐ-UBND')).toMatchObject([
      { status: 'revoked', replacedBy: { number: '1561/QĐ-UBND', url: '/khen-thuong/moi/' }, signed: '20/12/2023' },
    ]);
    expect(decisionsOf('1561/QĐ-UBND')).toMatchObject([
      {
        status: 'in-force',
        replaces: [{ number: '1502/QĐ-UBND', url: '/khen-thuong/cu/' }],
        signer: { position: 'KT. CHỦ TỊCH – PHÓ CHỦ TỊCH', name: 'Trần Anh Dũng' },
        document: '/files/qd-1561.pdf',
      },
    ]);
    // A revoked record points to the same person's record in the decision that replaced it (accents ignored).
    expect(recordOf('222-222-222')).toMatchObject({ replacement: '444-444-444' });
    expect(recordOf('333-333-333')).toMatchObject({ replacement: '555-555-555' });
  });

  it('answer a proposal’s number with a proposal, and give its rows no record', () => {
    expect(decisionsOf('03/TTr-CTĐ1')).toMatchObject([{ status: 'proposal' }]);
    const records = [...lookup.files.entries()].filter(([path]) => path.startsWith('ma/'));
    expect(records.flatMap(([, f]) => Object.keys((f as { records: object }).records))).toHaveLength(6);
    expect(JSON.stringify([...lookup.files.entries()].filter(([path]) => path.startsWith('ten/')))).not.toContain(
      'dong a',
    );
  });

  it('are split into files of about RECORDS_PER_CODE_FILE records, every file written', () => {
    const many = decision(
      'lon',
      '9/QĐ-UBND',
      Array.from({ length: 1000 }, (_, i) => person(`Người ${i}`, codeNumber(i * 7919))),
    );
    const big = generateLookup({ decisions: [many], units });
    expect(big.codeFiles).toBe(Math.ceil(1000 / RECORDS_PER_CODE_FILE));
    for (let b = 0; b < big.codeFiles; b++) {
      const file = big.files.get(`ma/${big.codeFiles}/${b}.json`) as { records: object };
      expect(Object.keys(file.records).length).toBeLessThan(RECORDS_PER_CODE_FILE * 2);
    }
    for (let b = 0; b < big.nameFiles; b++) expect(big.files.has(`ten/${big.nameFiles}/${b}.json`)).toBe(true);
    expect(big.files.has('qd/1/0.json')).toBe(true);
  });

  it('come out the same when derived a group of files at a time, as a large build does', () => {
    const many = decision(
      'lon',
      '9/QĐ-UBND',
      Array.from({ length: 1000 }, (_, i) =>
        person(`Người ${i}`, codeNumber(i * 7919), { unit: i % 3 ? 'huyen-a' : 'tp-hue', withheld: i % 97 === 0 }),
      ),
    );
    const all = [many, revoked, replacing];
    const whole = generateLookup({ decisions: all, units });
    const paths = recordFilePaths(whole);
    const groups = [paths.slice(0, 7), paths.slice(7, 20), paths.slice(20)];
    const derived = new Map<string, unknown>();
    for (const group of groups) {
      const files = new RecordFiles(whole, units, new Set(group));
      for (const d of all) files.add(d, replacementCodes(d.supersededBy === 'moi' ? replacing.recipients : []));
      expect([...files.files.keys()].sort()).toEqual([...group].sort());
      for (const [path, content] of files.files) derived.set(path, content);
    }
    for (const path of paths)
      expect(JSON.stringify(derived.get(path)), path).toBe(JSON.stringify(whole.files.get(path)));
    expect(recordOf('222-222-222')).toMatchObject({ replacement: '444-444-444' });
  });
});
