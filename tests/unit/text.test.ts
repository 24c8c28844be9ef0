import { describe, expect, it } from 'vitest';
import { foldVietnamese, normalizeDeep } from '../../src/utils/text.ts';
import { parseYaml } from '../../src/parsing/yaml-document.ts';
import { parseRecipientsCsv } from '../../src/parsing/recipients-csv.ts';
import { FILES, validate } from '../helpers/mini-site.ts';

const NFD = 'Phường Đông A'.normalize('NFD');

describe('NFC normalization at load', () => {
  it('the test text really is decomposed', () => {
    expect(NFD).not.toBe('Phường Đông A');
    expect(NFD.normalize('NFC')).toBe('Phường Đông A');
  });

  it('normalizes every string in nested data', () => {
    expect(normalizeDeep({ a: [NFD, { b: NFD }], n: 1, d: null })).toEqual({
      a: ['Phường Đông A', { b: 'Phường Đông A' }],
      n: 1,
      d: null,
    });
  });

  it('normalizes YAML values and CSV cells', () => {
    expect(parseYaml(`name: ${NFD}\n`).data).toEqual({ name: 'Phường Đông A' });
    expect(parseRecipientsCsv(`name,kind\n${NFD},tap-the\n`).rows[0]).toEqual({
      name: 'Phường Đông A',
      kind: 'tap-the',
    });
  });

  it('accepts NFD content and stores it as NFC, so the same name is the same string', () => {
    const unit = 'content/units/phuong-dong-a.yaml';
    const result = validate({ [unit]: (FILES[unit] as string).replace('Phường Đông A', NFD) });
    expect(result.diagnostics).toEqual([]);
    expect(result.entries.find((e) => e.id === 'phuong-dong-a')?.data['name']).toBe('Phường Đông A');
  });

  it('normalizes story bodies', async () => {
    const { parseEntry } = await import('../../src/parsing/entry.ts');
    const entry = parseEntry(
      { collection: 'articles', path: 'content/articles/2026/x.md', text: `---\ntitle: x\n---\n${NFD}\n` },
      () => undefined,
    );
    expect(entry.ok && entry.body?.trim()).toBe('Phường Đông A');
  });
});

describe('YAML reading', () => {
  it('keeps dates and yes/no as strings (YAML 1.2 core schema)', () => {
    expect(parseYaml('date: 2026-02-30\nflag: yes\n').data).toEqual({ date: '2026-02-30', flag: 'yes' });
  });

  it('reports duplicate keys', () => {
    expect(parseYaml('title: a\ntitle: b\n').errors[0]?.line).toBe(2);
  });

  it('finds the line of a nested value', () => {
    const yaml = parseYaml('a: 1\nlist:\n  - x: 1\n  - x: 2\n    y: 3\n', 10);
    expect(yaml.lineOf(['list', 1, 'y'])).toBe(15);
    expect(yaml.lineOf(['list', 1], 'y')).toBe(15);
    expect(yaml.lineOf(['missing'])).toBe(11);
  });
});

describe('folding for comparison', () => {
  it('removes tones and marks and maps đ to d', () => {
    expect(foldVietnamese('Đặng Thị Ngọc Thịnh')).toBe('dang thi ngoc thinh');
    expect(foldVietnamese('Cờ thi đua')).toBe('co thi dua');
    expect(foldVietnamese(NFD)).toBe('phuong dong a');
  });
});

describe('invisible characters in running text', () => {
  it('finds the first one and counts them, shown with their code points', async () => {
    const { findInvisible, showInvisible } = await import('../../src/utils/text.ts');
    expect(findInvisible('thi\u200bđua và\u00adkhen')).toEqual({ index: 3, char: '\u200b', count: 2 });
    expect(showInvisible('thi\u200bđua và\u00adkhen')).toBe('thi[U+200B]đua và[U+00AD]khen');
    expect(findInvisible('Không có gì lạ.')).toBeUndefined();
  });

  it('leaves the zero-width joiner inside an emoji sequence alone', async () => {
    const { findInvisible } = await import('../../src/utils/text.ts');
    expect(findInvisible('Gia đình 👨\u200d👩\u200d👧 văn hóa')).toBeUndefined();
    expect(findInvisible('Gia\u200dđình')).toMatchObject({ index: 3 });
  });
});
