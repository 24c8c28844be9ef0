/**
 * A file an office sends, as grids: every sheet of a workbook (.xlsx), a CSV (UTF-8, UTF-16,
 * Windows-1258), the tables and paragraphs of a Word decision (.docx). What cannot be read is
 * refused with what to do instead: a scan (PDF, picture, a Word file holding only pictures)
 * needs text recognition (OCR), which the importer does not do. Takes bytes; no file access.
 */
import { decodeText, ENCODING_LABELS } from './decode.ts';
import type { Grid } from './grid.ts';
import { CsvSyntaxError, readCsv } from './read-csv.ts';
import { readWordDocument } from './read-docx.ts';
import { readWorkbook } from './read-xlsx.ts';

export type FileRead = { ok: true; grids: Grid[]; how: string } | { ok: false; vi: string; en: string };

const SCAN = {
  vi: 'Lệnh nhập không đọc được bản scan: chữ trong ảnh cần được nhận dạng (OCR), việc này nằm ngoài phạm vi của lệnh. Hãy xin văn phòng tệp Word (.docx) hoặc Excel (.xlsx) gốc của danh sách, hoặc gõ danh sách vào Excel theo mẫu trong hướng dẫn.',
  en: 'The importer cannot read a scan: the text in the picture would need recognising (OCR), which is out of its scope. Ask the office for the original Word (.docx) or Excel (.xlsx) file of the list, or type the list into Excel as the guide shows.',
};

const startsWith = (bytes: Uint8Array, ...values: number[]) => values.every((value, i) => bytes[i] === value);

export async function readAnnexFile(bytes: Uint8Array, name: string): Promise<FileRead> {
  const extension = /\.[^.]+$/.exec(name.toLowerCase())?.[0] ?? '';
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46) || extension === '.pdf') {
    return {
      ok: false,
      vi: `Tệp ${name} là PDF. ${SCAN.vi} (PDF xuất từ Word cũng vậy: dùng tệp .docx gốc.)`,
      en: `${name} is a PDF. ${SCAN.en} (A PDF saved from Word too: use the original .docx.)`,
    };
  }
  if (['.jpg', '.jpeg', '.png', '.tif', '.tiff', '.heic'].includes(extension)) {
    return { ok: false, vi: `Tệp ${name} là ảnh chụp. ${SCAN.vi}`, en: `${name} is a picture. ${SCAN.en}` };
  }
  if (extension === '.xls' || extension === '.doc' || startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) {
    return {
      ok: false,
      vi: `Tệp ${name} ở định dạng Office 97–2003 (.xls, .doc), chưa được hỗ trợ: mở trong Excel hoặc Word và "Lưu thành" .xlsx hoặc .docx.`,
      en: `${name} is an Office 97–2003 file (.xls, .doc), not supported: save it as .xlsx or .docx in Excel or Word.`,
    };
  }
  if (extension === '.xlsx') {
    try {
      return { ok: true, grids: await readWorkbook(bytes), how: 'Excel' };
    } catch {
      return {
        ok: false,
        vi: `Không đọc được tệp Excel ${name}: tệp hỏng hoặc không phải .xlsx.`,
        en: `Cannot read the Excel file ${name}: damaged or not .xlsx.`,
      };
    }
  }
  if (extension === '.docx') {
    let document;
    try {
      document = await readWordDocument(bytes, name);
    } catch {
      return {
        ok: false,
        vi: `Không đọc được tệp Word ${name}: tệp hỏng hoặc không phải .docx.`,
        en: `Cannot read the Word file ${name}: damaged or not .docx.`,
      };
    }
    if (document.letters < 20 && document.images > 0) {
      return {
        ok: false,
        vi: `Tệp ${name} chỉ có ảnh, không có chữ (bản scan dán vào Word). ${SCAN.vi}`,
        en: `${name} holds only pictures, no text (a scan pasted into Word). ${SCAN.en}`,
      };
    }
    return { ok: true, grids: [document.grid], how: 'Word' };
  }
  if (extension === '.csv' || extension === '.txt') {
    const { text, encoding } = decodeText(bytes);
    try {
      return { ok: true, grids: [readCsv(text, name)], how: `CSV, bảng mã / encoding ${ENCODING_LABELS[encoding]}` };
    } catch (error) {
      const line = error instanceof CsvSyntaxError && error.line ? ` (dòng/line ${error.line})` : '';
      return {
        ok: false,
        vi: `Tệp CSV bị lỗi cú pháp${line}: thường do dấu ngoặc kép không đóng.`,
        en: `The CSV file has a syntax error${line}: usually an unclosed quote.`,
      };
    }
  }
  return {
    ok: false,
    vi: `Chỉ nhận tệp .xlsx, .docx hoặc .csv: ${name}`,
    en: `Only .xlsx, .docx or .csv files: ${name}`,
  };
}
