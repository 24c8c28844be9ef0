/**
 * The importer's core: rows of an annex (from Excel or CSV) → recipients in the content model's
 * format, and everything it cannot accept, row by row and column by column. Pure.
 */
import { RECIPIENT_KIND_LABELS } from '../i18n/labels.ts';
import { type RecipientKind } from '../schemas/common.ts';
import { recipientSchema } from '../schemas/recipient.ts';
import { detectLegacyEncoding, LEGACY_ENCODING_LABELS } from '../utils/legacy-encoding.ts';
import { codePointLabel, foldVietnamese } from '../utils/text.ts';
import { describeIssue } from '../validation/messages.ts';
import { ID_PATTERN } from '../schemas/common.ts';
import { findHeaderRow, kindImpliedBy, parseKind, sectionKind, type ImportColumn } from './headers.ts';
import { readPreamble, type PreambleFacts } from './preamble.ts';
import type { ImportProblem } from './problem.ts';
import { columnLetter, type SheetRow } from './table.ts';
import type { UnitMatcher } from './units.ts';

export interface ImportedRecipient {
  /** Row of the annex it came from. */
  row: number;
  name: string;
  kind: RecipientKind;
  unit?: string;
  position?: string;
  citation?: string;
  posthumous?: boolean;
  sortKey?: string;
}

export interface AnnexOptions {
  /** Kind of every row that does not say (`--loai-doi-tuong`). */
  defaultKind?: RecipientKind | undefined;
  /** Convert TCVN3/VNI mojibake instead of rejecting the row (`--chuyen-ma`). */
  convertLegacy?: boolean;
  /** Keep units that are not in content/units as free text (`--don-vi-tu-do`). */
  freeTextUnits?: boolean;
  /** The award type, to check each row's kind. */
  award?: { name: string; kinds: RecipientKind[] } | undefined;
}

export interface AnnexResult {
  recipients: ImportedRecipient[];
  problems: ImportProblem[];
  /** Row numbers with at least one error. */
  rejectedRows: number[];
  /** Data rows read (not counting the title block, header, section and empty rows). */
  rowsRead: number;
  preamble: PreambleFacts;
  /** Row number of the header row, when found. */
  headerRow?: number;
}

const TRUE_WORDS = new Set(['x', 'co', '1', 'true', 'truy tang']);
const FALSE_WORDS = new Set(['', 'khong', '0', 'false']);

/** First words of collectives and households, with accents (folding would confuse Bàn/ban, Hồ/hộ, Tô/tổ). */
const COLLECTIVE =
  /^(?:phòng|trường|ủy ban|uỷ ban|ubnd|công ty|hợp tác xã|htx|tập thể|ban|hội|đoàn thanh niên|trạm|xã|phường|chi bộ|đảng bộ|đảng ủy|cục|sở|trung tâm|bệnh viện|nhân dân|tổ|đội|khoa|viện|liên đoàn|công đoàn|chi đoàn|chi hội|thôn|làng|bản|khu phố|huyện|tỉnh|thành phố|bộ|văn phòng|cơ quan|nhà máy|xí nghiệp|chi cục|ngân hàng|bưu điện|công an|ban chỉ huy|lớp|tiểu đoàn|đại đội|mặt trận|hội đồng|câu lạc bộ|clb|thư viện|nhà văn hóa|đài|báo)\s/u;
const HOUSEHOLD = /^(?:hộ|gia đình)\s/u;

function guessKind(name: string): RecipientKind {
  const lower = name.toLocaleLowerCase('vi');
  if (HOUSEHOLD.test(lower)) return 'ho-gia-dinh';
  if (COLLECTIVE.test(lower)) return 'tap-the';
  return 'ca-nhan';
}

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/gu;

export function importAnnex(rows: SheetRow[], units: UnitMatcher, options: AnnexOptions = {}): AnnexResult {
  const problems: ImportProblem[] = [];
  const recipients: ImportedRecipient[] = [];
  const rejected = new Set<number>();
  const header = findHeaderRow(rows);
  const preamble = readPreamble(header ? rows.slice(0, header.rowIndex) : rows.slice(0, 5));
  if (!header) {
    problems.push({
      severity: 'error',
      vi: 'Không tìm thấy dòng tiêu đề cột (cần ít nhất cột "Họ và tên" hoặc "Tên tập thể" và một cột khác như "STT", "Đơn vị").',
      en: 'No header row found (it needs a "Họ và tên" or "Tên tập thể" column and one more, such as "STT" or "Đơn vị").',
    });
    return { recipients, problems, rejectedRows: [], rowsRead: 0, preamble };
  }
  const headerNumber = rows[header.rowIndex]?.number ?? 1;
  const label = (index: number) => `${columnLetter(index)} (${header.headers[index] ?? ''})`;
  for (const [index, text] of header.unknown) {
    problems.push({
      severity: 'warning',
      row: headerNumber,
      column: label(index),
      vi: `Cột "${text}" không dùng đến, bỏ qua.`,
      en: `Column "${text}" is not used and is ignored.`,
    });
  }
  for (const duplicate of header.duplicates) {
    problems.push({
      severity: 'error',
      row: headerNumber,
      column: label(duplicate.index),
      vi: `Hai cột cùng chứa "${duplicate.column}": chỉ giữ một cột.`,
      en: `Two columns hold "${duplicate.column}": keep only one.`,
      found: duplicate.header,
    });
  }
  const indexOf = new Map<ImportColumn, number>([...header.columns].map(([index, column]) => [column, index]));
  const nameIndex = indexOf.get('name') as number;
  const impliedKind = kindImpliedBy(header.headers[nameIndex] ?? '');
  let sectionKindNow: RecipientKind | undefined;
  const seen = new Map<string, number>();
  let rowsRead = 0;

  for (const row of rows.slice(header.rowIndex + 1)) {
    if (row.cells.every((cell) => cell === '')) continue;
    const section = sectionKind(row.cells);
    if (section) {
      sectionKindNow = section;
      continue;
    }
    rowsRead++;
    const rowProblems: ImportProblem[] = [];
    const report = (column: ImportColumn | undefined, problem: Omit<ImportProblem, 'row' | 'column'>) =>
      rowProblems.push({
        row: row.number,
        ...(column !== undefined && indexOf.has(column) ? { column: label(indexOf.get(column) as number) } : {}),
        ...problem,
      });

    /** A cell's text: legacy encodings caught, invisible characters removed, spaces collapsed. */
    const read = (column: ImportColumn): string => {
      const index = indexOf.get(column);
      if (index === undefined) return '';
      let cell = row.cells[index] ?? '';
      const legacy = cell ? detectLegacyEncoding(cell) : null;
      if (legacy) {
        if (options.convertLegacy) {
          report(column, {
            severity: 'warning',
            vi: `Đã chuyển chữ từ bảng mã ${LEGACY_ENCODING_LABELS[legacy.encoding]} sang Unicode: "${legacy.text}".`,
            en: `Converted text from the ${legacy.encoding.toUpperCase()} encoding to Unicode: "${legacy.text}".`,
            found: cell,
          });
          cell = legacy.text;
        } else {
          report(column, {
            severity: 'error',
            vi: `Chữ bị lỗi phông: có vẻ được gõ bằng bảng mã ${LEGACY_ENCODING_LABELS[legacy.encoding]}. Có thể là: "${legacy.text}". Sửa trong tệp hoặc chạy lại với --chuyen-ma để tự chuyển.`,
            en: `Garbled text: it looks typed in the ${legacy.encoding.toUpperCase()} encoding. It probably reads: "${legacy.text}". Fix it in the file or run again with --convert-legacy.`,
            found: cell,
          });
          // The cell is rejected; TCVN3 writes ư as U+00AD, so do not also report it as invisible.
          return cell.replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
        }
      }
      const invisible = INVISIBLE.exec(cell);
      INVISIBLE.lastIndex = 0;
      if (invisible) {
        report(column, {
          severity: 'warning',
          vi: `Đã bỏ ký tự vô hình ${codePointLabel(invisible[0])} (thường do sao chép từ Word).`,
          en: `Removed the invisible character ${codePointLabel(invisible[0])} (usually pasted from Word).`,
        });
      }
      return cell.replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
    };

    const name = read('name');
    if (!name) {
      const filled = row.cells.filter((cell, index) => cell !== '' && index !== indexOf.get('index'));
      if (filled.length <= 1 && !/^\d+$/.test(row.cells[indexOf.get('index') ?? -1] ?? '')) {
        // A note under the table ("Danh sách có 500 cá nhân", "Tổng cộng").
        report(undefined, {
          severity: 'warning',
          vi: `Dòng không có tên, coi là ghi chú và bỏ qua: "${filled[0] ?? row.cells.find(Boolean) ?? ''}".`,
          en: `A row without a name, taken as a note and skipped: "${filled[0] ?? row.cells.find(Boolean) ?? ''}".`,
        });
        rowsRead--;
        problems.push(...rowProblems);
        continue;
      }
      report('name', { severity: 'error', vi: 'Thiếu tên người hoặc tập thể.', en: 'The name is empty.' });
    }

    let kind: RecipientKind | undefined;
    const kindCell = read('kind');
    if (kindCell) {
      kind =
        parseKind(kindCell) ??
        (['ca-nhan', 'tap-the', 'ho-gia-dinh'].includes(kindCell) ? (kindCell as RecipientKind) : undefined);
      if (!kind) {
        report('kind', {
          severity: 'error',
          vi: 'Không rõ là cá nhân, tập thể hay hộ gia đình.',
          en: 'Not a known recipient kind.',
          found: kindCell,
          allowedVi: 'Cá nhân, Tập thể, Hộ gia đình (hoặc ca-nhan, tap-the, ho-gia-dinh)',
          allowedEn: 'ca-nhan, tap-the, ho-gia-dinh',
        });
      }
    } else {
      kind = sectionKindNow ?? impliedKind ?? options.defaultKind ?? (name ? guessKind(name) : 'ca-nhan');
    }

    const unitCell = read('unit');
    let unit: string | undefined;
    if (unitCell) {
      unit = units.match(unitCell);
      if (!unit) {
        if (options.freeTextUnits && !ID_PATTERN.test(unitCell)) {
          unit = unitCell;
        } else {
          const suggestions = units.suggest(unitCell);
          report('unit', {
            severity: 'error',
            vi: `Không có đơn vị "${unitCell}" trong content/units (kể cả tên cũ).${options.freeTextUnits ? '' : ' Nếu đúng là nơi công tác không cần trang riêng, chạy lại với --don-vi-tu-do để giữ nguyên văn.'}`,
            en: `No unit "${unitCell}" in content/units (former names included).${options.freeTextUnits ? '' : ' If it is a workplace that needs no page, run again with --free-text-units to keep it as text.'}`,
            found: unitCell,
            ...(suggestions.length ? { suggestions } : {}),
          });
        }
      }
    }

    const posthumousCell = read('posthumous');
    let posthumous: boolean | undefined;
    const posthumousKey = foldVietnamese(posthumousCell).trim();
    if (TRUE_WORDS.has(posthumousKey)) posthumous = true;
    else if (!FALSE_WORDS.has(posthumousKey)) {
      report('posthumous', {
        severity: 'error',
        vi: 'Cột truy tặng chỉ nhận "x", "có" hoặc để trống.',
        en: 'The posthumous column takes "x", "có" or nothing.',
        found: posthumousCell,
      });
    }

    const recipient: ImportedRecipient = { row: row.number, name, kind: kind ?? 'ca-nhan' };
    for (const field of ['position', 'citation', 'sortKey'] as const) {
      const value = read(field);
      if (value) recipient[field] = value;
    }
    if (unit) recipient.unit = unit;
    if (posthumous) recipient.posthumous = true;

    // The content model's own rules, so the written annex passes `npm run check`.
    if (name) {
      const data: Partial<ImportedRecipient> = { ...recipient };
      delete data.row;
      const parsed = recipientSchema.safeParse(data);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const field = String(issue.path[0] ?? '') as ImportColumn;
          report(indexOf.has(field) ? field : 'name', { severity: 'error', ...describeIssue(issue) });
        }
      }
    }
    if (kind && options.award && !options.award.kinds.includes(kind)) {
      report(kindCell ? 'kind' : 'name', {
        severity: 'error',
        vi: `${options.award.name} không tặng cho ${RECIPIENT_KIND_LABELS[kind]}.`,
        en: `${options.award.name} cannot go to a recipient of kind ${kind}.`,
        found: kind,
        allowedVi: options.award.kinds.map((k) => RECIPIENT_KIND_LABELS[k]).join(', '),
        allowedEn: options.award.kinds.join(', '),
      });
    }

    if (name) {
      const key = `${foldVietnamese(name).replace(/\s+/g, ' ')}|${unit ?? ''}`;
      const first = seen.get(key);
      if (first !== undefined) {
        report('name', {
          severity: 'error',
          vi: `Trùng với dòng ${first}: cùng tên${unit ? ', cùng đơn vị' : ''}.`,
          en: `Duplicate of row ${first}: same name${unit ? ' and unit' : ''}.`,
          found: name,
        });
      } else seen.set(key, row.number);
    }

    problems.push(...rowProblems);
    if (rowProblems.some((p) => p.severity === 'error')) rejected.add(row.number);
    else recipients.push(recipient);
  }

  return { recipients, problems, rejectedRows: [...rejected], rowsRead, preamble, headerRow: headerNumber };
}
