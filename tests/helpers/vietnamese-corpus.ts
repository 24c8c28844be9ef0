/**
 * Real Vietnamese text for measuring the legacy-encoding detector both ways: how often it flags
 * good Unicode (false positives) and how often it misses TCVN3/VNI mojibake (made here by
 * encoding the same text with vietnamese-conversion's toTCVN3/toVNI).
 *
 * Sources: every text of the sample site (story bodies line by line, every YAML string, every CSV
 * cell), titles and names in capitals as annexes print them, the furniture of decisions (title
 * blocks, signature blocks with their various separators), people's names, and, where the
 * project's seed articles are on this machine (BANG_VANG_SEEDS, or shared/seeds beside the checkout), their
 * lines too. The seeds are read, never copied into the repository.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { toTCVN3, toVNI } from 'vietnamese-conversion';
import { parse as parseYaml } from 'yaml';
import { ROOT } from './build.ts';

function walk(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(folder, entry.name)) : [join(folder, entry.name)],
  );
}

/** Every string in a parsed YAML value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const hasVietnamese = (text: string) => /[^\p{ASCII}]/u.test(text);
const unique = (texts: string[]) => [...new Set(texts.map((t) => t.normalize('NFC').trim()))].filter(hasVietnamese);

/** Every text of the sample site: body lines, YAML strings, CSV cells. */
export function siteTexts(): string[] {
  const texts: string[] = [];
  for (const path of walk(join(ROOT, 'content'))) {
    const source = readFileSync(path, 'utf8');
    if (/\.ya?ml$/.test(path)) texts.push(...strings(parseYaml(source)));
    else if (path.endsWith('.csv')) texts.push(...(parseCsv(source, { bom: true }) as string[][]).flat());
    else if (/\.mdx?$/.test(path)) {
      const [, front = '', body = source] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
      texts.push(...strings(parseYaml(front)), ...body.split('\n'));
    }
  }
  return unique(texts);
}

/** Lines of the seed articles, when they are on this machine; [] elsewhere. */
export function seedTexts(): string[] {
  // The project's shared folder sits beside the checkout (here and in CI).
  const folder = [process.env['BANG_VANG_SEEDS'], join(ROOT, '../shared/seeds'), '/work/shared/seeds'].find(
    (path) => path && existsSync(path),
  );
  if (!folder) return [];
  return unique(
    readdirSync(folder)
      .filter((name) => name.endsWith('.txt'))
      .flatMap((name) => readFileSync(join(folder, name), 'utf8').split('\n')),
  );
}

/** What decisions and annexes print in capitals, with the separators offices use between roles. */
const FURNITURE = [
  'ỦY BAN NHÂN DÂN',
  'UỶ BAN NHÂN DÂN TỈNH NINH BÌNH',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Độc lập – Tự do – Hạnh phúc',
  'QUYẾT ĐỊNH',
  'Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
  'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH',
  'DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN',
  'DANH SÁCH CÁ NHÂN ĐƯỢC TRUY TẶNG HUÂN CHƯƠNG LAO ĐỘNG HẠNG BA',
  '(Kèm theo Quyết định số 2150/QĐ-UBND ngày 15/01/2026 của Chủ tịch UBND tỉnh Ninh Bình)',
  'Danh sách này có 32 cá nhân./.',
  'KT. CHỦ TỊCH',
  'PHÓ CHỦ TỊCH',
  'TM. ỦY BAN NHÂN DÂN',
  'TL. CHỦ TỊCH',
  'CHÁNH VĂN PHÒNG',
  'TUQ. CHỦ TỊCH',
  'Q. GIÁM ĐỐC',
  'GIÁM ĐỐC SỞ NỘI VỤ',
  'TRƯỞNG BAN THI ĐUA - KHEN THƯỞNG',
  '(Đã ký)',
  '(Ký tên, đóng dấu)',
  'Nơi nhận:',
  '- Như Điều 3;',
  '- Lưu: VT, TĐKT.',
  'STT',
  'Họ và tên',
  'Chức vụ, đơn vị công tác',
  'Thành tích',
  'Ghi chú',
  'Truy tặng',
  'I. TẬP THỂ',
  'II. CÁ NHÂN',
  // Symbols of the Latin-1 range that ordinary Unicode text uses (each is a TCVN3 or VNI code).
  'Nhiệt độ ngoài trời lên tới 38°C',
  '© 2026 Ban Thi đua - Khen thưởng tỉnh Ninh Bình',
  'Thời sự · 5 phút đọc · 1.234 lượt xem',
  'Trang chủ » Tin tức » Thi đua',
  'Ảnh khổ 3 × 4 cm, tỷ lệ đạt 95 ± 2%',
  'Phong trào «Cả nước thi đua đổi mới sáng tạo»',
  'Hợp tác xã Nông nghiệp Đồng Tâm ®',
];
const ROLES = ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'];
const SEPARATORS = [' – ', ' - ', ' — ', ' · ', ' • ', ' / ', ', ', ' | ', ' ° ', ' » '];

/** Titles and names of the sample site in capitals, decisions' furniture, roles joined every way. */
export function capitalTexts(site: string[] = siteTexts()): string[] {
  const shortLines = site.filter((text) => text.length <= 120);
  const joined = ROLES.flatMap((a, i) => ROLES.slice(i + 1).flatMap((b) => SEPARATORS.map((s) => `${a}${s}${b}`)));
  return unique([
    ...FURNITURE,
    ...FURNITURE.map((text) => text.toLocaleUpperCase('vi')),
    ...joined,
    ...shortLines.map((text) => text.toLocaleUpperCase('vi')),
  ]);
}

const SURNAMES =
  'Nguyễn Trần Lê Phạm Hoàng Huỳnh Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Tạ Mai Trịnh Đoàn Lương Tô Lò Giàng Vàng Hà Lục Thào'.split(
    ' ',
  );
const MIDDLES = 'Văn Thị Đức Minh Thu Ngọc Quang Thanh Hữu Hồng Xuân Thúy Bảo Kim Diệu A Seo'.split(' ');
const GIVENS = (
  'An Bình Cường Dũng Giang Hà Hải Hạnh Hiền Hùng Hương Hường Khánh Lan Linh Long Mai Nam Nga Phúc Phương Quân ' +
  'Quỳnh Sơn Tâm Thắng Thảo Thủy Trang Tuấn Uyên Việt Yến Ánh Đức Ước Ửng Mỷ Páo Chứ Khuê Nguyệt Tuyết Oanh Huệ Ngoan'
).split(' ');

/** Names of the peoples of the Highlands and the North, whose syllables are not all Kinh ones. */
const MINORITY_NAMES = [
  'Y Nhông Êban',
  'H’Hen Niê',
  "H'Mai Ayun",
  'Ksor Phước Hà',
  'Rơ Mah Sơ Nhiêu',
  'Nay Phin',
  'Y Moan Niê',
  'A Lềnh',
  'Giàng Seo Phử',
  'Lầu Mí Chứ',
  'Sùng A Páo',
  'Thào Mỷ Sú',
  'Vừ A Dính',
  'Đinh Y Ngọc',
  'Hồ Văn Lanh',
  'Pờ Loong Sơn',
  'Kpă Thuyên',
  'Bhling Mia',
  'Ma Seo Chư',
  'Lò Văn Pọm',
];

/** People's names, as typed and in capitals. */
export function nameTexts(): string[] {
  const names: string[] = [...MINORITY_NAMES];
  SURNAMES.forEach((surname, i) =>
    GIVENS.forEach((given, j) => names.push(`${surname} ${MIDDLES[(i + j) % MIDDLES.length]} ${given}`)),
  );
  return unique([...names, ...names.filter((_, i) => i % 5 === 0).map((name) => name.toLocaleUpperCase('vi'))]);
}

/**
 * TCVN3 as offices meet it: vietnamese-conversion's table for every letter, except that a capital
 * with a tone (which TCVN3 lacks) is written, as the capitals' font .VnTimeH is typed, with the
 * small letter's code. `toTCVN3` itself writes the base capital and then the tone's letter.
 */
export function toTCVN3Typed(text: string): string {
  return [...text.normalize('NFC')]
    .map((char) => {
      const lower = char.toLocaleLowerCase('vi');
      const toned = /[\u0300\u0301\u0303\u0309\u0323]/u.test(lower.normalize('NFD'));
      return char !== lower && toned ? toTCVN3(lower, 'unicode') : toTCVN3(char, 'unicode');
    })
    .join('');
}

export interface EncodedSample {
  /** The text as it should read. */
  text: string;
  /** How it was garbled. */
  encoding: 'tcvn3' | 'vni';
  /** The garbled text. */
  garbled: string;
}

/** Each text in TCVN3 (both ways of writing capitals) and in VNI, where the encoding changes it. */
export function encodedSamples(texts: string[]): EncodedSample[] {
  const samples: EncodedSample[] = [];
  for (const text of texts) {
    for (const [encoding, garbled] of [
      ['tcvn3', toTCVN3(text, 'unicode')],
      ['tcvn3', toTCVN3Typed(text)],
      // vietnamese-conversion writes ỹ with ì's VNI code: that text cannot be read back, skip it.
      ['vni', /[ỹỸ]/u.test(text) ? text : toVNI(text, 'unicode')],
    ] as const) {
      if (garbled !== text && !samples.some((s) => s.garbled === garbled)) samples.push({ text, encoding, garbled });
    }
  }
  return samples;
}
