/**
 * One data row of an annex → a recipient in the content model's shape, checked by the content
 * check's own schema (schemas/recipient.ts) and described in its words (validation/messages.ts),
 * each problem once, at its column. Pure.
 */
import { recipientSchema } from '../schemas/recipient.ts';
import type { RecipientKind } from '../schemas/common.ts';
import { readYesNo } from '../parsing/yes-no.ts';
import { detectLegacyEncoding, LEGACY_ENCODING_LABELS } from '../utils/legacy-encoding.ts';
import { codePointLabel, foldVietnamese, INVISIBLE_CHARACTERS } from '../utils/text.ts';
import type { Message } from '../validation/diagnostic.ts';
import { describeIssue } from '../validation/messages.ts';
import { personalDataProblems, THIS_FIELD } from '../validation/checks/personal-data.ts';
import { cellLine, mergeCovering, rowPlace, type Grid, type Place } from './grid.ts';
import { kindImpliedBy, parseKind, type Header, type ImportColumn } from './headers.ts';
import { rowKey, type ImportProblem } from './problem.ts';
import { columnFor, columnLabel, type DataRow } from './structure.ts';
import { splitPositionUnit, type UnitMatch, type UnitMatcher } from './units.ts';

export interface ImportedRecipient {
  /** Sheet and row it came from. */
  sheet: string;
  row: number;
  name: string;
  kind: RecipientKind;
  unit?: string;
  position?: string;
  citation?: string;
  posthumous?: boolean;
  sortKey?: string;
}

export interface RowOptions {
  /** Kind of every row that does not say (`--loai-doi-tuong`), before guessing from the name. */
  defaultKind?: RecipientKind | undefined;
  /** Convert TCVN3/VNI mojibake instead of rejecting the row (`--chuyen-ma`). */
  convertLegacy?: boolean | undefined;
  /** Keep units that are not in content/units as free text (`--don-vi-tu-do`). */
  freeTextUnits?: boolean | undefined;
}

export interface RowRead {
  /** The sheet and the row. */
  sheet: string;
  place: Place;
  recipient?: ImportedRecipient | undefined;
  problems: ImportProblem[];
  /** Where "Truy tặng" was read (column labels), when it was. */
  posthumousIn?: string[] | undefined;
  /** The unit found in "Chức vụ, đơn vị công tác", with the text it was read from. */
  split?: { unit: UnitMatch; text: string } | undefined;
  /** "Chức vụ, đơn vị công tác" in which no unit of the site was found. */
  unsplit?: string | undefined;
  /** A "Ghi chú" that says something else than "Truy tặng" (not imported). */
  note?: string | undefined;
}

/** The fields of a row that are written as text, and so checked for personal identifiers. */
const PERSONAL_TEXT_FIELDS = ['name', 'unit', 'position', 'citation', 'sortKey'] as const;

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

/** "(Truy tặng)", "- truy tặng", "Truy tặng:" marking a text: taken off, the mark kept as a flag. */
const POSTHUMOUS_MARK = /\s*[([]\s*truy tặng\s*[)\]]\s*|\s*[-–,;]\s*truy tặng\s*$|^\s*truy tặng\s*[:\-–]?\s*/giu;
const saysPosthumous = (text: string) => foldVietnamese(text).includes('truy tang');
const unmark = (text: string) => cellLine(text.replace(POSTHUMOUS_MARK, ' '));

/** What the parts of a row's reading share: a cell's text, a field's column, a problem at a column. */
interface RowTools {
  cellAt: (index: number | undefined) => string;
  at: (field: ImportColumn) => number | undefined;
  report: (index: number | undefined, severity: ImportProblem['severity'], message: Message) => void;
}

/**
 * The unit (a unit id, or free text on request) and the position, from "Đơn vị", "Chức vụ" and
 * "Chức vụ, đơn vị công tác" (split into the position and a unit of the site when one is named).
 */
function readUnitAndPosition(
  { cellAt, at, report }: RowTools,
  units: UnitMatcher,
  options: RowOptions,
  read: RowRead,
): { unit?: string | undefined; position: string } {
  let position = unmark(cellAt(at('position')));
  let unit: string | undefined;
  const unitCell = cellAt(at('unit'));
  if (unitCell) {
    unit = units.match(unitCell);
    if (!unit && options.freeTextUnits) unit = unitCell;
    else if (!unit) {
      const suggestions = units.suggest(unitCell);
      report(at('unit'), 'error', {
        vi: `Không có đơn vị "${unitCell}" trong content/units (kể cả tên cũ). Nếu đúng là nơi công tác không cần trang riêng, chạy lại với --don-vi-tu-do để giữ nguyên văn.`,
        en: `No unit "${unitCell}" in content/units (former names included). If it is a workplace that needs no page, run again with --free-text-units to keep it as text.`,
        found: JSON.stringify(unitCell),
        ...(suggestions.length ? { suggestions } : {}),
      });
    }
  }
  const combined = unmark(cellAt(at('positionUnit')));
  if (!combined) return { unit, position };
  const split = splitPositionUnit(combined, units);
  if (split.unit && !unit) {
    read.split = { unit: split.unit, text: split.unitText as string };
    return { unit: split.unit.id, position: [position, split.position].filter(Boolean).join(', ') };
  }
  if (!split.unit) read.unsplit = combined;
  position = [position, combined].filter(Boolean).join(', ');
  return { unit, position };
}

/** A cell merged down over several recipients ("Thành tích" shared by a group) reads as its text in each. */
function mergedDown(grid: Grid, rowNumber: number, column: number): string {
  const merge = mergeCovering(grid, rowNumber, column);
  if (!merge || merge.top === rowNumber || merge.left !== column) return '';
  return cellLine(grid.rows.find((row) => row.number === merge.top)?.cells[column] ?? '');
}

/** A sheet kind from its name: a sheet called "Cá nhân" lists individuals. */
export function kindOfSheet(name: string): RecipientKind | undefined {
  return parseKind(name.replace(/^\d+[.)]?\s*/, ''));
}

export function readRecipientRow(
  grid: Grid,
  header: Header,
  data: DataRow,
  units: UnitMatcher,
  options: RowOptions = {},
): RowRead {
  const { row } = data;
  const problems: ImportProblem[] = [];
  const key = rowKey(grid.name, row.number);
  const where = (index: number | undefined) => ({
    ...(grid.isSheet ? { sheet: grid.name } : {}),
    place: rowPlace(row),
    ...(index === undefined ? {} : { column: columnLabel(header, index) }),
    rowKey: key,
  });
  const report = (index: number | undefined, severity: ImportProblem['severity'], message: Message) =>
    problems.push({ ...where(index), ...message, severity });

  /** A cell as one line; legacy encodings converted on request, invisible characters taken off. */
  const cellAt = (index: number | undefined): string => {
    if (index === undefined) return '';
    const text = cellLine(row.cells[index] ?? '') || mergedDown(grid, row.number, index);
    const legacy = text ? detectLegacyEncoding(text) : null;
    // Without --chuyen-ma the schema reports the garbled text, once, with its fix.
    if (legacy && !options.convertLegacy) return text;
    if (legacy) {
      report(index, 'warning', {
        vi: `Đã chuyển chữ từ bảng mã ${LEGACY_ENCODING_LABELS[legacy.encoding]} sang Unicode: "${legacy.text}".`,
        en: `Converted text from the ${legacy.encoding.toUpperCase()} encoding to Unicode: "${legacy.text}".`,
        found: JSON.stringify(text),
      });
      return legacy.text;
    }
    const invisible = INVISIBLE_CHARACTERS.exec(text);
    if (!invisible) return text;
    report(index, 'warning', {
      vi: `Đã bỏ ký tự vô hình ${codePointLabel(invisible[0])} (thường do sao chép từ Word).`,
      en: `Removed the invisible character ${codePointLabel(invisible[0])} (usually pasted from Word).`,
    });
    return cellLine(text.replace(new RegExp(INVISIBLE_CHARACTERS.source, 'gu'), ''));
  };
  const at = (field: ImportColumn) => columnFor(header, field);

  // "Truy tặng" in any column (the name, the note, its own column) marks the award posthumous.
  const posthumousAt = [...header.columns.keys()].filter((index) => saysPosthumous(row.cells[index] ?? ''));
  const posthumousIn = posthumousAt.map((index) => columnLabel(header, index));
  const name = unmark(cellAt(at('name')));
  const kindCell = cellAt(at('kind'));
  const kind =
    (kindCell ? parseKind(kindCell) : undefined) ??
    data.sectionKind ??
    kindImpliedBy(header.labels[at('name') ?? -1] ?? '') ??
    kindOfSheet(grid.name) ??
    options.defaultKind ??
    guessKind(name);
  if (kindCell && !parseKind(kindCell)) {
    report(at('kind'), 'error', {
      vi: 'Không rõ là cá nhân, tập thể hay hộ gia đình.',
      en: 'Not a known recipient kind.',
      found: JSON.stringify(kindCell),
      allowedVi: 'Cá nhân, Tập thể, Hộ gia đình (hoặc ca-nhan, tap-the, ho-gia-dinh)',
      allowedEn: 'ca-nhan, tap-the, ho-gia-dinh',
    });
  }
  const posthumousCell = cellAt(at('posthumous'));
  if (posthumousCell && readYesNo(posthumousCell) === undefined && !saysPosthumous(posthumousCell)) {
    report(at('posthumous'), 'error', {
      vi: 'Cột truy tặng chỉ nhận "x", "có", "Truy tặng" hoặc để trống.',
      en: 'The posthumous column takes "x", "có", "Truy tặng" or nothing.',
      found: JSON.stringify(posthumousCell),
    });
  }
  const posthumous = posthumousIn.length > 0 || readYesNo(posthumousCell) === true;

  const read: RowRead = {
    sheet: grid.name,
    place: rowPlace(row),
    problems,
    ...(posthumousIn.length ? { posthumousIn } : {}),
  };
  const { unit, position } = readUnitAndPosition({ cellAt, at, report }, units, options, read);
  const note = unmark(cellAt(at('note')));
  if (note) read.note = note;

  const recipient: ImportedRecipient = { sheet: grid.name, row: row.number, name, kind };
  if (unit) recipient.unit = unit;
  if (position) recipient.position = position;
  const citation = unmark(cellAt(at('citation')));
  if (citation) recipient.citation = citation;
  if (posthumous) recipient.posthumous = true;
  const sortKey = cellAt(at('sortKey'));
  if (sortKey) recipient.sortKey = sortKey;

  /** The column a field was read from. */
  const columnOf = (field: ImportColumn) =>
    (field === 'posthumous' ? posthumousAt[0] : undefined) ??
    at(field) ??
    (field === 'unit' || field === 'position' ? at('positionUnit') : undefined) ??
    at('name');
  // A telephone or identity-card number refuses the row, as the content check would; never printed.
  for (const field of PERSONAL_TEXT_FIELDS) {
    const text = recipient[field];
    if (!text) continue;
    for (const problem of personalDataProblems(text, THIS_FIELD))
      report(columnOf(field), problem.severity, problem.message);
  }
  // The content model's own rules and words, so the written annex passes `npm run check`.
  const fields: Record<string, unknown> = { ...recipient };
  delete fields['sheet'];
  delete fields['row'];
  const parsed = recipientSchema.safeParse(fields, { reportInput: true });
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    report(columnOf(String(issue.path[0] ?? 'name') as ImportColumn), 'error', describeIssue(issue));
  }
  if (data.unnumbered) {
    report(at('index'), 'error', {
      vi: 'Dòng này không có STT, các dòng trên thì có: nếu đây là một người (tập thể) được khen, hãy ghi STT; nếu là phần tiếp theo của dòng trên, hãy gộp vào dòng đó.',
      en: 'This row has no number while the rows above have one: if it is a recipient, number it; if it continues the row above, merge it into that row.',
      found: JSON.stringify(row.cells.filter(Boolean).join(' | ')),
    });
  }
  if (!problems.some((p) => p.severity === 'error')) read.recipient = recipient;
  return read;
}
