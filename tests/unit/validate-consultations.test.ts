/**
 * Public comment notices through the content check (on the mini site): a valid one passes; the
 * award's minimum window, the contact, the class, the recipients' kinds, the outcome and the
 * references each fail with a message naming the rule; a decision that confers another award or
 * was signed before the window closed gets a warning.
 */
import { describe, expect, it } from 'vitest';
import { FILES, sources, validate } from '../helpers/mini-site.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { NOTICE, NOTICE_TEXT, notice } from '../helpers/notices.ts';

const AWARD = 'content/awards/bang-khen-2025.yaml';

function problems(changes: Record<string, string | null>) {
  return validate(changes).diagnostics.filter((d) => d.file.includes('consultations'));
}

describe('a public comment notice', () => {
  it('passes when valid, with its recipients and dates', () => {
    const result = validate({ [NOTICE]: NOTICE_TEXT });
    expect(result.diagnostics).toEqual([]);
    const entry = result.entries.find((e) => e.collection === 'consultations');
    expect(entry?.id).toBe('huan-chuong-lao-dong-2026');
    expect((entry?.data['opens'] as Date).toISOString()).toBe('2026-02-08T17:00:00.000Z');
    expect((entry?.data['recipients'] as unknown[]).length).toBe(2);
  });

  it('is shorter than its award allows: the error names the rule', () => {
    const [problem, ...rest] = problems({ [NOTICE]: notice({ workingDays: 'workingDays: 5' }) });
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      severity: 'error',
      field: 'workingDays',
      line: 7,
      found: '5',
      vi: 'Huân chương Lao động cần lấy ý kiến ít nhất 10 ngày làm việc (Điều 46 Nghị định 98/2023/NĐ-CP, sửa đổi bởi khoản 3 Điều 60 Nghị định 152/2025/NĐ-CP).',
    });
    expect(problem?.en).toContain('Decree 98/2023/NĐ-CP, Art. 46');
  });

  it('may be of any length for an award without a rule (a province decides its own)', () => {
    const text = notice({ award: 'award: bang-khen-bo-tinh', class: null, workingDays: 'workingDays: 3' });
    expect(problems({ [NOTICE]: text })).toEqual([]);
  });

  it('has no contact, or an empty one: fails', () => {
    for (const contact of [null, 'contact: {}']) {
      const [problem, ...rest] = problems({ [NOTICE]: notice({ contact }) });
      expect(rest).toEqual([]);
      expect(problem?.field).toBe('contact');
      expect(problem?.vi).toContain('ít nhất một nơi nhận ý kiến');
    }
  });

  it('names a class as awards do: required for an order with classes, refused for one without', () => {
    expect(problems({ [NOTICE]: notice({ class: null }) })[0]?.vi).toBe(
      'Huân chương Lao động có hạng: cần ghi trường class.',
    );
    const noClasses = notice({ award: 'award: huan-chuong-dai-doan-ket-dan-toc' });
    expect(problems({ [NOTICE]: noClasses })[0]?.vi).toBe(
      'Huân chương Đại đoàn kết dân tộc không chia hạng: hãy bỏ trường class.',
    );
  });

  it('proposes only people of a kind the award may go to', () => {
    const text = notice({ award: 'award: chien-si-thi-dua-toan-quoc', class: null });
    const [problem] = problems({ [NOTICE]: text });
    expect(problem).toMatchObject({ field: 'recipients.1.kind', found: 'tap-the' });
  });

  it('reads its proposed people from a CSV annex beside it', () => {
    const text = notice({ recipients: null }) + 'recipientsFile: de-nghi.csv\n';
    const csv =
      'name,kind,unit,position\nNguyễn Thị Hoa,ca-nhan,phuong-hoa-lu,Công chức\nPhường Đông A,tap-the,phuong-dong-a,\n';
    const result = validate({ [NOTICE]: text, 'content/consultations/de-nghi.csv': csv });
    expect(result.diagnostics).toEqual([]);
    const entry = result.entries.find((e) => e.collection === 'consultations');
    expect((entry?.data['recipients'] as { name: string }[]).map((r) => r.name)).toEqual([
      'Nguyễn Thị Hoa',
      'Phường Đông A',
    ]);
  });

  it('names a proposing unit and an outcome decision that exist, with suggestions', () => {
    const text = notice({ proposedBy: 'proposedBy: tinh-ninh-bin', outcome: 'outcome:\n  decision: bang-khen-2024' });
    const found = problems({ [NOTICE]: text });
    expect(found.map((p) => p.field)).toEqual(['proposedBy', 'outcome.decision']);
    expect(found[0]?.suggestions).toEqual(['tinh-ninh-binh (Tỉnh Ninh Bình)']);
    expect(found[1]?.suggestions?.[0]).toBe('bang-khen-2025 (123/QĐ-UBND)');
  });

  it('has one outcome: a decision or a withdrawal, not both', () => {
    const both = notice({ outcome: 'outcome:\n  decision: bang-khen-2025\n  withdrawn: Đơn vị rút hồ sơ' });
    expect(problems({ [NOTICE]: both })[0]?.field).toBe('outcome');
    const withdrawn = notice({ outcome: 'outcome:\n  withdrawn: Đơn vị đề nghị rút hồ sơ để bổ sung' });
    expect(problems({ [NOTICE]: withdrawn })).toEqual([]);
  });
});

describe('a notice and the decision that followed', () => {
  const decided = notice({ outcome: 'outcome:\n  decision: bang-khen-2025' });

  it('warns when the decision confers another award, or was signed before the window closed', () => {
    // The mini site's decision is a Bằng khen signed 2026-01-15; the notice is for a Huân chương
    // whose window closes at the end of 2026-02-27.
    const found = problems({ [NOTICE]: decided });
    expect(found.map((p) => [p.severity, p.field])).toEqual([
      ['warning', 'outcome.decision'],
      ['warning', 'outcome.decision'],
    ]);
    expect(found[0]?.vi).toContain('khác hình thức đã lấy ý kiến (Huân chương Lao động)');
    expect(found[1]?.vi).toContain('ký ngày 2026-01-15, trước khi hết hạn lấy ý kiến (hết ngày 2026-02-27)');
  });

  it('says nothing when the decision confers that award after the window', () => {
    const decision = (FILES[AWARD] as string)
      .replace('signed: 2026-01-15', 'signed: 2026-03-20')
      .replace('issuer: chu-tich-ubnd-tinh', 'issuer: chu-tich-nuoc')
      .replace('award: bang-khen-bo-tinh', 'award: huan-chuong-lao-dong\nclass: hang-ba');
    expect(validate({ [NOTICE]: decided, [AWARD]: decision }).diagnostics).toEqual([]);
  });

  const huanChuong = (signed: string) =>
    (FILES[AWARD] as string)
      .replace('signed: 2026-01-15', `signed: ${signed}`)
      .replace('issuer: chu-tich-ubnd-tinh', 'issuer: chu-tich-nuoc')
      .replace('award: bang-khen-bo-tinh', 'award: huan-chuong-lao-dong\nclass: hang-ba');

  it('warns for a decision signed on the closing day itself (the window runs to its end)', () => {
    const found = problems({ [NOTICE]: decided, [AWARD]: huanChuong('2026-02-27') });
    expect(found.map((p) => p.vi)).toEqual([expect.stringContaining('hết ngày 2026-02-27')]);
  });

  it('counts the window with the year files of days off: a decided day off moves the closing day', () => {
    const changes = { [NOTICE]: decided, [AWARD]: huanChuong('2026-02-28') };
    const holidays = [
      {
        path: 'src/data/holidays/2026.yaml',
        text: 'year: 2026\ndaysOff:\n  - date: 2026-02-23\n    reason: Nghỉ thêm (thử)\n',
      },
    ];
    const check = (withFiles: boolean) =>
      validateContent(
        { ...sources(changes), ...(withFiles ? { holidays } : {}) },
        { contentDir: 'content', fileExists: () => false },
      ).diagnostics;
    expect(check(false)).toEqual([]);
    expect(check(true).map((d) => d.vi)).toEqual([expect.stringContaining('hết ngày 2026-03-02')]);
  });
});
