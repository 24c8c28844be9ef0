/**
 * Tables in a story body. Layout tables (a page laid out in nested tables, SharePoint and older
 * portals) are unwrapped into their content. Award lists (a name column and one more, as the
 * importer reads them) leave the body to become a CSV annex of a draft decision. Other data
 * tables stay as GFM tables when Markdown can hold them, and are dropped with a note when they
 * have merged cells, which GFM cannot express. Pure.
 */
import type { Element, ElementContent, Root } from 'hast';
import { isAwardTable } from './annex-adapter.ts';
import { elements, isElement, remove, replace, textOf } from './hast-helpers.ts';
import { tableToGrid, type TableGrid } from './table-grid.ts';

export interface AwardTable {
  grid: TableGrid;
  /** The paragraph left where the table stood, to hold the link to its decision. */
  mark: Element;
  /** Text just above the table (the decision it goes with), nearest last. */
  titleBlock: string[];
}

export interface TablesTaken {
  awards: AwardTable[];
  /** Data tables with merged cells that are not award lists: dropped, counted for the report. */
  dropped: string[];
}

const BLOCKS_IN_CELL = ['p', 'div', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'blockquote'];

/** The table's own cells (not those of tables inside it). */
function cells(table: Element): Element[] {
  const rows = table.children.flatMap((c) =>
    isElement(c, 'tr')
      ? [c]
      : isElement(c, 'thead', 'tbody', 'tfoot')
        ? c.children.filter((r): r is Element => isElement(r, 'tr'))
        : [],
  );
  return rows.flatMap((row) => row.children.filter((c): c is Element => isElement(c, 'td', 'th')));
}

/** A table for laying out the page, not for data: nested tables, long paragraphs in cells, one column. */
function isLayoutTable(table: Element): boolean {
  const all = cells(table);
  if (all.some((cell) => cell.children.some((c) => isElement(c, 'table')))) return true;
  if ([...elements(table)].some((e) => e.element.tagName === 'table')) return true;
  if (all.some((cell) => textOf(cell).length > 400)) return true;
  const grid = tableToGrid(table);
  if (grid.rows.every((row) => row.cells.filter(Boolean).length <= 1)) return true;
  return (
    all.filter((cell) => cell.children.filter((c) => isElement(c, ...BLOCKS_IN_CELL)).length > 1).length >
    all.length / 2
  );
}

/** The cells' content in reading order, each cell a block of its own. */
function unwrap(table: Element): ElementContent[] {
  return cells(table).map(
    (cell) => ({ type: 'element', tagName: 'div', properties: {}, children: cell.children }) as Element,
  );
}

/**
 * The lines just above a table that name it, nearest last: the paragraph right above it (where a
 * story says "… kèm theo Quyết định số 512/QĐ-UBND ngày 12/3/2024:"), and the one before only when
 * it is the list's own heading ("DANH SÁCH …"). Prose further up is not a title block: an award
 * it mentions in passing is not the table's award.
 */
function textAbove(parent: { children: unknown[] }, node: Element): string[] {
  const siblings = (parent.children as ElementContent[]).filter((c): c is Element => c.type === 'element');
  const index = siblings.indexOf(node);
  const lines = siblings
    .slice(Math.max(0, index - 2), index)
    .filter((e) => isElement(e, 'p', 'div', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b'))
    .map(textOf)
    .filter(Boolean);
  return lines.filter((text, i) => i === lines.length - 1 || /^\(?\s*(?:danh sách|kèm theo)/iu.test(text));
}

export function takeTables(tree: Root): TablesTaken {
  const taken: TablesTaken = { awards: [], dropped: [] };
  // Innermost first, so a layout table's inner tables are judged on their own.
  for (const { element, parent } of [...elements(tree)].reverse()) {
    if (!isElement(element, 'table') || !(parent.children as unknown[]).includes(element)) continue;
    if (isLayoutTable(element)) {
      replace(parent, element, unwrap(element));
      continue;
    }
    const grid = tableToGrid(element);
    if (isAwardTable(grid)) {
      const mark: Element = { type: 'element', tagName: 'p', properties: {}, children: [] };
      taken.awards.push({ grid, mark, titleBlock: textAbove(parent, element) });
      replace(parent, element, [mark]);
      // The note under the list ("Danh sách này có 32 cá nhân./.") goes with it.
      const siblings = parent.children.filter((c): c is Element => c.type === 'element');
      const next = siblings[siblings.indexOf(mark) + 1];
      if (next && /^danh sách (?:này |trên )?(?:có|gồm)\s/iu.test(textOf(next))) remove(parent, next);
    } else if (grid.merged) {
      taken.dropped.push(grid.rows[0]?.cells.filter(Boolean).join(' | ') ?? '');
      remove(parent, element);
    }
  }
  // Tables were visited innermost first: the award tables are listed in reading order.
  taken.awards.reverse();
  return taken;
}
