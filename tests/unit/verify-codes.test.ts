/**
 * Verification codes (src/verify/): their shape, where they come from, and that they stay put
 * when the sample site's rows are reordered, added or removed, and when a pinned name changes;
 * collisions and clashes never give two records one code.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/io/check-content.ts';
import { parseRecipientsCsv } from '../../src/parsing/recipients-csv.ts';
import { CODE_ALPHABET, readCode, readTypedCode } from '../../src/verify/code-format.ts';
import { assignCodes, deriveCode, type CodeDecision, type CodeRecipient } from '../../src/verify/assign-codes.ts';
import { ROOT } from '../helpers/build.ts';
import { FILES, validate } from '../helpers/mini-site.ts';

/** The sample site's decisions, as the content check reads them. */
function sampleDecisions(): CodeDecision[] {
  const result = checkContent({ root: ROOT, contentDir: 'content', taxonomyFile: 'src/data/award-taxonomy.yaml' });
  return result.entries
    .filter((e) => e.collection === 'awards')
    .map((e) => ({
      id: e.id,
      number: String(e.data['decision']),
      signed: e.data['signed'] as Date,
      status: String(e.data['status']),
      recipients: e.data['recipients'] as CodeRecipient[],
    }));
}

/** Each recipient's code by decision and name (the sample site has no namesakes in a decision). */
function codesByName(decisions: readonly CodeDecision[]): Map<string, string | undefined> {
  const { codes, conflicts } = assignCodes(decisions);
  expect(conflicts).toEqual([]);
  const out = new Map<string, string | undefined>();
  for (const d of decisions) d.recipients.forEach((r, i) => out.set(`${d.id}|${r.name}`, codes.get(d.id)?.[i]));
  return out;
}

/** The sample decisions with one decision's recipients changed. */
function changed(decisions: CodeDecision[], id: string, change: (rows: CodeRecipient[]) => CodeRecipient[]) {
  return decisions.map((d) => (d.id === id ? { ...d, recipients: change([...d.recipients]) } : d));
}

const LARGE = 'lao-cai-bang-khen-khoi-huyen-2023'; // 40 rows, from its CSV annex

describe('the code itself', () => {
  it('is read without case, marks and separators, and refuses symbols codes never use', () => {
    expect(readCode('7hc m4x 2ea')).toEqual({ ok: true, code: '7HC-M4X-2EA' });
    expect(readCode(' 7HC.M4X–2EA ')).toEqual({ ok: true, code: '7HC-M4X-2EA' });
    expect(readCode('7HC-M4X-2ÊÀ')).toEqual({ ok: true, code: '7HC-M4X-2EA' });
    expect(readCode('0O1-IL2-345')).toEqual({ ok: false, problem: 'symbols', symbols: '0O1IL' });
    expect(readCode('7HC-M4X')).toEqual({ ok: false, problem: 'length', length: 6 });
    expect(readCode(' - ')).toEqual({ ok: false, problem: 'empty' });
    expect(readTypedCode('https://bangvang.example.vn/xac-minh/?ma=7hc-m4x-2ea')).toEqual({
      ok: true,
      code: '7HC-M4X-2EA',
    });
  });

  it('is drawn from the decision number and the folded name, the same on every build', () => {
    // A change here changes every code already printed: a new scheme needs a new name (SCHEME).
    expect(deriveCode('123/QĐ-UBND', 'nguyen thi hoa', '')).toBe('C9C-8Y6-9YT');
    const code = deriveCode('156/QĐ-UBND', 'hoang thi uoc', '');
    expect(code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{3}-[${CODE_ALPHABET}]{3}-[${CODE_ALPHABET}]{3}$`));
    expect(deriveCode('156/QĐ-UBND', 'hoang thi uoc', '', 1)).not.toBe(code);
  });
});

describe('codes on the sample site', () => {
  const decisions = sampleDecisions();
  const before = codesByName(decisions);

  it('gives every recipient of a decided or revoked decision one code, unique across the site, and proposals none', () => {
    const proposals = decisions.filter((d) => d.status === 'de-nghi').map((d) => d.id);
    expect(proposals.length).toBeGreaterThan(0);
    for (const [key, code] of before) {
      if (proposals.includes(key.split('|')[0] as string)) expect(code).toBeUndefined();
      else expect(readCode(code ?? '')).toEqual({ ok: true, code });
    }
    const codes = [...before.values()].filter(Boolean);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.length).toBeGreaterThan(60);
  });

  it('stay the same when a decision’s recipients are reordered', () => {
    expect(codesByName(changed(decisions, LARGE, (rows) => rows.reverse()))).toEqual(before);
    expect(codesByName([...decisions].reverse())).toEqual(before);
  });

  it('stay the same when a row is added', () => {
    const after = codesByName(
      changed(decisions, LARGE, (rows) => [{ name: 'Nguyễn Văn Mới', kind: 'ca-nhan', unit: 'huyen-bac-ha' }, ...rows]),
    );
    const added = after.get(`${LARGE}|Nguyễn Văn Mới`);
    after.delete(`${LARGE}|Nguyễn Văn Mới`);
    expect(after).toEqual(before);
    expect([...before.values()]).not.toContain(added);
  });

  it('stay the same when a row is removed', () => {
    const removed = decisions.find((d) => d.id === LARGE)?.recipients[5]?.name as string;
    const after = codesByName(changed(decisions, LARGE, (rows) => rows.filter((r) => r.name !== removed)));
    const expected = new Map(before);
    expected.delete(`${LARGE}|${removed}`);
    expect(after).toEqual(expected);
  });

  it('keep a pinned code when the name is corrected; without the pin only a change of accents keeps it', () => {
    const key = `${LARGE}|Hoàng Văn Vượng`;
    const printed = before.get(key) as string;
    const rename = (name: string, pin: boolean) =>
      codesByName(
        changed(decisions, LARGE, (rows) =>
          rows.map((r) => (r.name === 'Hoàng Văn Vượng' ? { ...r, name, ...(pin ? { code: printed } : {}) } : r)),
        ),
      ).get(`${LARGE}|${name}`);
    expect(rename('Hoàng Minh Vượng', true)).toBe(printed);
    expect(rename('Hoàng Minh Vượng', false)).not.toBe(printed);
    expect(rename('Hoàng Văn Vương', false)).toBe(printed);
  });
});

describe('namesakes in one decision', () => {
  const decision = (recipients: CodeRecipient[]): CodeDecision => ({
    id: 'qd',
    number: '1/QĐ-UBND',
    signed: new Date('2025-01-01'),
    status: 'quyet-dinh',
    recipients,
  });
  const an = (unit: string, position?: string): CodeRecipient => ({
    name: 'Nguyễn Văn An',
    kind: 'ca-nhan',
    unit,
    position,
  });
  const codesOf = (rows: CodeRecipient[]) => assignCodes([decision(rows)]).codes.get('qd') as string[];

  it('are told apart by unit and position, whatever their order', () => {
    const [a, b, c] = codesOf([an('phuong-hoa-lu'), an('phuong-dong-a'), an('phuong-dong-a', 'Kế toán')]);
    expect(new Set([a, b, c]).size).toBe(3);
    expect(codesOf([an('phuong-dong-a', 'Kế toán'), an('phuong-hoa-lu'), an('phuong-dong-a')])).toEqual([c, a, b]);
    // A third namesake changes neither of the others.
    expect(codesOf([an('phuong-hoa-lu'), an('phuong-dong-a'), an('phuong-tam-diep')]).slice(0, 2)).toEqual([a, b]);
  });

  it('alike in every fact are ranked, and each still gets its own code', () => {
    const codes = codesOf([
      an('phuong-hoa-lu'),
      an('phuong-hoa-lu'),
      { ...an('phuong-hoa-lu'), name: 'Nguyễn Văn Ân' },
    ]);
    expect(new Set(codes).size).toBe(3);
  });
});

describe('collisions and clashes', () => {
  // Two names that draw the same code in 123/QĐ-UBND, found by a search over a million names.
  const first = { name: 'Tổ dân phố số 371978', kind: 'tap-the' };
  const second = { name: 'Tổ dân phố số 450786', kind: 'tap-the' };
  const qd = (id: string, signed: string, recipients: CodeRecipient[], number = '123/QĐ-UBND'): CodeDecision => ({
    id,
    number,
    signed: new Date(signed),
    status: 'quyet-dinh',
    recipients,
  });

  it('give a drawn code to the record of the decision signed first, and the other draws again', () => {
    expect(deriveCode('123/QĐ-UBND', 'to dan pho so 371978', '')).toBe(
      deriveCode('123/QĐ-UBND', 'to dan pho so 450786', ''),
    );
    // The same number twice only to reproduce the collision across two decisions.
    const older = qd('cu', '2024-01-01', [second]);
    const newer = qd('moi', '2025-01-01', [first]);
    for (const order of [
      [older, newer],
      [newer, older],
    ]) {
      const { codes, conflicts } = assignCodes(order);
      expect(codes.get('cu')?.[0]).toBe('MTH-63C-XMT');
      expect(codes.get('moi')?.[0]).toBe(deriveCode('123/QĐ-UBND', 'to dan pho so 371978', '', 1));
      expect(conflicts).toEqual([
        {
          kind: 'derived-twice',
          code: 'MTH-63C-XMT',
          owner: { decision: 'moi', row: 0 },
          keeper: { decision: 'cu', row: 0 },
          next: codes.get('moi')?.[0],
        },
      ]);
    }
  });

  it('warn in the content check, naming both records and the code to pin', () => {
    const award = (FILES['content/awards/bang-khen-2025.yaml'] as string).replace(
      /recipients:[\s\S]*$/,
      'recipients:\n  - name: Tổ dân phố số 371978\n    kind: tap-the\n  - name: Tổ dân phố số 450786\n    kind: tap-the\n',
    );
    const { diagnostics } = validate({ 'content/awards/bang-khen-2025.yaml': award });
    expect(diagnostics).toEqual([
      {
        severity: 'warning',
        file: 'content/awards/bang-khen-2025.yaml',
        line: 11,
        field: 'recipients.1.name',
        vi: 'Tổ dân phố số 450786 và Tổ dân phố số 371978 (content/awards/bang-khen-2025.yaml:9) được sinh cùng một mã xác minh MTH-63C-XMT. Tổ dân phố số 371978 giữ mã này (đứng trước trong cùng quyết định), Tổ dân phố số 450786 nhận mã 6YE-M2H-468. Để mã không bao giờ đổi, hãy ghi cho Tổ dân phố số 450786 dòng code: 6YE-M2H-468.',
        en: "Tổ dân phố số 450786 and Tổ dân phố số 371978 (content/awards/bang-khen-2025.yaml:9) drew the same verification code MTH-63C-XMT. Tổ dân phố số 371978 keeps it (it comes first in the same decision) and Tổ dân phố số 450786 gets 6YE-M2H-468. So that it never changes, write code: 6YE-M2H-468 on Tổ dân phố số 450786's row.",
      },
    ]);
  });

  it('never share a pinned code: pinned twice, or pinned on one and drawn by another', () => {
    const hoa = { name: 'Nguyễn Thị Hoa', kind: 'ca-nhan' };
    const twice = assignCodes([
      qd('a', '2025-01-01', [
        { ...hoa, code: '7hc-m4x-2ea' },
        { ...first, code: '7HC M4X 2EA' },
      ]),
    ]);
    expect(twice.conflicts).toMatchObject([{ kind: 'pinned-twice', code: '7HC-M4X-2EA', owner: { row: 1 } }]);
    expect(new Set(twice.codes.get('a')).size).toBe(2);

    const drawn = assignCodes([qd('a', '2025-01-01', [hoa, { ...first, code: 'C9C-8Y6-9YT' }])]);
    expect(drawn.codes.get('a')).toEqual([deriveCode('123/QĐ-UBND', 'nguyen thi hoa', '', 1), 'C9C-8Y6-9YT']);
    expect(drawn.conflicts).toMatchObject([{ kind: 'pinned-is-derived', owner: { row: 1 }, other: { row: 0 } }]);
  });
});

describe('the CSV annex', () => {
  it('reads code, withheld (its reason) and minor', () => {
    const { rows, errors } = parseRecipientsCsv(
      'name,kind,code,withheld,minor\nLê Văn An,ca-nhan,7hc-m4x-2ea,Theo đề nghị của gia đình,có\nLê Thị Bình,ca-nhan,,,\n',
    );
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      {
        name: 'Lê Văn An',
        kind: 'ca-nhan',
        code: '7hc-m4x-2ea',
        withheld: { reason: 'Theo đề nghị của gia đình' },
        minor: true,
      },
      { name: 'Lê Thị Bình', kind: 'ca-nhan' },
    ]);
  });
});
