import { describe, expect, it } from 'vitest';
import { createRoutes } from '../../src/routing/routes.ts';
import {
  groupRecipients,
  publishRecipient,
  recipientPages,
  RECIPIENTS_PER_PAGE,
  withAnchors,
} from '../../src/domain/recipients.ts';

type Kind = 'ca-nhan' | 'tap-the' | 'ho-gia-dinh';
const person = (name: string, kind: Kind = 'ca-nhan') => ({ name, kind });

describe('recipient anchors', () => {
  it('are unique even when a namesake number meets a name that ends in that number', () => {
    const anchors = withAnchors([person('Nguyễn Văn An'), person('Nguyễn Văn An 2'), person('Nguyễn Văn An')]).map(
      (r) => r.anchor,
    );
    expect(anchors).toEqual(['nguyen-van-an', 'nguyen-van-an-2', 'nguyen-van-an-3']);
  });

  it('never take an id the decision page uses itself', () => {
    expect(withAnchors([person('Danh Sách'), person('Nội Dung')]).map((r) => r.anchor)).toEqual([
      'danh-sach-2',
      'noi-dung-2',
    ]);
  });
});

describe('withheld and minor recipients', () => {
  const NAMES = { withheld: '(không công bố)', minor: '(người chưa thành niên)' };
  const rows = [
    { ...person('Trần Văn Ẩn'), position: 'Trưởng thôn', citation: 'Cứu người', withheld: { reason: 'Theo đơn' } },
    person('Nguyễn Văn An'),
    { ...person('Lê Minh Khôi'), position: 'Học sinh', minor: true },
    person('Bùi Thị Yến'),
  ];

  it('take anchors that do not come from the name, the same from the content and once published', () => {
    const published = rows.map((row) => publishRecipient(row, NAMES));
    expect(withAnchors(rows).map((r) => r.anchor)).toEqual([
      'khong-cong-bo',
      'nguyen-van-an',
      'khong-cong-bo-2',
      'bui-thi-yen',
    ]);
    expect(withAnchors(published).map((r) => r.anchor)).toEqual(withAnchors(rows).map((r) => r.anchor));
  });

  it("publish no withheld name or detail, and a minor's name for the decision page only", () => {
    const [withheld, , minor] = rows.map((row) => publishRecipient(row, NAMES));
    expect(withheld).toEqual({
      name: '(không công bố)',
      nameOnDecision: '(không công bố)',
      kind: 'ca-nhan',
      nameHidden: true,
      withheld: true,
      minor: false,
    });
    expect(minor).toMatchObject({
      name: '(người chưa thành niên)',
      nameOnDecision: 'Lê Minh Khôi',
      position: 'Học sinh',
      nameHidden: true,
      minor: true,
    });
  });

  it('list the hidden rows after the named ones, in file order, so their place says nothing of their names', () => {
    const [group] = groupRecipients(rows.map((row) => publishRecipient(row, NAMES)));
    expect(group?.rows.map((r) => r.nameOnDecision)).toEqual([
      'Nguyễn Văn An',
      'Bùi Thị Yến',
      '(không công bố)',
      'Lê Minh Khôi',
    ]);
  });
});

describe('decision pages', () => {
  const many = (n: number, kind: Kind) =>
    Array.from({ length: n }, (_, i) => person(`Người ${String(i).padStart(5, '0')}`, kind));

  it('keep a short decision on one page', () => {
    const pages = recipientPages(groupRecipients([person('Trần Thị Bích'), person('Phường Đông A', 'tap-the')]));
    expect(pages).toHaveLength(1);
    expect(pages[0]?.groups.map((g) => g.kind)).toEqual(['tap-the', 'ca-nhan']);
  });

  it('split 50,000 recipients into pages of at most 500, every row once, in order', () => {
    const groups = groupRecipients([...many(1_200, 'tap-the'), ...many(48_800, 'ca-nhan')]);
    const pages = recipientPages(groups);
    expect(pages).toHaveLength(50_000 / RECIPIENTS_PER_PAGE);
    const rows = pages.flatMap((p) => p.groups.flatMap((g) => g.rows));
    expect(rows).toHaveLength(50_000);
    expect(rows).toEqual(groups.flatMap((g) => g.rows));
    for (const page of pages) {
      const count = page.groups.reduce((sum, g) => sum + g.rows.length, 0);
      expect(count).toBeLessThanOrEqual(RECIPIENTS_PER_PAGE);
      for (const g of page.groups) for (const row of g.rows) expect(row.page).toBe(page.number);
    }
    // Page 3 holds collectives 1001–1200 and individuals 1–300, each group with its full size.
    expect(pages[2]?.groups.map((g) => [g.kind, g.total, g.rows[0]?.order, g.rows.at(-1)?.order])).toEqual([
      ['tap-the', 1_200, 1_001, 1_200],
      ['ca-nhan', 48_800, 1, 300],
    ]);
  });

  it('link a recipient to the page that lists it', () => {
    const groups = groupRecipients(many(1_001, 'ca-nhan'));
    const last = groups[0]?.rows.at(-1);
    expect(last?.page).toBe(3);
    const routes = createRoutes('/');
    expect(routes.recipient('qd-1', last as { anchor: string; page: number })).toBe(
      `/khen-thuong/qd-1/trang/3/#${last?.anchor}`,
    );
    expect(routes.recipient('qd-1', { anchor: 'a', page: 1 })).toBe('/khen-thuong/qd-1/#a');
    // Under a base path, every address is under it.
    expect(createRoutes('/thi-dua-tinh').recipient('qd-1', { anchor: 'a', page: 2 })).toBe(
      '/thi-dua-tinh/khen-thuong/qd-1/trang/2/#a',
    );
  });
});
