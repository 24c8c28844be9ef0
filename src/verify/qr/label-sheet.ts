/**
 * The label sheet the QR labels are laid out for: A4 with 3 × 8 labels of 70 × 37 mm (Avery
 * 3474 and the many sheets of 24 sold with the same layout). The sheet has no side margins and
 * half a millimetre top and bottom; everything printed keeps `padding` inside its label, so a
 * printer's unprintable margin cuts nothing. Pure geometry, in PDF points (1/72 inch) from the
 * page's bottom-left corner, as pdf-lib draws.
 */

export const MM = 72 / 25.4;

export const LABEL_SHEET = {
  name: {
    vi: 'A4, 3 × 8 nhãn 70 × 37 mm (Avery 3474 và loại tương đương)',
    en: 'A4, 3 × 8 labels of 70 × 37 mm (Avery 3474 and equivalents)',
  },
  pageWidth: 210 * MM,
  pageHeight: 297 * MM,
  columns: 3,
  rows: 8,
  labelWidth: 70 * MM,
  labelHeight: 37 * MM,
  /** From the sheet's left and top edges to the first label. */
  left: 0,
  top: 0.5 * MM,
  /** Kept clear inside each label. */
  padding: 3.5 * MM,
} as const;

export const LABELS_PER_PAGE = LABEL_SHEET.columns * LABEL_SHEET.rows;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The n-th label of a page (row by row from the top left): its box. */
export function labelBox(n: number): Box {
  const column = n % LABEL_SHEET.columns;
  const row = Math.floor(n / LABEL_SHEET.columns) % LABEL_SHEET.rows;
  return {
    x: LABEL_SHEET.left + column * LABEL_SHEET.labelWidth,
    y: LABEL_SHEET.pageHeight - LABEL_SHEET.top - (row + 1) * LABEL_SHEET.labelHeight,
    width: LABEL_SHEET.labelWidth,
    height: LABEL_SHEET.labelHeight,
  };
}

/** Inside a label: the QR code's square on the left, the text's column on the right. */
export function labelParts(box: Box): { qr: Box; text: Box } {
  const { padding } = LABEL_SHEET;
  const side = box.height - 2 * padding;
  const gap = 2 * MM;
  return {
    qr: { x: box.x + padding, y: box.y + padding, width: side, height: side },
    text: {
      x: box.x + padding + side + gap,
      y: box.y + padding,
      width: box.width - 2 * padding - side - gap,
      height: side,
    },
  };
}
