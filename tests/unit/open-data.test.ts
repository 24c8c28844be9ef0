import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { OPEN_DATA_COLUMNS, OPEN_DATA_FIELDS, generateOpenDataRows } from '../../src/domain/open-data.ts';
import {
  generateOpenDataCsv,
  generateOpenDataCsvChunks,
  generateOpenDataJsonChunks,
  flattenOpenDataJson,
  DECISION_COLUMNS,
  RECIPIENT_COLUMNS,
  type OpenDataJsonDecision,
} from '../../src/domain/open-data-files.ts';
import { createRoutes } from '../../src/routing/routes.ts';
import { textStream } from '../../src/utils/text-stream.ts';
import { parseOpenDataCsv } from '../helpers/open-data.ts';

const routes = createRoutes('/');
const decision = {
  decision: '1/QĐ-UBND',
  signed: new Date('2025-12-31T17:30:00Z'), // 1 January 2026, 00:30 in Vietnam
  issuer: 'chu-tich-ubnd-tinh',
  issuerName: 'Chủ tịch UBND tỉnh',
  level: 'bo-tinh',
  award: 'bang-khen-bo-tinh',
  awardName: 'Bằng khen',
  period: '2025',
  status: 'quyet-dinh',
  recipients: [
    {
      name: 'Đặng Thị Ngọc Thịnh',
      kind: 'ca-nhan',
      unit: 'phuong-dong-a',
      unitName: 'Phường Đông A',
      unitFormerNames: ['Xã Đông A', 'Thị trấn Đông A'],
      citation: 'Tận tụy, sáng tạo, "gương mẫu"',
      posthumous: true,
      href: routes.recipient('qd-1', { anchor: 'dang-thi-ngoc-thinh', page: 1 }),
      code: '7HC-M4X-2EA',
    },
    {
      name: '=HYPERLINK("x")',
      kind: 'tap-the',
      posthumous: false,
      href: routes.recipient('qd-1', { anchor: 'hyperlink-x', page: 2 }),
    },
  ],
};

describe('open data', () => {
  const rows = generateOpenDataRows([decision], 'https://example.vn');

  it('has one row per recipient with the decision fields, dates in Vietnam time', () => {
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      decision: '1/QĐ-UBND',
      signed: '2026-01-01',
      kind: 'ca-nhan',
      unitName: 'Phường Đông A',
      unitFormerNames: 'Xã Đông A; Thị trấn Đông A',
      level: 'bo-tinh',
      posthumous: true,
    });
    expect(rows[1]?.unitFormerNames).toBe('');
    expect(rows[0]?.url).toBe('https://example.vn/khen-thuong/qd-1/#dang-thi-ngoc-thinh');
    // A recipient listed on a later page of a long decision links to that page.
    expect(rows[1]?.url).toBe('https://example.vn/khen-thuong/qd-1/trang/2/#hyperlink-x');
    // The verification code and the record's address, which holds only the code (issue 19).
    expect(rows[0]).toMatchObject({ code: '7HC-M4X-2EA', verifyUrl: 'https://example.vn/xac-minh/?ma=7HC-M4X-2EA' });
    expect(rows[1]).toMatchObject({ code: '', verifyUrl: '' });
  });

  it('writes CSV with Vietnamese headers that parses back to the same rows, with a BOM for Excel', () => {
    const csv = generateOpenDataCsv(rows);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const header = (parse(csv, { bom: true, to: 1 }) as string[][])[0];
    expect(header?.slice(0, 4)).toEqual(['Số quyết định', 'Ngày ký', 'Mã cấp khen thưởng', 'Cấp khen thưởng']);
    expect(header).toEqual(OPEN_DATA_FIELDS.map((field) => field.titleVi));
    expect(new Set(header).size).toBe(header?.length);
    const parsed = parseOpenDataCsv(csv);
    expect(Object.keys(parsed[0] ?? {})).toEqual([...OPEN_DATA_COLUMNS]);
    expect(parsed[0]?.['citation']).toBe('Tận tụy, sáng tạo, "gương mẫu"');
    expect(parsed[0]?.['posthumous']).toBe('true');
  });

  it('keeps a cell that looks like a formula as text', () => {
    const parsed = parseOpenDataCsv(generateOpenDataCsv(rows));
    expect(parsed[1]?.['name']).toBe(`'=HYPERLINK("x")`);
  });

  describe('in pieces, for files too big to hold as one string', () => {
    // 4,500 rows: more than two pieces of 2,000, so the joins between pieces are exercised.
    const many = Array.from({ length: 4500 }, (_, i) => ({
      ...rows[i % 2]!,
      name: `Người ${i} "${i}"`,
      ...(i % 3 === 2 ? { decision: `${i}/QĐ-UBND` } : {}),
    }));

    it('streams JSON of each decision once with its recipients, one recipient per line, that flattens back to the rows', async () => {
      const text = await new Response(textStream(generateOpenDataJsonChunks(many))).text();
      const decisions = JSON.parse(text) as OpenDataJsonDecision[];
      expect(flattenOpenDataJson(decisions)).toEqual(many);
      // Every third row is of another decision: each change of decision opens a new one.
      expect(decisions).toHaveLength(3000);
      expect(Object.keys(decisions[0] ?? {})).toEqual([...DECISION_COLUMNS, 'recipients']);
      expect(Object.keys(decisions[0]?.recipients[0] ?? {})).toEqual([...RECIPIENT_COLUMNS]);
      expect(JSON.parse(await new Response(textStream(generateOpenDataJsonChunks([]))).text())).toEqual([]);
    });

    it('writes the decision once for its consecutive rows, a third of the flat table’s bytes or less', async () => {
      const same = Array.from({ length: 4500 }, (_, i) => ({ ...rows[0]!, name: `Người ${i}` }));
      const text = await new Response(textStream(generateOpenDataJsonChunks(same))).text();
      const decisions = JSON.parse(text) as OpenDataJsonDecision[];
      expect(decisions).toHaveLength(1);
      expect(decisions[0]?.recipients).toHaveLength(4500);
      expect(text.split('\n')).toHaveLength(same.length + 5);
      expect(flattenOpenDataJson(decisions)).toEqual(same);
      expect(text.length).toBeLessThan(JSON.stringify(same).length * 0.67);
    });

    it('streams CSV with one header and the BOM, whatever the number of pieces', async () => {
      const chunks = [...generateOpenDataCsvChunks(many)];
      expect(chunks.length).toBeGreaterThan(3);
      const text = await new Response(textStream(chunks)).text();
      const parsed = parseOpenDataCsv(text);
      expect(parsed.map((r) => r['name'])).toEqual(many.map((r) => r.name));
      expect(text.match(/^Số quyết định,/gm)).toHaveLength(1);
      // An empty site still gets the header, so the file opens with its columns in Excel.
      const empty = generateOpenDataCsv([]);
      expect(empty.startsWith('\uFEFF')).toBe(true);
      expect(parse(empty, { bom: true })).toEqual([OPEN_DATA_FIELDS.map((field) => field.titleVi)]);
    });
  });
});
