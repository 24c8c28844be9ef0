/**
 * Property-based tests (fast-check): the text helpers every URL, search key, date and list
 * order depends on, checked over thousands of generated inputs instead of a few examples.
 * A failure prints the smallest input that breaks the property and the seed to replay it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slugVi } from '../../src/utils/slug.ts';
import { foldVietnamese } from '../../src/utils/text.ts';
import { nameTokens } from '../../src/search/name-shard.ts';
import { daysInMonth, parseVietnamDate, vietnamIsoDate } from '../../src/utils/dates.ts';
import { compareNames, sortKeyOf, type Sortable } from '../../src/domain/name-order.ts';

const RUNS = { numRuns: 2000 };

/** Every letter of the Vietnamese alphabet with every tone, precomposed (NFC), both cases. */
const LOWER = [
  'aàáảãạăằắẳẵặâầấẩẫậ',
  'b',
  'c',
  'dđ',
  'eèéẻẽẹêềếểễệ',
  'g',
  'h',
  'iìíỉĩị',
  'k',
  'l',
  'm',
  'n',
  'oòóỏõọôồốổỗộơờớởỡợ',
  'p',
  'q',
  'r',
  's',
  't',
  'uùúủũụưừứửữự',
  'v',
  'x',
  'yỳýỷỹỵ',
  // Letters used in names and loanwords.
  'fjwz',
].join('');
const LETTERS = [...LOWER, ...LOWER.toLocaleUpperCase('vi')];
const letter = fc.constantFrom(...LETTERS);
const word = fc.string({ unit: letter, minLength: 1, maxLength: 8 });
/** Vietnamese text: words of Vietnamese letters, digits and the punctuation of titles. */
const vietnameseText = fc
  .array(fc.oneof({ weight: 6, arbitrary: word }, fc.constantFrom('2026', '1/QĐ', '–', ',', ':', '(số 1)', '"')), {
    minLength: 0,
    maxLength: 8,
  })
  .map((words) => words.join(' '));
/** Anything at all: every code point, lone surrogates, controls, emoji, other scripts. */
const anyText = fc.string({ unit: 'binary', maxLength: 40 });

describe('slugs (slugify, locale vi)', () => {
  const SLUG = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/;

  it('are lower-case ASCII words joined by single hyphens, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(vietnameseText, anyText), (text) => {
        expect(slugVi(text)).toMatch(SLUG);
      }),
      RUNS,
    );
  });

  it('are idempotent: a slug is its own slug', () => {
    fc.assert(
      fc.property(fc.oneof(vietnameseText, anyText), (text) => {
        const slug = slugVi(text);
        expect(slugVi(slug)).toBe(slug);
      }),
      RUNS,
    );
  });

  it('turn đ into d (not "dj") and ignore tones: they depend only on the folded text', () => {
    fc.assert(
      fc.property(vietnameseText, (text) => {
        expect(slugVi(text)).toBe(slugVi(text.replace(/đ/g, 'd').replace(/Đ/g, 'D')));
        // Lower-cased first: slugify splits camelCase ("aS" → "a-s"), folding lower-cases.
        expect(slugVi(text.toLocaleLowerCase('vi'))).toBe(slugVi(foldVietnamese(text)));
      }),
      RUNS,
    );
    expect(slugVi('Đường Đông Đô')).toBe('duong-dong-do');
  });

  it('are the same for NFC and NFD text', () => {
    fc.assert(
      fc.property(vietnameseText, (text) => {
        expect(slugVi(text.normalize('NFD'))).toBe(slugVi(text.normalize('NFC')));
      }),
      RUNS,
    );
  });

  it('are non-empty for any text with a Vietnamese letter', () => {
    fc.assert(
      fc.property(vietnameseText, letter, vietnameseText, (before, l, after) => {
        expect(slugVi(`${before} ${l} ${after}`).length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });
});

describe('accent folding (foldVietnamese)', () => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(vietnameseText, anyText), (text) => {
        const folded = foldVietnamese(text);
        expect(foldVietnamese(folded)).toBe(folded);
      }),
      RUNS,
    );
  });

  it('turns Vietnamese words into lower-case ASCII (punctuation such as – is kept as it is)', () => {
    const words = fc.array(fc.oneof(word, fc.constantFrom('2026', '1/QĐ', '(số 1)')), { maxLength: 8 });
    fc.assert(
      fc.property(
        words.map((w) => w.join(' ')),
        (text) => {
          // eslint-disable-next-line no-control-regex
          expect(foldVietnamese(text)).toMatch(/^[\x00-\x7f]*$/);
          expect(foldVietnamese(text)).toBe(foldVietnamese(text).toLowerCase());
        },
      ),
      RUNS,
    );
  });

  it('keeps one letter per precomposed letter, and never lengthens decomposed text', () => {
    fc.assert(
      fc.property(vietnameseText, (text) => {
        expect(foldVietnamese(text)).toHaveLength(text.normalize('NFC').length);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(anyText, (text) => {
        expect(foldVietnamese(text).length).toBeLessThanOrEqual(text.normalize('NFD').length);
      }),
      RUNS,
    );
  });

  it('is the same for NFC and NFD, and for upper and lower case', () => {
    fc.assert(
      fc.property(vietnameseText, (text) => {
        expect(foldVietnamese(text.normalize('NFD'))).toBe(foldVietnamese(text.normalize('NFC')));
        expect(foldVietnamese(text.toLocaleUpperCase('vi'))).toBe(foldVietnamese(text));
      }),
      RUNS,
    );
  });

  it('maps each Vietnamese letter to its base letter', () => {
    expect(foldVietnamese('Đặng Thị Ngọc Thịnh – Ưu tú')).toBe('dang thi ngoc thinh – uu tu');
    for (const l of LETTERS) expect(foldVietnamese(l)).toMatch(/^[a-z]$/);
  });
});

describe('date parsing (parseVietnamDate)', () => {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const validDate = fc
    .record({ year: fc.integer({ min: 1900, max: 2100 }), month: fc.integer({ min: 1, max: 12 }), day: fc.nat() })
    .map(({ year, month, day }) => ({ year, month, day: (day % daysInMonth(year, month)) + 1 }));
  const iso = ({ year, month, day }: { year: number; month: number; day: number }) =>
    `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

  it('round-trips every real date: YYYY-MM-DD → midnight in Vietnam → YYYY-MM-DD', () => {
    fc.assert(
      fc.property(validDate, (d) => {
        const parsed = parseVietnamDate(iso(d));
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(parsed.hasTime).toBe(false);
        expect(vietnamIsoDate(parsed.date)).toBe(iso(d));
        // Midnight in Vietnam is 17:00 UTC the day before.
        expect(parsed.date.getUTCHours()).toBe(17);
      }),
      RUNS,
    );
  });

  it('reads a time without a zone as Vietnam time, the same instant as +07:00', () => {
    const time = fc.record({ h: fc.integer({ min: 0, max: 23 }), m: fc.integer({ min: 0, max: 59 }) });
    fc.assert(
      fc.property(validDate, time, (d, { h, m }) => {
        const local = parseVietnamDate(`${iso(d)} ${pad(h)}:${pad(m)}`);
        const zoned = parseVietnamDate(`${iso(d)}T${pad(h)}:${pad(m)}:00+07:00`);
        expect(local.ok && zoned.ok).toBe(true);
        if (!local.ok || !zoned.ok) return;
        expect(local.date.getTime()).toBe(zoned.date.getTime());
        expect(vietnamIsoDate(local.date)).toBe(iso(d));
        expect(new Date(local.date.getTime() + 7 * 3600_000).getUTCHours()).toBe(h);
      }),
      RUNS,
    );
  });

  it('rejects every day past the end of its month (where JavaScript and YAML 1.1 roll over)', () => {
    const impossible = fc
      .record({
        year: fc.integer({ min: 1900, max: 2100 }),
        month: fc.integer({ min: 1, max: 12 }),
        extra: fc.integer({ min: 1, max: 3 }),
      })
      .filter(({ year, month, extra }) => daysInMonth(year, month) + extra <= 31 + 3)
      .map(({ year, month, extra }) => ({ year, month, day: Math.min(daysInMonth(year, month) + extra, 99) }));
    fc.assert(
      fc.property(impossible, (d) => {
        const parsed = parseVietnamDate(iso(d));
        expect(parsed).toEqual({
          ok: false,
          reason: 'calendar',
          detail: { year: d.year, month: d.month, daysInMonth: daysInMonth(d.year, d.month) },
        });
      }),
      RUNS,
    );
  });

  it('rejects month 00 and 13–99, day 00, and hours or minutes out of range', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2100 }),
        fc.oneof(fc.constant(0), fc.integer({ min: 13, max: 99 })),
        (year, month) => {
          expect(parseVietnamDate(`${year}-${pad(month)}-01`)).toMatchObject({ ok: false, reason: 'calendar' });
        },
      ),
      RUNS,
    );
    fc.assert(
      fc.property(validDate, (d) => {
        expect(parseVietnamDate(iso({ ...d, day: 0 }))).toMatchObject({ ok: false, reason: 'calendar' });
      }),
      RUNS,
    );
    fc.assert(
      fc.property(
        validDate,
        fc.integer({ min: 24, max: 99 }),
        fc.integer({ min: 60, max: 99 }),
        (d, badHour, badMinute) => {
          expect(parseVietnamDate(`${iso(d)} ${badHour}:00`)).toEqual({ ok: false, reason: 'time' });
          expect(parseVietnamDate(`${iso(d)} 10:${badMinute}`)).toEqual({ ok: false, reason: 'time' });
        },
      ),
      RUNS,
    );
  });

  it('knows leap years: 29 February exists exactly in Gregorian leap years', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), (year) => {
        const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
        expect(parseVietnamDate(`${year}-02-29`).ok).toBe(leap);
      }),
      RUNS,
    );
  });

  it('never throws, and accepts only text shaped like a date', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const parsed = parseVietnamDate(text);
        if (parsed.ok) expect(text.trim()).toMatch(/^\d{4}-\d{2}-\d{2}/);
      }),
      RUNS,
    );
  });
});

describe('name ordering (compareNames)', () => {
  const name = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join(' '));
  const person: fc.Arbitrary<Sortable> = name.map((n) => ({ name: n, kind: 'ca-nhan' as const }));
  const anyone: fc.Arbitrary<Sortable> = fc.record(
    {
      name,
      kind: fc.constantFrom('ca-nhan' as const, 'tap-the' as const, 'ho-gia-dinh' as const),
      sortKey: name,
    },
    { requiredKeys: ['name', 'kind'] },
  );
  const sign = (n: number) => Math.sign(n) || 0;
  const primary = new Intl.Collator('vi', { sensitivity: 'base' });
  const givenName = (n: string) => n.split(' ').at(-1) as string;

  it('is reflexive and antisymmetric', () => {
    fc.assert(
      fc.property(anyone, anyone, (a, b) => {
        expect(compareNames(a, a)).toBe(0);
        expect(sign(compareNames(a, b))).toBe(-sign(compareNames(b, a)));
      }),
      RUNS,
    );
  });

  it('is transitive', () => {
    fc.assert(
      fc.property(anyone, anyone, anyone, (a, b, c) => {
        const [x, y, z] = [a, b, c].sort(compareNames) as [Sortable, Sortable, Sortable];
        expect(compareNames(x, y)).toBeLessThanOrEqual(0);
        expect(compareNames(y, z)).toBeLessThanOrEqual(0);
        expect(compareNames(x, z)).toBeLessThanOrEqual(0);
      }),
      RUNS,
    );
  });

  it('gives a total order: sorting is stable under shuffling', () => {
    fc.assert(
      fc.property(fc.array(anyone, { maxLength: 30 }), fc.nat(), (list, seed) => {
        const sorted = [...list].sort(compareNames);
        const shuffled = [...list].sort(
          (a, b) => ((a.name.length * 31 + seed) % 7) - ((b.name.length * 31 + seed) % 7),
        );
        const again = shuffled.sort(compareNames);
        // Equal-comparing items may swap, so compare the sequence of keys and names.
        const view = (xs: Sortable[]) => xs.map((x) => `${sortKeyOf(x)}|${x.name}`);
        expect(view(again)).toEqual(view(sorted));
      }),
      { numRuns: 500 },
    );
  });

  it("files people by given name, as Intl.Collator('vi') orders given names", () => {
    fc.assert(
      fc.property(person, person, (a, b) => {
        const byGiven = primary.compare(givenName(a.name), givenName(b.name));
        fc.pre(byGiven !== 0);
        expect(sign(compareNames(a, b))).toBe(sign(byGiven));
      }),
      RUNS,
    );
  });

  it('orders an explicit sortKey like the collator orders the keys', () => {
    fc.assert(
      fc.property(anyone, anyone, name, name, (a, b, keyA, keyB) => {
        const byKey = primary.compare(keyA, keyB);
        fc.pre(byKey !== 0);
        expect(sign(compareNames({ ...a, sortKey: keyA }, { ...b, sortKey: keyB }))).toBe(sign(byKey));
      }),
      RUNS,
    );
  });
});

describe('name words (the name index)', () => {
  it('are the words of the whole text folded, though each word is folded on its own and remembered', () => {
    const reference = (text: string) =>
      foldVietnamese(text.normalize('NFC'))
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean);
    fc.assert(
      fc.property(
        fc.oneof(
          vietnameseText,
          anyText,
          vietnameseText.map((t) => t.normalize('NFD')),
        ),
        (text) => {
          expect(nameTokens(text)).toEqual(reference(text));
        },
      ),
      RUNS,
    );
    expect(nameTokens('İnci Đặng')).toEqual(['inci', 'dang']);
  });
});
