/**
 * Writes the sample site's signed original of decision 156/QĐ-UBND
 * (content/awards/lao-cai-bang-khen-khoi-huyen-2023.pdf): a one-page A4 PDF in the layout of a
 * Vietnamese administrative decision, saying at its top that it is sample data and not a real
 * document. pdf-lib writes it and @pdf-lib/fontkit embeds Be Vietnam Pro (subset), as for the QR
 * labels. Its dates are fixed, so running it again gives the same bytes:
 *
 *   npx node scripts/make-sample-document.ts
 */
import fontkit from '@pdf-lib/fontkit';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

const OUT = 'content/awards/lao-cai-bang-khen-khoi-huyen-2023.pdf';
const FIXED_DATE = new Date('2024-01-18T09:00:00+07:00');
const require = createRequire(import.meta.url);
const font = (weight: string) =>
  readFileSync(require.resolve(`@expo-google-fonts/be-vietnam-pro/${weight}/BeVietnamPro_${weight}.ttf`));

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 56;
const INK = rgb(0, 0, 0);
const RED = rgb(0.7, 0.05, 0.05);

/** Lines of `text` no wider than `width` at `size`, broken at spaces. */
function wrap(text: string, f: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (f.widthOfTextAtSize(next, size) > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  return line ? [...lines, line] : lines;
}

interface Pen {
  page: PDFPage;
  y: number;
}

function centred(pen: Pen, text: string, f: PDFFont, size: number, x0 = MARGIN, x1 = A4.width - MARGIN, color = INK) {
  const width = f.widthOfTextAtSize(text, size);
  pen.page.drawText(text, { x: x0 + (x1 - x0 - width) / 2, y: pen.y, size, font: f, color });
}

/** Lines centred between x0 and x1, each followed by its gap. */
function block(pen: Pen, lines: [text: string, f: PDFFont, size: number, gap: number][], x0: number, x1: number) {
  for (const [text, f, size, gap] of lines) {
    centred(pen, text, f, size, x0, x1);
    pen.y -= gap;
  }
}

function paragraph(pen: Pen, text: string, f: PDFFont, size = 11.5, indent = 0) {
  for (const line of wrap(text, f, size, A4.width - 2 * MARGIN - indent)) {
    pen.page.drawText(line, { x: MARGIN + indent, y: pen.y, size, font: f, color: INK });
    pen.y -= size * 1.5;
  }
}

async function main(): Promise<void> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.registerFontkit(fontkit);
  const regular = await pdf.embedFont(font('400Regular'), { subset: true });
  const bold = await pdf.embedFont(font('700Bold'), { subset: true });
  pdf.setTitle('Quyết định số 156/QĐ-UBND (dữ liệu mẫu, không phải văn bản thật)');
  pdf.setSubject('Văn bản mẫu của trang minh họa Bảng Vàng. Sample data, not a real document.');
  pdf.setAuthor('Bảng Vàng (dữ liệu mẫu)');
  pdf.setLanguage('vi-VN');
  pdf.setProducer('pdf-lib');
  pdf.setCreator('scripts/make-sample-document.ts');
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);

  const page = pdf.addPage([A4.width, A4.height]);
  const pen: Pen = { page, y: A4.height - MARGIN - 16 };
  // The warning first, in a box: nobody may take this file for a real decision.
  page.drawRectangle({
    x: MARGIN,
    y: pen.y - 30,
    width: A4.width - 2 * MARGIN,
    height: 50,
    borderColor: RED,
    borderWidth: 1.5,
  });
  centred(pen, 'DỮ LIỆU MẪU — KHÔNG PHẢI VĂN BẢN THẬT', bold, 13, MARGIN, A4.width - MARGIN, RED);
  pen.y -= 18;
  centred(
    pen,
    'Sample data for the Bảng Vàng demo site: not a real document.',
    regular,
    10,
    MARGIN,
    A4.width - MARGIN,
    RED,
  );
  pen.y -= 46;

  // The header's two columns, as decisions print them: the issuing body left, the national motto right.
  const middle = A4.width * 0.42;
  const top = pen.y;
  block(
    pen,
    [
      ['ỦY BAN NHÂN DÂN', regular, 11, 15],
      ['TỈNH LÀO CAI', bold, 11, 22],
      ['Số: 156/QĐ-UBND', regular, 11, 0],
    ],
    MARGIN,
    middle,
  );
  pen.y = top;
  block(
    pen,
    [
      ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold, 11, 15],
      ['Độc lập - Tự do - Hạnh phúc', bold, 11.5, 22],
      ['Lào Cai, ngày 18 tháng 01 năm 2024', regular, 11, 44],
    ],
    middle,
    A4.width - MARGIN,
  );

  centred(pen, 'QUYẾT ĐỊNH', bold, 14);
  pen.y -= 18;
  for (const line of wrap(
    'Về việc tặng Bằng khen cho tập thể, cá nhân thuộc Khối thi đua các huyện, thị xã, thành phố có thành tích xuất sắc năm 2023',
    bold,
    11.5,
    A4.width - 2 * MARGIN - 60,
  )) {
    centred(pen, line, bold, 11.5);
    pen.y -= 17;
  }
  pen.y -= 14;
  centred(pen, 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI', bold, 11.5);
  pen.y -= 26;
  paragraph(pen, 'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;', regular, 11.5, 24);
  paragraph(
    pen,
    'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
    regular,
    11.5,
    24,
  );
  paragraph(pen, 'Xét đề nghị của Khối thi đua các huyện, thị xã, thành phố (nội dung minh họa).', regular, 11.5, 24);
  pen.y -= 6;
  centred(pen, 'QUYẾT ĐỊNH:', bold, 12);
  pen.y -= 22;
  paragraph(
    pen,
    'Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho các tập thể, cá nhân có tên trong danh sách kèm theo (danh sách minh họa, tên người là giả định), đã có thành tích xuất sắc trong phong trào thi đua yêu nước năm 2023.',
    regular,
  );
  paragraph(pen, 'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.', regular);
  paragraph(
    pen,
    'Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Trưởng Ban Thi đua - Khen thưởng tỉnh và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.',
    regular,
  );
  pen.y -= 20;
  block(
    pen,
    [
      ['KT. CHỦ TỊCH', bold, 11.5, 15],
      ['PHÓ CHỦ TỊCH', bold, 11.5, 30],
      ['(đã ký — mẫu)', regular, 10.5, 30],
      ['Hoàng Văn Mẫu', bold, 11.5, 0],
    ],
    A4.width * 0.55,
    A4.width - MARGIN,
  );

  writeFileSync(OUT, await pdf.save({ useObjectStreams: true }));
  console.log(`${OUT}: ${readFileSync(OUT).byteLength} bytes`);
}

await main();
