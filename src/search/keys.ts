/**
 * The names search data is stored under in the Pagefind index: filters, the date sort and the
 * metadata shown in results. Shared by the pages (which tag themselves), the recipient records
 * and the search page's script, which also uses the filter names in its URL (?q=…&nam=2024).
 * Plain constants, no imports: the search page's script bundles this file.
 */

/** Filters, in the order the search page shows them. */
export const FILTER_KEYS = ['loai', 'nam', 'hinh-thuc', 'cap', 'don-vi', 'doi-tuong'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/**
 * The one sort key: the date of a story, decision or movement (`YYYY-MM-DD`), or the year of an
 * exemplar or cluster (`YYYY`, which sorts just before that year's dates).
 */
export const SORT_KEY = 'ngay';

/** Metadata keys (besides Pagefind's own `title`). */
export const META = {
  /** Date shown in a result, `YYYY-MM-DD`, or a year alone. */
  date: 'ngay',
  /** Words with đ/Đ written with d/D, so that `dua` finds "đua" (Pagefind does not fold đ). */
  ascii: 'ascii',
  /** The same for the title alone, weighted like the title. */
  asciiTitle: 'ascii_title',
  /** A recipient's award, with its class: "Huân chương Lao động hạng Ba". */
  award: 'khen',
  /** A recipient's decision number: "156/QĐ-UBND". */
  decision: 'qd',
  /** A recipient's unit as shown. */
  unit: 'don_vi',
  /** A recipient's kind: "cá nhân", "tập thể". */
  kind: 'doi_tuong',
  /** A unit's former names, weighted like the title so that the old name finds the unit. */
  formerNames: 'ten_cu',
  /** A decision's status when it is not a plain decision: "Đề nghị", "Đã thu hồi". */
  status: 'trang_thai',
} as const;

/**
 * Ranking: a word in the title counts five times as much as in the body (Pagefind's default for
 * `title`); the đ-folded title and a unit's former names count like the title.
 */
export const META_WEIGHTS = { title: 5, [META.asciiTitle]: 5, [META.formerNames]: 5 } as const;
