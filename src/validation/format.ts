/** Print diagnostics for a press officer: Vietnamese first, English after, one block each. */
import type { Diagnostic, Message } from './diagnostic.ts';

function location(d: Diagnostic): string {
  return `${d.file}${d.line ? `:${d.line}` : ''}`;
}

/**
 * One problem as a block: the mark and where it is on the first line, then what is wrong, what
 * was found, what is allowed and the closest valid values, in Vietnamese and then in English.
 * Shared by the content check and the annex importer (which says where by sheet, row and column).
 */
export function formatMessage(severity: 'error' | 'warning', where: string, message: Message): string {
  const lines: string[] = [];
  const mark = severity === 'error' ? '✖ Lỗi / Error' : '⚠ Cảnh báo / Warning';
  lines.push(`${mark}: ${where}`);
  lines.push(`  ${message.vi}`);
  if (message.found !== undefined) lines.push(`    Giá trị hiện có: ${message.found}`);
  if (message.allowedVi) lines.push(`    Giá trị hợp lệ: ${message.allowedVi}`);
  if (message.suggestions?.length) lines.push(`    Có phải bạn muốn viết: ${message.suggestions.join(', ')}?`);
  lines.push(`  ${message.en}`);
  if (message.found !== undefined) lines.push(`    Found: ${message.found}`);
  if (message.allowedEn) lines.push(`    Allowed: ${message.allowedEn}`);
  if (message.suggestions?.length) lines.push(`    Did you mean: ${message.suggestions.join(', ')}?`);
  return lines.join('\n');
}

export function formatDiagnostic(d: Diagnostic): string {
  return formatMessage(d.severity, `${location(d)}${d.field ? ` — trường / field \`${d.field}\`` : ''}`, d);
}

/** @param mode `build` (the default) stops on errors; `dev` keeps serving without the broken files. */
export function formatReport(diagnostics: Diagnostic[], mode: 'build' | 'dev' = 'build'): string {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const warnings = diagnostics.length - errors.length;
  const files = new Set(errors.map((d) => d.file)).size;
  const body = diagnostics.map(formatDiagnostic).join('\n\n');
  const summary = errors.length
    ? `Nội dung có ${errors.length} lỗi trong ${files} tệp${warnings ? ` và ${warnings} cảnh báo` : ''}. ` +
      (mode === 'dev'
        ? 'Trang xem thử đang chạy không có các tệp lỗi; hãy sửa chúng.\n'
        : 'Hãy sửa rồi chạy lại; trang web chưa được tạo.\n') +
      `The content has ${errors.length} error(s) in ${files} file(s)${warnings ? ` and ${warnings} warning(s)` : ''}. ` +
      (mode === 'dev'
        ? 'The dev server runs without the broken files; fix them.'
        : 'Fix them and run again; the site was not built.')
    : `Nội dung hợp lệ${warnings ? `, có ${warnings} cảnh báo` : ''}.\nThe content is valid${warnings ? `, with ${warnings} warning(s)` : ''}.`;
  return body ? `${body}\n\n${summary}` : summary;
}
