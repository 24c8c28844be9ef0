/** Print diagnostics for a press officer: Vietnamese first, English after, one block each. */
import type { Diagnostic } from './diagnostic.ts';

function location(d: Diagnostic): string {
  return `${d.file}${d.line ? `:${d.line}` : ''}`;
}

export function formatDiagnostic(d: Diagnostic): string {
  const lines: string[] = [];
  const mark = d.severity === 'error' ? '✖ Lỗi / Error' : '⚠ Cảnh báo / Warning';
  lines.push(`${mark}: ${location(d)}${d.field ? ` — trường / field \`${d.field}\`` : ''}`);
  lines.push(`  ${d.vi}`);
  if (d.found !== undefined) lines.push(`    Giá trị hiện có: ${d.found}`);
  if (d.allowedVi) lines.push(`    Giá trị hợp lệ: ${d.allowedVi}`);
  if (d.suggestions?.length) lines.push(`    Có phải bạn muốn viết: ${d.suggestions.join(', ')}?`);
  lines.push(`  ${d.en}`);
  if (d.found !== undefined) lines.push(`    Found: ${d.found}`);
  if (d.allowedEn) lines.push(`    Allowed: ${d.allowedEn}`);
  if (d.suggestions?.length) lines.push(`    Did you mean: ${d.suggestions.join(', ')}?`);
  return lines.join('\n');
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
