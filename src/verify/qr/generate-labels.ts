/**
 * The labels an office prints and sticks on certificates: one per published recipient, each with
 * the QR code of the record's address, the code in letters, the name, the award and the decision
 * number. Pure: it gets the labels and the font files' bytes, and returns the PDF's bytes.
 *
 * pdf-lib writes the PDF and @pdf-lib/fontkit embeds Be Vietnam Pro (subset to the letters
 * used), so every Vietnamese letter prints as written; `qrcode` computes the QR matrix, which is
 * drawn as vector squares: sharp at any printer's resolution.
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';
import { LABEL_SHEET, LABELS_PER_PAGE, labelBox, labelParts, type Box } from './label-sheet.ts';

export interface Label {
  name: string;
  /** "Bằng khen của Chủ tịch UBND tỉnh". */
  award: string;
  /** "Quyết định số 156/QĐ-UBND ngày 18/01/2024". */
  decision: string;
  code: string;
  /** The record's address, which the QR code holds. */
  url: string;
  /** Printed small under the code, for typing it in: "bangvang.example.vn/xac-minh". */
  site: string;
}

export interface LabelFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

/**
 * Error correction M (15 % of the symbol may be lost): a label rubbed at a corner still reads;
 * the addresses are short, so the symbol stays at version 4–5, about 0.8 mm per module here.
 */
const ERROR_CORRECTION = 'M';
const INK = rgb(0, 0, 0);

/** The QR code's dark squares, a row's runs merged into one rectangle each. */
function drawQr(page: PDFPage, url: string, box: Box): void {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: ERROR_CORRECTION });
  const { size } = modules;
  // Four modules of quiet zone around the symbol, as the standard asks.
  const cell = box.width / (size + 8);
  const x0 = box.x + 4 * cell;
  const top = box.y + box.height - 4 * cell;
  for (let row = 0; row < size; row++) {
    let start = -1;
    for (let col = 0; col <= size; col++) {
      const dark = col < size && modules.get(row, col) === 1;
      if (dark && start < 0) start = col;
      if (!dark && start >= 0) {
        // A hair wider than the module so that no white seam shows between runs and rows.
        page.drawRectangle({
          x: x0 + start * cell,
          y: top - (row + 1) * cell,
          width: (col - start) * cell + 0.05,
          height: cell + 0.05,
          color: INK,
        });
        start = -1;
      }
    }
  }
}

/** Words laid into lines no wider than `width`; a word too long for a line is cut. */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) <= width) {
      line = next;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (font.widthOfTextAtSize(line, size) > width && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && font.widthOfTextAtSize(line.slice(0, cut), size) > width) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The largest size from `sizes` at which the text fits in `maxLines`; at the smallest, the lines that fit. */
function fit(text: string, font: PDFFont, sizes: readonly number[], width: number, maxLines: number) {
  for (const size of sizes) {
    const lines = wrap(text, font, size, width);
    if (lines.length <= maxLines) return { size, lines };
  }
  const size = sizes.at(-1) as number;
  const lines = wrap(text, font, size, width).slice(0, maxLines);
  lines[maxLines - 1] = `${lines[maxLines - 1]}…`;
  return { size, lines };
}

function drawText(page: PDFPage, label: Label, box: Box, fonts: { regular: PDFFont; bold: PDFFont }): void {
  let y = box.y + box.height;
  const put = (lines: readonly string[], font: PDFFont, size: number, after = 1.5) => {
    for (const line of lines) {
      y -= size * 1.15;
      page.drawText(line, { x: box.x, y, size, font, color: INK });
    }
    y -= after;
  };
  const name = fit(label.name, fonts.bold, [9, 8, 7], box.width, 3);
  put(name.lines, fonts.bold, name.size);
  const award = fit(label.award, fonts.regular, [6.5, 6], box.width, 2);
  put(award.lines, fonts.regular, award.size, 0.5);
  const decision = fit(label.decision, fonts.regular, [6.5, 6], box.width, 2);
  put(decision.lines, fonts.regular, decision.size);
  // The code and the address to type it at sit at the bottom, wherever the text above ends.
  const codeSize = Math.min(11, (box.width / fonts.bold.widthOfTextAtSize(label.code, 11)) * 11);
  page.drawText(label.code, { x: box.x, y: box.y + 7.5, size: codeSize, font: fonts.bold, color: INK });
  const siteSize = Math.min(5.5, (box.width / fonts.regular.widthOfTextAtSize(label.site, 5.5)) * 5.5);
  page.drawText(label.site, { x: box.x, y: box.y, size: siteSize, font: fonts.regular, color: INK });
}

export async function generateLabelsPdf(
  labels: readonly Label[],
  fontFiles: LabelFonts,
  title: string,
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  pdf.setTitle(title);
  pdf.setLanguage('vi-VN');
  pdf.setCreator('Bảng Vàng');
  const fonts = {
    regular: await pdf.embedFont(fontFiles.regular, { subset: true }),
    bold: await pdf.embedFont(fontFiles.bold, { subset: true }),
  };
  let page: PDFPage | undefined;
  labels.forEach((label, i) => {
    if (i % LABELS_PER_PAGE === 0) page = pdf.addPage([LABEL_SHEET.pageWidth, LABEL_SHEET.pageHeight]);
    const parts = labelParts(labelBox(i % LABELS_PER_PAGE));
    drawQr(page as PDFPage, label.url, parts.qr);
    drawText(page as PDFPage, label, parts.text, fonts);
  });
  return pdf.save();
}
