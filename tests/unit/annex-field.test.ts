/**
 * The annex field of the browser editor, on the office-shaped fixtures and the sample site's own
 * units: the same rows rejected and the same warnings as `npm run import`, in a table with the
 * command-line words turned into the editor's, the decision's number and date from the file
 * beside the form's, the CSV only when nothing is rejected; its place in config.yml; and the
 * browser stand-ins the bundle uses.
 */
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import decodeInBrowser from '../../src/cms/annex-field/browser/iconv-lite.ts';
import { generateAnnexEditorData, type AnnexEditorData } from '../../src/cms/annex-field/editor-data.ts';
import { inEditorWords } from '../../src/cms/annex-field/form-input.ts';
import { importInEditor, type AnnexRequest } from '../../src/cms/annex-field/import-in-editor.ts';
import { generateCmsConfig } from '../../src/cms/config.ts';
import { selfHostSveltia } from '../../src/cms/self-host.ts';
import { readIds, readKnownUnits } from '../../src/io/read-known-ids.ts';
import { readTaxonomy } from '../../src/io/read-taxonomy.ts';
import { parseRecipientsCsv } from '../../src/parsing/recipients-csv.ts';
import { editorSchema } from '../../src/schemas/editor.ts';
import { createCollectionSchemas } from '../../src/schemas/index.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { TWO_SHEETS, WORD_DECISION } from '../fixtures/import/office-fixtures.ts';

const FIXTURES = 'tests/fixtures/import';
const TAXONOMY = 'src/data/award-taxonomy.yaml';

/** du-lieu.json of the sample site, through JSON as the browser gets it. */
const data = JSON.parse(
  generateAnnexEditorData({
    units: readKnownUnits('.', 'content'),
    taxonomy: readTaxonomy('.', TAXONOMY),
    clusters: [...readIds('.', 'content', 'clusters').keys()],
    movements: [...readIds('.', 'content', 'movements').keys()],
  }),
) as AnnexEditorData;

const FORM = {
  decision: '2160/QĐ-UBND',
  title: 'Tặng Bằng khen năm 2025',
  signed: '2026-01-15',
  issuer: 'chu-tich-ubnd-tinh',
  award: 'bang-khen-bo-tinh',
  period: '2025',
};

const importFixture = (file: string, request: Partial<AnnexRequest> = {}) =>
  importInEditor(
    new Uint8Array(readFileSync(`${FIXTURES}/${file}`)),
    file,
    { collection: 'awards', form: FORM, ...request },
    data,
  );

describe('an annex read in the editor', () => {
  it('rejects the TCVN3 name as the command does, at its sheet, row and column, and offers no CSV', async () => {
    const report = await importFixture('hai-trang-tinh.xlsx');
    expect(report).toMatchObject({ ok: false, accepted: 8, rejected: 1, errors: 1, how: 'Excel, 2 trang tính' });
    expect(report.csv).toBeUndefined();
    const errors = report.rows.filter((row) => row.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ sheet: 'Cá nhân', row: { vi: '13' }, column: { vi: 'B (Họ và tên)' } });
    expect(errors[0]?.message.vi).toContain('hãy thay bằng: "Lương Thị Hường"');
    expect(errors[0]?.message.en).toContain('replace it with: "Lương Thị Hường"');
    // The same warnings as tests/cli/import-office.test.ts expects of the command, at the same places.
    const warnings = report.rows.filter((row) => row.severity === 'warning');
    expect(warnings.map((row) => [row.sheet, row.row.vi, row.column.vi])).toEqual([
      ['Cá nhân', '8', 'D (Thông tin khen thưởng / Năm sinh)'],
      ['Cá nhân', '', ''],
      ['Cá nhân', '', 'C (Chức vụ, đơn vị công tác)'],
    ]);
    expect(report.summary).toContain('Trang tính đã đọc / Sheets read: "Tập thể", "Cá nhân"');
  });

  it('speaks of the boxes under the field and the form, never of command-line options', async () => {
    const report = await importFixture('hai-trang-tinh.xlsx', { form: { ...FORM, decision: '' } });
    const text = JSON.stringify(report);
    expect(text).not.toMatch(/--[a-z]/);
    const hidden = report.rows.find((row) => row.message.vi.includes('bị ẩn'));
    expect(hidden?.message.vi).toContain('đánh dấu ô “Đọc cả dòng, cột, trang tính bị ẩn” bên dưới');
    expect(hidden?.message.en).toContain('tick “Read hidden rows, columns and sheets” below');
    // The number came from the title block: the summary says so, not "(--so)".
    expect(report.summary).toContain('Số / Number: 2160/QĐ-UBND ("Tập thể" dòng 6)');
  });

  it('says where the title block and the form disagree on the number or the date', async () => {
    expect((await importFixture('hai-trang-tinh.xlsx')).differences).toEqual([]);
    const report = await importFixture('hai-trang-tinh.xlsx', {
      form: { ...FORM, decision: '2161/QĐ-UBND', signed: '' },
    });
    expect(report.title).toEqual({ decision: '2160/QĐ-UBND', signed: '2026-01-15' });
    expect(report.differences.map((d) => d.vi)).toEqual([
      'Số quyết định trong tệp (2160/QĐ-UBND) khác với biểu mẫu (2161/QĐ-UBND). Kiểm tra lại trước khi lưu: có thể đã chọn nhầm tệp.',
      'Ngày ký trong tệp là 15/01/2026; ô này trong biểu mẫu còn trống: hãy điền.',
    ]);
  });

  it('checks the rows against the form’s award: a kind it does not allow rejects the row', async () => {
    // The Emulation Flag of the Government goes to collectives only.
    const report = await importFixture('hai-trang-tinh.xlsx', {
      form: { ...FORM, award: 'co-thi-dua-chinh-phu', issuer: 'thu-tuong' },
      options: { convertLegacy: true },
    });
    expect(report.ok).toBe(false);
    expect(report.rejected).toBe(6);
    expect(report.accepted).toBe(3);
  });

  it('gives the CSV of every recipient once the box converts the TCVN3 name', async () => {
    const report = await importFixture('hai-trang-tinh.xlsx', { options: { convertLegacy: true } });
    expect(report).toMatchObject({ ok: true, accepted: 9, rejected: 0, errors: 0 });
    expect(report.csvName).toBe('tang-bang-khen-nam-2025.csv');
    const csv = parseRecipientsCsv(report.csv ?? '');
    expect(csv.errors).toEqual([]);
    expect(csv.rows).toEqual(TWO_SHEETS.written);
  });

  it('names the CSV after the entry once it has a file name', async () => {
    const report = await importFixture('hai-trang-tinh.xlsx', {
      slug: 'ninh-binh-bang-khen-2025',
      options: { convertLegacy: true },
    });
    expect(report.csvName).toBe('ninh-binh-bang-khen-2025.csv');
  });

  it('reads the annex table of a Word decision', async () => {
    const report = await importFixture('quyet-dinh-kem-danh-sach.docx', {
      form: { ...FORM, decision: '2161/QĐ-UBND', signed: '2026-01-16' },
    });
    expect(report.ok).toBe(true);
    expect(parseRecipientsCsv(report.csv ?? '').rows).toEqual(WORD_DECISION.written);
  });

  it('refuses a scan with what to do instead, and a notice’s list is read with its award only', async () => {
    const scan = await importFixture('ban-scan.pdf');
    expect(scan.ok).toBe(false);
    expect(scan.refusal?.vi).toContain('OCR');
    const notice = await importFixture('hai-trang-tinh.xlsx', {
      collection: 'consultations',
      form: { title: 'Lấy ý kiến', award: 'bang-khen-bo-tinh', decision: 'không đọc', signed: 'không đọc' },
      options: { convertLegacy: true },
    });
    expect(notice.ok).toBe(true);
    expect(notice.differences).toEqual([]);
  });

  it('turns every option the importer names into the editor’s words, in both languages', () => {
    const words = inEditorWords(
      {
        vi: 'Sửa trong tệp hoặc ghi đúng ngày bằng --ngay-ky. Chạy lại với --chuyen-ma.',
        en: 'Fix the file or give the right date with --signed. Or run again with --free-text-units.',
      },
      'awards',
    );
    expect(words.vi).toBe(
      'Sửa trong tệp hoặc ghi đúng ngày ở ô “Ngày ký” của biểu mẫu. Chạy lại với ô “Tự chuyển chữ TCVN3/VNI sang Unicode” bên dưới.',
    );
    expect(words.en).toBe(
      "Fix the file or give the right date in the form's “Ngày ký” field. Or tick “Keep units not in the list as text” below.",
    );
  });
});

describe('the annex field in config.yml', () => {
  const taxonomy = readTaxonomy('.', TAXONOMY);
  const config = generateCmsConfig({
    schemas: createCollectionSchemas(taxonomy, z.string()),
    siteSchema,
    taxonomy,
    editor: editorSchema.parse({ backend: 'github', repo: 'so-noi-vu/bang-vang' }),
    contentDir: 'content',
  });
  const fields = (name: string) =>
    (config['collections'] as { name: string; fields?: Record<string, unknown>[] }[]).find((c) => c.name === name)
      ?.fields ?? [];

  it.each(['awards', 'consultations'])(
    'draws %s’ recipientsFile, saved beside the entry, the typed list optional',
    (name) => {
      expect(fields(name).find((f) => f['name'] === 'recipientsFile')).toMatchObject({
        widget: 'bang-vang-annex',
        collection: name,
        media_folder: '',
        public_folder: '',
      });
      expect(fields(name).find((f) => f['name'] === 'recipients')?.['required']).toBe(false);
    },
  );
});

describe('what the browser bundle uses instead', () => {
  it('decodes Windows-1258 with the browser’s TextDecoder as iconv-lite does', () => {
    const bytes = new Uint8Array(readFileSync(`${FIXTURES}/danh-sach-windows-1258.csv`));
    expect(decodeInBrowser.decode(bytes, 'windows-1258')).toBe(iconv.decode(Buffer.from(bytes), 'windows-1258'));
  });

  it('serves Immutable.js, which Sveltia loads for custom fields, from /admin/', () => {
    const out = selfHostSveltia(readFileSync('node_modules/@sveltia/cms/dist/sveltia-cms.js', 'utf8'));
    expect(out).toContain('import(`/admin/immutable.js`)');
    expect(out).not.toContain('`immutable`,`dist/immutable.es.js`');
  });
});
