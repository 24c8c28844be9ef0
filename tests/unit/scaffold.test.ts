/**
 * `npm run new` templates: the right folder and slug, today's date as given, every schema field
 * present with a comment; once its placeholders are filled the file passes the content check,
 * and untouched it fails with messages naming each field to fill (and does not crash).
 */
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { createCollectionSchemas } from '../../src/schemas/index.ts';
import { taxonomySchema } from '../../src/schemas/taxonomy.ts';
import { scaffold, guessUnitType, TO_FILL, type ScaffoldKind } from '../../src/scaffold/templates.ts';
import { fieldPaths } from '../../src/cms/schema-walk.ts';
import { TAXONOMY_TEXT, validate } from '../helpers/mini-site.ts';

const schemas = createCollectionSchemas(taxonomySchema.parse(parse(TAXONOMY_TEXT, { schema: 'core' })), z.string());
const COLLECTION: Record<ScaffoldKind, keyof typeof schemas> = {
  story: 'articles',
  exemplar: 'exemplars',
  award: 'awards',
  unit: 'units',
  consultation: 'consultations',
};

/** Values a press officer would type in place of each "CẦN ĐIỀN". */
const FILLED: Record<string, string> = {
  description: 'Sáng 21/1, các phường trong Cụm thi đua số 1 tổng kết công tác thi đua năm 2025.',
  category: 'tong-ket',
  authors: 'Xuân Thu',
  kind: 'ca-nhan',
  unit: 'phuong-hoa-lu',
  summary: 'Công chức văn hóa tận tụy, nhiều năm liền hoàn thành xuất sắc nhiệm vụ.',
  decision: '9/QĐ-UBND',
  issuer: 'chu-tich-ubnd-tinh',
  award: 'bang-khen-bo-tinh',
  period: '2025',
  name: 'Nguyễn Văn Bình',
  type: 'phuong',
  proposedBy: 'tinh-ninh-binh',
  address: 'Ban Thi đua – Khen thưởng tỉnh Ninh Bình',
};

function fillIn(text: string): string {
  return text.replace(/^(\s*(?:- )?)(?:(\w+): )?'' # CẦN ĐIỀN.*$/gm, (_, indent: string, key: string | undefined) => {
    const value = FILLED[key ?? 'authors'];
    if (value === undefined) throw new Error(`no value for ${key}`);
    return `${indent}${key ? `${key}: ` : ''}${value}`;
  });
}

const cases: [ScaffoldKind, string, string][] = [
  [
    'story',
    'Hội nghị tổng kết công tác thi đua năm 2025',
    'content/articles/2026/hoi-nghi-tong-ket-cong-tac-thi-dua-nam-2025.md',
  ],
  ['exemplar', 'Đặng Thị Ngọc Thịnh', 'content/exemplars/dang-thi-ngoc-thinh.md'],
  ['award', 'Tặng Bằng khen: Cụm thi đua số 1', 'content/awards/tang-bang-khen-cum-thi-dua-so-1.yaml'],
  ['unit', 'Xã Đông Thịnh', 'content/units/xa-dong-thinh.yaml'],
  [
    'consultation',
    'Lấy ý kiến Nhân dân: đề nghị tặng Huân chương Lao động',
    'content/consultations/lay-y-kien-nhan-dan-de-nghi-tang-huan-chuong-lao-dong.yaml',
  ],
];

describe('npm run new templates', () => {
  it.each(cases)('%s goes to the right folder with a Vietnamese slug', (kind, title, path) => {
    expect(scaffold({ kind, title, today: '2026-01-21', contentDir: 'content' }).path).toBe(path);
  });

  it('puts a story in the folder of the year of its date, as given', () => {
    expect(scaffold({ kind: 'story', title: 'Tin đầu năm mới 2027', today: '2027-01-01', contentDir: 'c' }).path).toBe(
      'c/articles/2027/tin-dau-nam-moi-2027.md',
    );
  });

  it.each(cases)('%s names every field of its schema, each with a comment', (kind, title) => {
    const { text } = scaffold({ kind, title, today: '2026-01-21', contentDir: 'content' });
    for (const path of fieldPaths(schemas[COLLECTION[kind]])) {
      const key = path.at(-1) as string;
      expect(text, `${kind}: ${path.join('.')}`).toMatch(new RegExp(`^[#\\s-]*${key}:.*#\\s*\\S`, 'm'));
    }
  });

  it.each(cases)('%s passes the check once its placeholders are filled', (kind, title) => {
    const file = scaffold({ kind, title, today: '2026-01-21', contentDir: 'content' });
    const result = validate({ [file.path]: fillIn(file.text) }, []);
    expect(result.diagnostics.filter((d) => d.file === file.path)).toEqual([]);
    expect(result.entries.some((e) => e.path === file.path)).toBe(true);
  });

  it.each(cases)('%s, untouched, fails with a message for each field to fill', (kind, title) => {
    // A unit whose type the name does not tell ("Xã …" does) keeps its type to fill.
    const name = kind === 'unit' ? 'Ban Thi đua – Khen thưởng' : title;
    const file = scaffold({ kind, title: name, today: '2026-01-21', contentDir: 'content' });
    const placeholders = [...file.text.matchAll(new RegExp(`^\\s*(?:- )?(\\w+)?:? ?'' # ${TO_FILL}`, 'gm'))];
    expect(placeholders.length).toBeGreaterThan(0);
    const errors = validate({ [file.path]: file.text }, []).diagnostics.filter((d) => d.file === file.path);
    expect(errors.length).toBeGreaterThanOrEqual(placeholders.length);
    for (const [, key] of placeholders) {
      if (key) expect(errors.some((e) => e.field === key || e.field?.endsWith(`.${key}`))).toBe(true);
    }
    for (const error of errors) {
      expect(error.line).toBeGreaterThan(0);
      expect(error.vi.length).toBeGreaterThan(5);
    }
  });

  it("opens a notice's window on the day given, for 10 working days, and never types its closing day", () => {
    const { text } = scaffold({
      kind: 'consultation',
      title: 'Lấy ý kiến Nhân dân',
      today: '2026-12-07',
      contentDir: 'c',
    });
    expect(text).toMatch(/^opens: 2026-12-07 #/m);
    expect(text).toMatch(/^workingDays: 10 #/m);
    expect(text).not.toMatch(/^#?\s*closes:/m);
  });

  it('guesses the type of a unit from its name', () => {
    expect(guessUnitType('Phường Đông A')).toBe('phuong');
    expect(guessUnitType('Xã Đông Thịnh')).toBe('xa');
    expect(guessUnitType('Trường THCS Nguyễn Du')).toBe('truong-hoc');
    expect(guessUnitType('Ban Thi đua – Khen thưởng')).toBeUndefined();
  });
});
