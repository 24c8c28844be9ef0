/**
 * A Word decision (.docx) as one grid: each paragraph a row of one cell, each table row a row of
 * cells laid out as Word shows them (merged cells spread over the columns and rows they cover),
 * so the annex table at the end, the title block above it and the signature below go through the
 * same structure reader as a workbook. mammoth reads the .docx (it is well kept and turns tables,
 * merged cells included, into HTML); htmlparser2 reads that HTML. Takes bytes: no file access.
 */
import { parseDocument, DomUtils } from 'htmlparser2';
import mammoth from 'mammoth';
import type { Grid, GridRow, Merge } from './grid.ts';

export interface WordDocument {
  grid: Grid;
  /** Pictures in the document, and how many letters of text: a scan pasted into Word has no text. */
  images: number;
  letters: number;
}

type ChildNode = ReturnType<typeof parseDocument>['children'][number];
type Element = Extract<ChildNode, { attribs: Record<string, string> }>;
const isElement = (node: ChildNode): node is Element => node.type === 'tag';

/** A cell's or paragraph's text, one line per paragraph or line break. */
function textOf(node: Element): string {
  const lines: string[] = [];
  let line = '';
  const walk = (child: ChildNode) => {
    if (child.type === 'text') line += child.data;
    else if (isElement(child)) {
      if (child.name === 'br') {
        lines.push(line);
        line = '';
        return;
      }
      child.children.forEach(walk);
      if (child.name === 'p' || child.name === 'li' || /^h\d$/.test(child.name)) {
        lines.push(line);
        line = '';
      }
    }
  };
  node.children.forEach(walk);
  lines.push(line);
  return lines
    .map((text) =>
      text
        .normalize('NFC')
        .replace(/[^\S\n]+/gu, ' ')
        .trim(),
    )
    .filter(Boolean)
    .join('\n');
}

interface TableLayout {
  rows: string[][];
  merges: { row: number; column: number; rowSpan: number; colSpan: number }[];
}

/** Lay out a table as Word shows it: a cell spanning rows or columns takes those places. */
function layoutTable(table: Element): TableLayout {
  // Its own rows only (directly or in thead/tbody), not those of a table inside a cell.
  const trs = table.children
    .filter(isElement)
    .flatMap((child) => (child.name === 'tr' ? [child] : child.children.filter(isElement)))
    .filter((child) => child.name === 'tr');
  const rows: string[][] = trs.map(() => []);
  const taken = trs.map(() => new Set<number>());
  const merges: TableLayout['merges'] = [];
  trs.forEach((tr, r) => {
    let column = 0;
    for (const td of tr.children.filter(isElement).filter((el) => el.name === 'td' || el.name === 'th')) {
      while (taken[r]?.has(column)) column++;
      const colSpan = Math.max(1, Number(td.attribs['colspan'] ?? 1));
      const rowSpan = Math.max(1, Number(td.attribs['rowspan'] ?? 1));
      for (let dr = 0; dr < rowSpan && r + dr < trs.length; dr++) {
        for (let dc = 0; dc < colSpan; dc++) {
          taken[r + dr]?.add(column + dc);
          (rows[r + dr] as string[])[column + dc] = '';
        }
      }
      (rows[r] as string[])[column] = textOf(td);
      if (colSpan > 1 || rowSpan > 1) merges.push({ row: r, column, rowSpan, colSpan });
      column += colSpan;
    }
  });
  return { rows: rows.map((cells) => Array.from(cells, (cell) => cell ?? '')), merges };
}

export async function readWordDocument(bytes: Uint8Array, name: string): Promise<WordDocument> {
  // Its types say Buffer; JSZip, which opens it, takes any bytes (and no Buffer exists in the
  // browser editor, whose bundle hands them to mammoth's browser build: cms/annex-field/browser/).
  const { value: html } = await mammoth.convertToHtml({ buffer: bytes as Buffer });
  const document = parseDocument(html);
  const rows: GridRow[] = [];
  const merges: Merge[] = [];
  let paragraphs = 0;
  let tables = 0;
  for (const node of document.children.filter(isElement)) {
    if (node.name === 'table') {
      tables++;
      const layout = layoutTable(node);
      const first = rows.length + 1;
      layout.rows.forEach((cells, r) =>
        rows.push({
          number: first + r,
          cells,
          place: { vi: `bảng ${tables}, hàng ${r + 1}`, en: `table ${tables}, row ${r + 1}` },
        }),
      );
      for (const m of layout.merges) {
        merges.push({
          top: first + m.row,
          bottom: first + m.row + m.rowSpan - 1,
          left: m.column,
          right: m.column + m.colSpan - 1,
        });
      }
      continue;
    }
    const lines = node.name === 'ul' || node.name === 'ol' ? node.children.filter(isElement) : [node];
    for (const line of lines) {
      const text = textOf(line);
      if (!text) continue;
      paragraphs++;
      rows.push({
        number: rows.length + 1,
        cells: [text],
        place: { vi: `đoạn ${paragraphs}`, en: `paragraph ${paragraphs}` },
      });
    }
  }
  return {
    grid: { name, rows, merges, hiddenColumns: [], isSheet: false },
    images: DomUtils.getElementsByTagName('img', document, true).length,
    letters: DomUtils.textContent(document).replace(/[^\p{L}]/gu, '').length,
  };
}
