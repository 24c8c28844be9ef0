/**
 * What the importer prints: each problem with the content check's own block format
 * (validation/format.ts), located by sheet, row and column; then one screen that says what would
 * be written — the decision, the award, the recipients by kind and by unit, the rows left out and
 * why — before anything is. Pure: text out.
 */
import { RECIPIENT_KIND_LABELS } from '../i18n/labels.ts';
import type { RecipientKind } from '../schemas/common.ts';
import type { Taxonomy } from '../schemas/taxonomy.ts';
import { formatMessage } from '../validation/format.ts';
import { redactDiagnostic } from '../validation/redact.ts';
import { redactIdentifiers } from '../domain/personal-data.ts';
import type { AnnexResult } from './annex.ts';
import type { DecisionField } from './decision.ts';
import type { ImportProblem, Where } from './problem.ts';
import type { LeftOutReason } from './structure.ts';

/** "dòng/row 12"; "bảng 2, hàng 5 / table 2, row 5" in Word. */
function placeText(place: { vi: string; en: string }): string {
  const row = /^dòng (\d+)$/.exec(place.vi);
  return row ? `dòng/row ${row[1]}` : `${place.vi} / ${place.en}`;
}

/** "ds.xlsx — trang tính/sheet "Cá nhân", dòng/row 12, cột/column B (Họ và tên)". */
export function describeWhere(where: Where, file: string): string {
  const parts = [
    where.sheet !== undefined ? `trang tính/sheet "${where.sheet}"` : undefined,
    where.place ? placeText(where.place) : undefined,
    where.column !== undefined ? `cột/column ${where.column}` : undefined,
    where.option !== undefined ? `tùy chọn/option ${where.option}` : undefined,
  ].filter(Boolean);
  return `${file}${parts.length ? ` — ${parts.join(', ')}` : ''}`;
}

/** Problems in file order (options last), at most `limit` printed in full. */
export function formatProblems(problems: ImportProblem[], file: string, limit = 200): string {
  // The numbers a row is refused for are never printed (the report may be pasted into a ticket or a log).
  const shown = problems
    .slice(0, limit)
    .map((p) => formatMessage(p.severity, redactIdentifiers(describeWhere(p, file)), redactDiagnostic(p)));
  if (problems.length > limit) {
    shown.push(`… và ${problems.length - limit} vấn đề nữa / and ${problems.length - limit} more.`);
  }
  return shown.join('\n\n');
}

const REASONS: Record<LeftOutReason, [string, string]> = {
  header: ['tiêu đề cột', 'column headers'],
  continuation: ['dòng nối tiếp, ghép vào dòng trên (ô STT gộp)', 'second lines joined to the row above (merged STT)'],
  repeatedHeader: ['tiêu đề cột in lại ở đầu trang', 'headers repeated on a new page'],
  columnNumbers: ['dòng đánh số cột', 'column numbers'],
  section: ['dòng chia mục', 'section rows'],
  note: ['ghi chú dưới bảng', 'notes under the table'],
  signature: ['khối chữ ký', 'signature block'],
  hidden: ['dòng bị ẩn', 'hidden rows'],
};

const FIELD_NAMES: Partial<Record<DecisionField | 'signer', string>> = {
  decision: 'Số / Number',
  signed: 'Ngày ký / Signed',
  issuer: 'Cơ quan / Issuer',
  issuerUnit: 'Đơn vị ban hành / Issuing unit',
  award: 'Hình thức / Award',
  class: 'Hạng / Class',
  period: 'Năm thành tích / Period',
  signer: 'Người ký / Signer',
};

/** "dòng 5–6, 21": row numbers as ranges. */
function ranges(numbers: number[]): string {
  const out: string[] = [];
  for (const n of [...numbers].sort((a, b) => a - b)) {
    const last = out.at(-1);
    const match = last ? /(\d+)$/.exec(last) : null;
    if (last && match && Number(match[1]) === n - 1) out[out.length - 1] = `${last.replace(/–\d+$/, '')}–${n}`;
    else out.push(String(n));
  }
  return out.join(', ');
}

function sourceOf(where: Where | undefined): string {
  if (!where) return '';
  if (where.option) return ` (${where.option})`;
  return ` (${[where.sheet && `"${where.sheet}"`, where.place?.vi].filter(Boolean).join(' ')})`;
}

/** The one screen shown before anything is written. */
export function formatSummary(result: AnnexResult, taxonomy: Taxonomy, unitNames: Map<string, string>): string {
  const lines: string[] = ['── Tóm tắt / Summary ──'];
  const { fields, sources } = result.decision;
  for (const field of ['decision', 'signed', 'issuer', 'issuerUnit', 'award', 'class', 'period'] as const) {
    const value = fields[field];
    const required = field !== 'issuerUnit' && field !== 'class';
    let shown = value === undefined ? (required ? 'chưa có / missing (CẦN ĐIỀN)' : '—') : String(value);
    if (field === 'issuer' && value) shown += ` — ${taxonomy.issuers.find((i) => i.id === value)?.name ?? ''}`;
    if (field === 'award' && value) shown += ` — ${taxonomy.awards.find((a) => a.id === value)?.name ?? ''}`;
    if (field === 'issuerUnit' && value) shown += ` — ${unitNames.get(String(value)) ?? ''}`;
    if (value !== undefined || field !== 'class')
      lines.push(`${FIELD_NAMES[field]}: ${shown}${sourceOf(sources[field])}`);
  }
  if (fields.signer)
    lines.push(`${FIELD_NAMES.signer}: ${fields.signer.position}, ${fields.signer.name}${sourceOf(sources.signer)}`);
  const sheets = result.parts.map((part) => part.grid.name);
  if (result.parts.some((part) => part.grid.isSheet))
    lines.push(`Trang tính đã đọc / Sheets read: ${sheets.map((s) => `"${s}"`).join(', ')}`);

  const recipients = result.recipients;
  const byKind = (['tap-the', 'ca-nhan', 'ho-gia-dinh'] as RecipientKind[])
    .map((kind) => [kind, recipients.filter((r) => r.kind === kind).length] as const)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${RECIPIENT_KIND_LABELS[kind]}`);
  const posthumous = recipients.filter((r) => r.posthumous).length;
  lines.push(
    `Sẽ ghi / To write: ${recipients.length} (${byKind.join(', ') || '—'}${posthumous ? `; ${posthumous} truy tặng` : ''})` +
      (result.rejected.length ? `; từ chối / rejected ${result.rejected.length}` : ''),
  );
  const units = new Map<string, number>();
  for (const r of recipients) {
    const label = r.unit ? (unitNames.get(r.unit) ?? r.unit) : 'chưa rõ đơn vị / no unit';
    units.set(label, (units.get(label) ?? 0) + 1);
  }
  const top = [...units].sort((a, b) => b[1] - a[1]);
  const shown = top.slice(0, 8).map(([label, n]) => `${label} ${n}`);
  if (top.length > 8) shown.push(`… ${top.length - 8} đơn vị khác / more units`);
  lines.push(`Theo đơn vị / By unit: ${shown.join(' · ') || '—'}`);
  const split = result.rows.filter((row) => row.split && row.recipient);
  if (split.length) {
    const byText = new Map<string, number>();
    for (const row of split) {
      const { unit, text } = row.split as NonNullable<typeof row.split>;
      const label = `"${text}" → ${unit.id}${unit.formerName ? ` (tên cũ của ${unit.name})` : ''}`;
      byText.set(label, (byText.get(label) ?? 0) + 1);
    }
    const list = [...byText].slice(0, 4).map(([label, n]) => `${label} ×${n}`);
    lines.push(
      `Đơn vị tách từ "Chức vụ, đơn vị công tác" / Units found in positions: ${list.join('; ')}${byText.size > 4 ? '; …' : ''}`,
    );
  }
  lines.push('Dòng không nhập / Rows left out:');
  for (const part of result.parts) {
    const byReason = new Map<LeftOutReason, number[]>();
    for (const left of part.leftOut) byReason.set(left.reason, [...(byReason.get(left.reason) ?? []), left.row.number]);
    const where = part.grid.isSheet ? `"${part.grid.name}" ` : '';
    const text = [...byReason].map(
      ([reason, rows]) =>
        `${REASONS[reason][0]} (${part.grid.isSheet || !part.grid.rows[0]?.place ? `dòng ${ranges(rows)}` : `${rows.length}`})`,
    );
    if (text.length) lines.push(`  ${where}${text.join('; ')}`);
  }
  for (const skipped of result.skipped) {
    lines.push(
      `  trang tính / sheet "${skipped.grid.name}": ${{ hidden: 'bị ẩn / hidden', notChosen: 'không chọn / not chosen', noTable: 'không có bảng / no table' }[skipped.reason]}`,
    );
  }
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  const warnings = result.problems.length - errors;
  lines.push(
    `Lỗi / Errors: ${errors} · Cảnh báo / Warnings: ${warnings}${result.problems.length ? ' (chi tiết ở trên / details above)' : ''}`,
  );
  return redactIdentifiers(lines.join('\n'));
}
