/**
 * Import benchmark: a 5,000-row annex shaped as offices keep it (title block, a header on two
 * rows with merged cells, column numbers, section rows, "Chức vụ, đơn vị công tác" to split into
 * a unit, a note and a signature block), imported by `npm run import` as a press officer runs it
 * (a new Node process, reading the site's units, writing the YAML and CSV) into a copy of the
 * sample content. Wall time of three runs, the median, and rows per second.
 * `npx node scripts/bench/import.ts [rows]` prints the result; scripts/bench/run.ts records it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';

const ROOT = resolve(import.meta.dirname, '../..');

export interface ImportBenchResult {
  rows: number;
  runsMs: number[];
  medianMs: number;
  rowsPerSecond: number;
}

const WARDS = [
  'Hoa Lư',
  'Đông A',
  'Đồng Văn',
  'Duy Tiên',
  'Nam Định',
  'Nam Hoa Lư',
  'Phủ Lý',
  'Tam Điệp',
  'Tây Hoa Lư',
  'Thiên Trường',
];
const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ'];
const MIDDLES = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu', 'Ngọc', 'Quang', 'Thanh', 'Hữu', 'Hồng'];
const GIVENS = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hiền', 'Hùng'];
const POSITIONS = [
  'Chuyên viên',
  'Giáo viên Trường Tiểu học',
  'Công chức Văn hóa – Xã hội',
  'Chủ tịch UBND',
  'Trưởng thôn',
];

/** The workbook: 10% collectives, then individuals, every name unique within its ward. */
export async function writeAnnexWorkbook(path: string, rows: number): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Danh sách');
  const put = (n: number, values: (string | number)[]) => (sheet.getRow(n).values = values);
  put(1, ['DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH']);
  put(2, ['Đã có thành tích xuất sắc trong phong trào thi đua năm 2025']);
  put(3, ['(Kèm theo Quyết định số 9999/QĐ-UBND ngày 15/01/2026 của Chủ tịch UBND tỉnh Ninh Bình)']);
  put(5, ['STT', 'Họ và tên', 'Chức vụ, đơn vị công tác', 'Thông tin', '', 'Ghi chú']);
  put(6, ['', '', '', 'Năm sinh', 'Thành tích', '']);
  put(7, ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)']);
  for (const range of ['A1:F1', 'A2:F2', 'A3:F3', 'A5:A6', 'B5:B6', 'C5:C6', 'D5:E5', 'F5:F6']) sheet.mergeCells(range);
  let n = 8;
  const collectives = Math.round(rows / 10);
  put(n++, ['I', 'TẬP THỂ']);
  for (let i = 0; i < rows; i++) {
    if (i === collectives) put(n++, ['II', 'CÁ NHÂN']);
    const ward = WARDS[i % WARDS.length] as string;
    const name =
      i < collectives
        ? `Tổ dân phố số ${Math.floor(i / WARDS.length) + 1} phường ${ward}`
        : `${SURNAMES[i % 10]} ${MIDDLES[Math.floor(i / 10) % 10]} ${GIVENS[Math.floor(i / 100) % 10]} ${String.fromCharCode(65 + (Math.floor(i / 1000) % 26))}`;
    const position = i < collectives ? `phường ${ward}` : `${POSITIONS[i % POSITIONS.length]} phường ${ward}`;
    put(n++, [
      String(i + 1),
      name,
      position,
      1970 + (i % 30),
      'Hoàn thành xuất sắc nhiệm vụ năm 2025',
      i >= collectives && i % 97 === 0 ? 'Truy tặng' : '',
    ]);
  }
  put(n + 1, [`Danh sách này có ${collectives} tập thể và ${rows - collectives} cá nhân./.`]);
  sheet.mergeCells(`A${n + 1}:F${n + 1}`);
  ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '(Đã ký)', 'Trần Anh Dũng'].forEach((line, i) => {
    put(n + 3 + i, ['', '', '', line]);
    sheet.mergeCells(`D${n + 3 + i}:F${n + 3 + i}`);
  });
  await book.xlsx.writeFile(path);
}

export async function benchImport(rows = 5000, runs = 3): Promise<ImportBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'bang-vang-import-'));
  const file = join(dir, 'danh-sach-5000.xlsx');
  await writeAnnexWorkbook(file, rows);
  const runsMs: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const content = join(dir, `content-${run}`);
      cpSync(join(ROOT, 'content'), content, { recursive: true });
      const started = performance.now();
      const result = spawnSync(
        process.execPath,
        [join(ROOT, 'scripts/import-annex.ts'), file, '--noi-dung', content, '--ten-tep', 'bench-5000'],
        { cwd: ROOT, encoding: 'utf8' },
      );
      runsMs.push(Math.round(performance.now() - started));
      if (result.status !== 0) throw new Error(`import failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
      if (!result.stdout.includes(`Sẽ ghi / To write: ${rows} (`))
        throw new Error(`not every row imported:\n${result.stdout}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const medianMs = [...runsMs].sort((a, b) => a - b)[Math.floor(runs / 2)] as number;
  return { rows, runsMs, medianMs, rowsPerSecond: Math.round((rows / medianMs) * 1000) };
}

if (import.meta.main) {
  const result = await benchImport(Number(process.argv[2] ?? 5000));
  console.log(
    `import of ${result.rows} rows: ${result.runsMs.join(', ')} ms, median ${result.medianMs} ms = ${result.rowsPerSecond} rows/s`,
  );
}
