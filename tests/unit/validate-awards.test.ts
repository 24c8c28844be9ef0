import { describe, expect, it } from 'vitest';
import { FILES, errorsOf, sources, validate, withField } from '../helpers/mini-site.ts';
import { validateContent } from '../../src/validation/validate-content.ts';

const AWARD = 'content/awards/bang-khen-2025.yaml';
const base = FILES[AWARD] as string;

/** The mini decision with its first recipient's kind set. */
function withRecipientKind(kind: string): Record<string, string> {
  return { [AWARD]: base.replace('    kind: ca-nhan', `    kind: ${kind}`) };
}

describe('award decisions', () => {
  it('requires the decision number in number/code form', () => {
    expect(errorsOf(withField(AWARD, 'decision', '"123 QĐ UBND"'))[0]).toMatchObject({ field: 'decision', line: 1 });
    expect(errorsOf(withField(AWARD, 'decision', null))[0]).toMatchObject({ field: 'decision' });
  });

  it('keeps decision numbers unique across the site, ignoring case and spaces', () => {
    const copy = base.replace('decision: 123/QĐ-UBND', 'decision: 123/qđ-ubnd');
    const errors = errorsOf({ 'content/awards/ban-sao.yaml': copy });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'content/awards/ban-sao.yaml', field: 'decision' });
    expect(errors[0]?.en).toContain(AWARD);
  });

  it('rejects an unknown award type and suggests the closest ones', () => {
    const [error, ...rest] = errorsOf(withField(AWARD, 'award', 'bang-khen-tinh'));
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ field: 'award', line: 5, found: '"bang-khen-tinh"' });
    expect(error?.suggestions).toContain('bang-khen-bo-tinh');
  });

  it('rejects an unknown issuer and suggests the closest', () => {
    const [error] = errorsOf(withField(AWARD, 'issuer', 'chu-tich-ubnd'));
    expect(error).toMatchObject({ field: 'issuer' });
    expect(error?.suggestions?.length).toBeGreaterThan(0);
  });

  it('rejects an issuer that cannot confer the award', () => {
    const [error] = errorsOf(withField(AWARD, 'issuer', 'chu-tich-ubnd-xa'));
    expect(error).toMatchObject({ field: 'issuer', found: 'chu-tich-ubnd-xa' });
    expect(error?.allowedEn).toContain('chu-tich-ubnd-tinh');
  });

  it('accepts a recipient kind the award allows and rejects one it does not', () => {
    // Bằng khen goes to households too; the Government flag only to collectives.
    expect(errorsOf(withRecipientKind('ho-gia-dinh'))).toEqual([]);
    const flag = {
      [AWARD]: base
        .replace('issuer: chu-tich-ubnd-tinh', 'issuer: thu-tuong')
        .replace('award: bang-khen-bo-tinh', 'award: co-thi-dua-chinh-phu'),
    };
    const errors = errorsOf(flag);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ field: 'recipients.0.kind', found: 'ca-nhan', line: 10 });
    expect(errors[0]?.vi).toContain('Cờ thi đua của Chính phủ không tặng cho cá nhân');
  });

  it('requires a class for an award with classes, and only there', () => {
    const order = base
      .replace('issuer: chu-tich-ubnd-tinh', 'issuer: chu-tich-nuoc')
      .replace('award: bang-khen-bo-tinh', 'award: huan-chuong-lao-dong');
    expect(errorsOf({ [AWARD]: order })[0]).toMatchObject({ field: 'class' });
    expect(errorsOf({ [AWARD]: `${order}class: hang-ba\n` })).toEqual([]);
    expect(errorsOf({ [AWARD]: `${order}class: hang-tu\n` })[0]).toMatchObject({ field: 'class' });
    const noClasses = errorsOf(withField(AWARD, 'class', 'hang-nhi'));
    expect(noClasses).toHaveLength(1);
    expect(noClasses[0]).toMatchObject({ field: 'class', found: 'hang-nhi' });
    expect(noClasses[0]?.vi).toContain('không chia hạng');
  });

  it('accepts a period as a year or a range and rejects anything else', () => {
    expect(errorsOf(withField(AWARD, 'period', '"2021-2025"'))).toEqual([]);
    expect(
      validate(withField(AWARD, 'period', '"2021-2025"')).entries.find((e) => e.collection === 'awards')?.data[
        'period'
      ],
    ).toEqual({
      start: 2021,
      end: 2025,
      label: '2021–2025',
    });
    expect(errorsOf(withField(AWARD, 'period', 'năm 2025'))[0]).toMatchObject({ field: 'period' });
    expect(errorsOf(withField(AWARD, 'period', '"2025-2021"'))[0]).toMatchObject({ field: 'period' });
  });

  it('rejects a decision signed before its period starts, accepts one signed on its first day', () => {
    const early = errorsOf(withField(AWARD, 'signed', '2024-12-31'));
    expect(early).toHaveLength(1);
    expect(early[0]).toMatchObject({ field: 'signed', line: 2 });
    expect(errorsOf(withField(AWARD, 'signed', '2025-01-01'))).toEqual([]);
  });

  it('takes a date without a time for signed', () => {
    expect(errorsOf(withField(AWARD, 'signed', '2026-01-15 08:00'))[0]).toMatchObject({ field: 'signed' });
  });

  it('defaults the status to decided and checks it', () => {
    expect(validate().entries.find((e) => e.collection === 'awards')?.data['status']).toBe('quyet-dinh');
    expect(errorsOf(withField(AWARD, 'status', 'de-nghi'))).toEqual([]);
    const [error] = errorsOf(withField(AWARD, 'status', 'denghi'));
    expect(error?.suggestions).toContain('de-nghi');
  });

  it('requires a revoked decision to name what revoked it, and that to exist', () => {
    expect(errorsOf(withField(AWARD, 'status', 'thu-hoi'))[0]).toMatchObject({ field: 'supersededBy' });
    const revoked = { ...withField(AWARD, 'status', 'thu-hoi') };
    revoked[AWARD] = `${revoked[AWARD]}supersededBy: dinh-chinh\n`;
    expect(errorsOf(revoked)[0]).toMatchObject({ field: 'supersededBy', found: 'dinh-chinh' });
    const correction = base.replace('decision: 123/QĐ-UBND', 'decision: 124/QĐ-UBND');
    expect(errorsOf({ ...revoked, 'content/awards/dinh-chinh.yaml': correction })).toEqual([]);
    const self = { [AWARD]: `${revoked[AWARD]?.replace('supersededBy: dinh-chinh', 'supersededBy: bang-khen-2025')}` };
    expect(errorsOf(self)[0]?.en).toContain('cannot supersede itself');
  });

  it('checks issuerUnit, cluster and movement references', () => {
    expect(errorsOf(withField(AWARD, 'issuerUnit', 'tinh-ninh-binhh'))[0]?.suggestions).toContain(
      'tinh-ninh-binh (Tỉnh Ninh Bình)',
    );
    expect(errorsOf(withField(AWARD, 'cluster', 'cum-9'))[0]).toMatchObject({ field: 'cluster' });
    expect(errorsOf(withField(AWARD, 'movement', 'khong-co'))[0]).toMatchObject({ field: 'movement' });
  });

  it('treats a recipient unit shaped like an id as a reference and anything else as free text', () => {
    expect(errorsOf({ [AWARD]: base.replace('unit: phuong-hoa-lu', 'unit: phuong-hoa-luu') })[0]).toMatchObject({
      field: 'recipients.0.unit',
      line: 11,
    });
    // A unit found by its name suggests the id.
    const byName = errorsOf({ [AWARD]: base.replace('unit: phuong-hoa-lu', 'unit: phuong-dong') })[0];
    expect(byName?.suggestions?.[0]).toBe('phuong-dong-a (Phường Đông A)');
    expect(errorsOf({ [AWARD]: base.replace('unit: phuong-hoa-lu', 'unit: UBND phường Hoa Lư') })).toEqual([]);
  });

  it('requires at least one recipient', () => {
    const empty = base.slice(0, base.indexOf('recipients:')) + 'recipients: []\n';
    expect(errorsOf({ [AWARD]: empty })[0]).toMatchObject({ field: 'recipients' });
  });

  it('allows posthumous honours for individuals only', () => {
    const posthumous = base.replace('    position: Công chức văn hóa', '    posthumous: true');
    expect(errorsOf({ [AWARD]: posthumous })).toEqual([]);
    const collective = base.replace(
      '    unit: Trường THCS Nguyễn Du',
      '    unit: Trường THCS Nguyễn Du\n    posthumous: true',
    );
    expect(errorsOf({ [AWARD]: collective })[0]).toMatchObject({ field: 'recipients.1.posthumous' });
  });

  describe('recipients in a CSV annex', () => {
    const yaml = base.slice(0, base.indexOf('recipients:')) + 'recipientsFile: danh-sach.csv\n';
    const csv =
      'name,kind,unit,position,citation,posthumous\n' +
      'Nguyễn Văn An,ca-nhan,phuong-hoa-lu,Trưởng khu phố,"Hoàn thành xuất sắc, tiêu biểu",\n' +
      'Đặng Thị Ngọc Thịnh,ca-nhan,Trường Tiểu học Bắc Hà,Giáo viên,,x\n' +
      'Tổ dân phố số 3,tap-the,phuong-dong-a,,,\n';

    it('reads the rows, with quoted commas and posthumous marks', () => {
      const result = validate({ [AWARD]: yaml, 'content/awards/danh-sach.csv': csv });
      expect(result.diagnostics).toEqual([]);
      const recipients = result.entries.find((e) => e.collection === 'awards')?.data['recipients'] as Record<
        string,
        unknown
      >[];
      expect(recipients).toHaveLength(3);
      expect(recipients[0]).toMatchObject({ citation: 'Hoàn thành xuất sắc, tiêu biểu', posthumous: false });
      expect(recipients[1]).toMatchObject({ name: 'Đặng Thị Ngọc Thịnh', posthumous: true });
    });

    it('names the CSV row and column of a bad cell', () => {
      const bad = csv.replace('Tổ dân phố số 3,tap-the', 'Tổ dân phố số 3,tap-th');
      const errors = errorsOf({ [AWARD]: yaml, 'content/awards/danh-sach.csv': bad });
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({
        file: 'content/awards/danh-sach.csv',
        line: 4,
        field: 'dòng/row 3, cột/column kind',
      });
      expect(errors[0]?.suggestions).toContain('tap-the');
    });

    it('reports a missing CSV file, unknown columns, and using both forms', () => {
      expect(errorsOf({ [AWARD]: yaml })[0]).toMatchObject({ field: 'recipientsFile', file: AWARD });
      const columns = errorsOf({
        [AWARD]: yaml,
        'content/awards/danh-sach.csv': csv.replace('citation', 'thanh-tich'),
      });
      expect(columns[0]).toMatchObject({ file: 'content/awards/danh-sach.csv', field: 'thanh-tich', line: 1 });
      expect(
        errorsOf({ [AWARD]: `${base}recipientsFile: danh-sach.csv\n`, 'content/awards/danh-sach.csv': csv })[0],
      ).toMatchObject({
        field: 'recipientsFile',
      });
    });

    it('warns about a CSV no decision uses', () => {
      const result = validate({ 'content/awards/thua.csv': csv });
      expect(result.diagnostics).toEqual([
        expect.objectContaining({ severity: 'warning', file: 'content/awards/thua.csv' }),
      ]);
    });
  });
});

describe('a decision as Decree 42 lists its facts', () => {
  it('takes a date in force, never before the signing date', () => {
    expect(errorsOf(withField(AWARD, 'effective', '2026-02-01'))).toEqual([]);
    expect(errorsOf(withField(AWARD, 'effective', '2026-01-15'))).toEqual([]);
    const [error, ...rest] = errorsOf(withField(AWARD, 'effective', '2026-01-14'));
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ field: 'effective', found: '2026-01-14' });
    expect(error?.vi).toBe('Ngày có hiệu lực trước ngày ký: một quyết định không thể có hiệu lực trước khi được ký.');
    expect(error?.allowedEn).toContain('2026-01-15 or later');
  });

  /** The mini site checked with files on a pretend disk: path → [size, first bytes]. */
  function documentErrors(value: string, disk: Record<string, [number, string]> = {}) {
    return validateContent(sources(withField(AWARD, 'document', value)), {
      contentDir: 'content',
      fileExists: (path) => path in disk,
      listFolder: (folder) =>
        Object.keys(disk)
          .filter((path) => path.startsWith(`${folder}/`))
          .map((path) => path.slice(folder.length + 1)),
      inspectFile: (path) => (disk[path] ? { size: disk[path][0], head: disk[path][1] } : undefined),
    }).diagnostics.filter((d) => d.severity === 'error');
  }

  it('offers a signed original beside the decision, under public/ or at an https address', () => {
    expect(documentErrors('qd-123.pdf', { 'content/awards/qd-123.pdf': [48_000, '%PDF-1.7\n'] })).toEqual([]);
    expect(documentErrors('/tep/qd-123.pdf', { 'public/tep/qd-123.pdf': [48_000, '%PDF-1.4\n'] })).toEqual([]);
    expect(documentErrors('https://vanban.example.vn/qd-123.pdf')).toEqual([]);
    for (const wrong of ['http://vanban.example.vn/qd-123.pdf', 'van-ban/qd-123.pdf', '../qd-123.pdf', 'qd-123.docx']) {
      expect(documentErrors(wrong), wrong).toEqual([
        expect.objectContaining({ field: 'document', allowedEn: 'qd-156.pdf, /tep/qd-156.pdf or https://…' }),
      ]);
    }
  });

  it('names the missing file and suggests the PDF beside it', () => {
    const [error] = documentErrors('qd-132.pdf', { 'content/awards/qd-123.pdf': [48_000, '%PDF-1.7'] });
    expect(error).toMatchObject({
      file: AWARD,
      line: 16,
      field: 'document',
      found: '"qd-132.pdf"',
      suggestions: ['qd-123.pdf'],
    });
    expect(error?.vi).toBe('Không tìm thấy tệp văn bản gốc content/awards/qd-132.pdf.');
  });

  it('refuses a file that is not a PDF by its bytes, saying what it seems to be', () => {
    const [error] = documentErrors('qd-123.pdf', {
      'content/awards/qd-123.pdf': [48_000, '\xFF\xD8\xFF\xE0\x00\x10JFIF'],
    });
    expect(error?.vi).toContain('Tệp content/awards/qd-123.pdf không phải là PDF (có vẻ là ảnh JPEG)');
    expect(error?.en).toContain('content/awards/qd-123.pdf is not a PDF (it looks like a JPEG picture)');
    expect(documentErrors('qd-123.pdf', { 'content/awards/qd-123.pdf': [9_000, 'PK\x03\x04'] })[0]?.en).toContain(
      'a Word or zip file',
    );
  });

  it('refuses a PDF over 20 MB', () => {
    const big = 25 * 1024 * 1024;
    const [error] = documentErrors('/tep/qd-123.pdf', { 'public/tep/qd-123.pdf': [big, '%PDF-1.7'] });
    expect(error?.vi).toContain('Tệp public/tep/qd-123.pdf nặng 25,0 MB, quá 20 MB');
    expect(error?.allowedEn).toBe('at most 20 MB');
    expect(documentErrors('/tep/qd-123.pdf', { 'public/tep/qd-123.pdf': [20 * 1024 * 1024, '%PDF-1.7'] })).toEqual([]);
  });
});
