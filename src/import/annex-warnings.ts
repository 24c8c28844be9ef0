/**
 * What the importer tells the officer once per column or per sheet rather than once per row:
 * columns it does not read, hidden rows, columns and sheets, units it could not find in
 * "Chức vụ, đơn vị công tác", notes it does not import. Pure.
 */
import type { Grid } from './grid.ts';
import type { ImportProblem } from './problem.ts';
import type { RowRead } from './recipient-row.ts';
import { columnFor, columnLabel, type AnnexPart } from './structure.ts';

const sheetOf = (grid: Grid) => (grid.isSheet ? { sheet: grid.name } : {});

/** "dòng 8, 9, 12, … (37 dòng)": rows named, at most ten. */
function listRows(places: { vi: string; en: string }[]): { vi: string; en: string } {
  const shown = places.slice(0, 10);
  const more = places.length > shown.length ? `, … (${places.length})` : '';
  return { vi: shown.map((p) => p.vi).join(', ') + more, en: shown.map((p) => p.en).join(', ') + more };
}

export function headerProblems(part: AnnexPart): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const sheet = sheetOf(part.grid);
  for (const { header } of part.tables) {
    const place = part.grid.rows[header.rows[0] as number];
    const at = {
      ...sheet,
      ...(place ? { place: place.place ?? { vi: `dòng ${place.number}`, en: `row ${place.number}` } } : {}),
    };
    for (const [index, text] of header.unknown) {
      problems.push({
        severity: 'warning',
        ...at,
        column: columnLabel(header, index),
        vi: `Cột "${text}" không dùng đến, bỏ qua.`,
        en: `Column "${text}" is not used and is ignored.`,
      });
    }
    for (const [index, column] of header.columns) {
      if (column !== 'unused') continue;
      problems.push({
        severity: 'warning',
        ...at,
        column: columnLabel(header, index),
        vi: 'Cột này không được nhập: năm sinh, giới tính, số định danh… không đăng lên trang.',
        en: 'This column is not imported: birth dates, sex, identity numbers… are not published.',
      });
    }
    for (const duplicate of header.duplicates) {
      problems.push({
        severity: 'error',
        ...at,
        column: columnLabel(header, duplicate.index),
        vi: `Hai cột cùng chứa "${duplicate.column}": chỉ giữ một cột.`,
        en: `Two columns hold "${duplicate.column}": keep only one.`,
        found: JSON.stringify(duplicate.header),
      });
    }
  }
  for (const hidden of part.hiddenColumns) {
    problems.push({
      severity: 'warning',
      ...sheet,
      column: hidden.label
        ? `${String.fromCharCode(65 + hidden.index)} (${hidden.label})`
        : String.fromCharCode(65 + hidden.index),
      vi: 'Cột này bị ẩn trong Excel nên không được đọc (bản in của quyết định không có nó). Nếu cần, bỏ ẩn cột hoặc chạy lại với --doc-ca-phan-an.',
      en: 'This column is hidden in Excel and is not read (the printed decision does not show it). Unhide it, or run again with --include-hidden.',
    });
  }
  return problems;
}

export function groupedWarnings(
  parts: AnnexPart[],
  rows: RowRead[],
  skipped: { grid: Grid; reason: string }[],
): ImportProblem[] {
  const problems: ImportProblem[] = [];
  for (const part of parts) {
    const hidden = part.leftOut.filter((left) => left.reason === 'hidden');
    if (!hidden.length) continue;
    const list = listRows(
      hidden.map((left) => left.row.place ?? { vi: `dòng ${left.row.number}`, en: `row ${left.row.number}` }),
    );
    problems.push({
      severity: 'warning',
      ...sheetOf(part.grid),
      vi: `${hidden.length} dòng bị ẩn trong Excel, không nhập: ${list.vi}. Nếu họ có trong quyết định, bỏ ẩn các dòng này hoặc chạy lại với --doc-ca-phan-an.`,
      en: `${hidden.length} row(s) hidden in Excel, not imported: ${list.en}. If they belong to the decision, unhide them or run again with --include-hidden.`,
      found: JSON.stringify(hidden[0]?.text ?? ''),
    });
  }
  for (const { grid, reason } of skipped) {
    if (reason === 'notChosen' || !grid.rows.some((row) => row.cells.some(Boolean))) continue;
    problems.push({
      severity: 'warning',
      ...sheetOf(grid),
      ...(reason === 'hidden'
        ? {
            vi: 'Trang tính này bị ẩn nên không được đọc. Nếu nó thuộc danh sách, bỏ ẩn hoặc chạy lại với --doc-ca-phan-an.',
            en: 'This sheet is hidden and is not read. If it belongs to the list, unhide it or run again with --include-hidden.',
          }
        : {
            vi: 'Không thấy bảng danh sách trong trang tính này (cần cột "Họ và tên" hoặc "Tên tập thể"): bỏ qua.',
            en: 'No list found on this sheet (it needs a "Họ và tên" or "Tên tập thể" column): skipped.',
          }),
    });
  }
  const groups: [keyof RowRead, (count: number, list: { vi: string; en: string }) => { vi: string; en: string }][] = [
    [
      'unsplit',
      (n, list) => ({
        vi: `Ở ${n} dòng (${list.vi}), phần đơn vị trong "Chức vụ, đơn vị công tác" không khớp đơn vị nào của trang (kể cả tên cũ): giữ nguyên văn làm chức vụ, người đó không hiện trên trang đơn vị. Nếu là đơn vị của trang, sửa tên cho đúng.`,
        en: `In ${n} row(s) (${list.en}), the unit in "Chức vụ, đơn vị công tác" matches none of the site's units (former names included): kept whole as the position, and the person is not shown on a unit page. If it is one of the site's units, correct its name.`,
      }),
    ],
    [
      'note',
      (n, list) => ({
        vi: `Cột ghi chú có nội dung ở ${n} dòng (${list.vi}): chỉ "Truy tặng" được nhập, phần còn lại bỏ qua.`,
        en: `The notes column has text in ${n} row(s) (${list.en}): only "Truy tặng" is imported, the rest is ignored.`,
      }),
    ],
  ];
  for (const [field, message] of groups) {
    const with_ = rows.filter((row) => row[field] !== undefined);
    if (!with_.length) continue;
    const first = with_[0] as RowRead;
    const part = parts.find((p) => p.grid.name === first.sheet);
    const header = part?.tables[0]?.header;
    const index = header ? columnFor(header, field === 'unsplit' ? 'positionUnit' : 'note') : undefined;
    problems.push({
      severity: 'warning',
      ...(part ? sheetOf(part.grid) : {}),
      ...(header && index !== undefined ? { column: columnLabel(header, index) } : {}),
      ...message(with_.length, listRows(with_.map((row) => row.place))),
      found: JSON.stringify(first[field]),
    });
  }
  return problems;
}
