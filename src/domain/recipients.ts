/**
 * A decision's recipients as its pages show them: grouped by kind, in Vietnamese name order,
 * each with a stable anchor, split into pages of bounded size. Pure functions.
 *
 * Why pages: a decision can list tens of thousands of people (commemorative medals are
 * conferred in bulk). One row is about 350 bytes of HTML, so 50,000 rows made a 17 MB page
 * that a phone cannot lay out. Pages of 500 rows stay near 170 KB; a page index with the
 * first and last name of each page lets a reader go straight to the right one, as in a
 * printed register.
 */
import { slugVi } from '../utils/slug.ts';
import { sortByName } from './name-order.ts';
import type { RecipientKind } from '../schemas/common.ts';

/** Rows per decision page. */
export const RECIPIENTS_PER_PAGE = 500;

/**
 * Names listed under one heading of the honour roll or a unit page before "and N more, see the
 * decisions": those pages gather recipients from many decisions, so they are bounded too.
 */
export const LIST_LIMIT = 200;

/** Ids the decision page uses itself, never given to a recipient. */
const RESERVED_IDS = ['noi-dung', 'danh-sach', 'cac-trang'];

interface Named {
  name: string;
  kind: RecipientKind;
  sortKey?: string | undefined;
  /** Withheld on request (the schema's `{ reason }`, or true once published: publishRecipient). */
  withheld?: unknown;
  /** A person under 18. */
  minor?: boolean | undefined;
}

/**
 * A row whose name is published on no page but its decision's (a minor) or on none (withheld):
 * its anchor does not come from its name, since links to it are on other pages and in the open
 * data, and it is listed after the named rows of its group, so its place says nothing of its name.
 */
export const isHidden = (row: Pick<Named, 'withheld' | 'minor'>): boolean =>
  Boolean(row.withheld) || row.minor === true;

/** The anchor of hidden rows (`#khong-cong-bo`, `-2`…), numbered in file order. */
const HIDDEN_ANCHOR = 'khong-cong-bo';

export type WithPlace<T> = T & {
  /** Anchor on the decision page, stable while the name does not change: `#dang-thi-ngoc-thinh`. */
  anchor: string;
  /** Page of the decision that lists the row (1-based). */
  page: number;
  /** Position in its group (the STT column), 1-based. */
  order: number;
};

export interface RecipientGroup<T, R = WithPlace<T>> {
  kind: RecipientKind;
  rows: R[];
}

/** The columns of a decision's table that a group may leave empty (a collective has no position). */
export const OPTIONAL_COLUMNS = ['position', 'unitName', 'citation'] as const;
export type OptionalColumn = (typeof OPTIONAL_COLUMNS)[number];

/** The optional columns that at least one row fills: a table shows only those. */
export function filledColumns(rows: readonly Partial<Record<OptionalColumn, unknown>>[]): Set<OptionalColumn> {
  return new Set(OPTIONAL_COLUMNS.filter((column) => rows.some((row) => Boolean(row[column]))));
}

/** Collectives first, then individuals, then households, as decisions list them. */
export const KIND_ORDER: readonly RecipientKind[] = ['tap-the', 'ca-nhan', 'ho-gia-dinh'];

/** Anchors from names, unique within one decision (`-2`, `-3` for namesakes). */
export function withAnchors<T extends Named>(recipients: readonly T[]): (T & { anchor: string })[] {
  const used = new Set<string>(RESERVED_IDS);
  const counts = new Map<string, number>();
  return recipients.map((recipient) => {
    const base = isHidden(recipient) ? HIDDEN_ANCHOR : slugVi(recipient.name) || 'nguoi';
    // "Nguyễn Văn An" twice and a "Nguyễn Văn An 2" must not share an anchor: skip taken ones.
    let count = counts.get(base) ?? 0;
    let anchor: string;
    do {
      count += 1;
      anchor = count === 1 ? base : `${base}-${count}`;
    } while (used.has(anchor));
    counts.set(base, count);
    used.add(anchor);
    return { ...recipient, anchor };
  });
}

/**
 * Group by kind (KIND_ORDER), sort each group by name and number the rows and their pages.
 * Anchors are given in file order first, so that re-sorting never moves an anchor to another
 * person. `decorate` adds what the caller derives from a placed row (its link, its unit), once.
 */
export function groupRecipients<T extends Named, R extends WithPlace<T> = WithPlace<T>>(
  recipients: readonly T[],
  decorate: (row: WithPlace<T>) => R = (row) => row as R,
  perPage = RECIPIENTS_PER_PAGE,
): RecipientGroup<T, R>[] {
  const rows = withAnchors(recipients);
  let index = 0;
  return KIND_ORDER.map((kind) => {
    const ofKind = rows.filter((r) => r.kind === kind);
    // Hidden rows stay in file order, after the others.
    const placed = [...sortByName(ofKind.filter((r) => !isHidden(r))), ...ofKind.filter(isHidden)];
    return {
      kind,
      rows: placed.map((row, i) => decorate({ ...row, order: i + 1, page: Math.floor(index++ / perPage) + 1 })),
    };
  }).filter((group) => group.rows.length > 0);
}

/** What a recipient whose name is not published shows instead, by page (Vietnamese: vi.ts). */
export interface HiddenNames {
  /** A withheld record, everywhere: "(không công bố)". */
  withheld: string;
  /** A minor, everywhere but the decision's own page: "(người chưa thành niên)". */
  minor: string;
}

/** A decision's recipient as the site may publish it: derived once (data-access/awards.ts), read by every output. */
export type PublishedRecipient<T extends Named> = Omit<T, 'withheld' | 'minor'> & {
  /** The name every list, search file, open-data row and share card shows: a placeholder when hidden. */
  name: string;
  /** The name the decision's own page shows: a minor's name; the placeholder for a withheld record. */
  nameOnDecision: string;
  /** True when the name is published nowhere but (for a minor) on its decision's page. */
  nameHidden: boolean;
  withheld: boolean;
  minor: boolean;
};

/** What a withheld record does not publish besides its name. */
const WITHHELD_DETAILS = ['position', 'unit', 'citation', 'sortKey'] as const;

/**
 * The content model's `withheld` and `minor` applied once: a withheld record keeps its kind (it
 * is counted) and loses its name and every detail (position, unit, citation, posthumous, sort
 * key), and its reason, which stays in git; a minor keeps its details and its name only for the
 * decision page. Every page, search file, open-data row and share card reads these fields.
 */
export function publishRecipient<
  T extends Named & {
    position?: string | undefined;
    unit?: string | undefined;
    citation?: string | undefined;
    posthumous?: boolean | undefined;
  },
>(recipient: T, names: HiddenNames): PublishedRecipient<T> {
  const withheld = Boolean(recipient.withheld);
  const minor = recipient.minor === true;
  if (withheld) {
    const rest: Record<string, unknown> = { ...(recipient as Record<string, unknown>) };
    for (const detail of WITHHELD_DETAILS) delete rest[detail];
    return {
      ...rest,
      ...(recipient.posthumous === undefined ? {} : { posthumous: false }),
      name: names.withheld,
      nameOnDecision: names.withheld,
      nameHidden: true,
      withheld,
      minor,
    } as unknown as PublishedRecipient<T>;
  }
  return {
    ...recipient,
    name: minor ? names.minor : recipient.name,
    nameOnDecision: recipient.name,
    nameHidden: minor,
    withheld,
    minor,
  };
}

export interface RecipientPage<R extends { page: number }> {
  /** 1-based. */
  number: number;
  /** The rows of this page, still in their groups; `total` is the whole group's size. */
  groups: { kind: RecipientKind; total: number; rows: R[] }[];
  first: R;
  last: R;
}

/** The pages of a grouped list: every row once, in order, `perPage` at most on each. */
export function recipientPages<R extends { page: number }>(
  groups: readonly { kind: RecipientKind; rows: readonly R[] }[],
): RecipientPage<R>[] {
  const pages: RecipientPage<R>[] = [];
  for (const group of groups) {
    for (const row of group.rows) {
      let page = pages[row.page - 1];
      if (!page) {
        page = { number: row.page, groups: [], first: row, last: row };
        pages[row.page - 1] = page;
      }
      let pageGroup = page.groups.at(-1);
      if (pageGroup?.kind !== group.kind) {
        pageGroup = { kind: group.kind, total: group.rows.length, rows: [] };
        page.groups.push(pageGroup);
      }
      pageGroup.rows.push(row);
      page.last = row;
    }
  }
  return pages;
}
