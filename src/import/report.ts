/** Print an import's problems for a press officer: one block each, Vietnamese first, then English. */
import type { ImportProblem } from './problem.ts';

export function formatProblem(problem: ImportProblem, file: string): string {
  const mark = problem.severity === 'error' ? '✖ Lỗi / Error' : '⚠ Cảnh báo / Warning';
  const where = [
    problem.row !== undefined ? `dòng/row ${problem.row}` : undefined,
    problem.column !== undefined ? `cột/column ${problem.column}` : undefined,
    problem.option !== undefined ? `tùy chọn/option ${problem.option}` : undefined,
  ].filter(Boolean);
  const lines = [`${mark}: ${file}${where.length ? ` — ${where.join(', ')}` : ''}`, `  ${problem.vi}`];
  if (problem.found !== undefined) lines.push(`    Giá trị hiện có: ${JSON.stringify(problem.found)}`);
  if (problem.allowedVi) lines.push(`    Giá trị hợp lệ: ${problem.allowedVi}`);
  if (problem.suggestions?.length) lines.push(`    Có phải bạn muốn viết: ${problem.suggestions.join(', ')}?`);
  lines.push(`  ${problem.en}`);
  if (problem.found !== undefined) lines.push(`    Found: ${JSON.stringify(problem.found)}`);
  if (problem.allowedEn) lines.push(`    Allowed: ${problem.allowedEn}`);
  if (problem.suggestions?.length) lines.push(`    Did you mean: ${problem.suggestions.join(', ')}?`);
  return lines.join('\n');
}

/** Problems in file order (rows first, then options), at most `limit` printed in full. */
export function formatProblems(problems: ImportProblem[], file: string, limit = 200): string {
  const sorted = [...problems].sort((a, b) => (a.row ?? Infinity) - (b.row ?? Infinity));
  const shown = sorted.slice(0, limit).map((p) => formatProblem(p, file));
  if (sorted.length > limit) {
    shown.push(`… và ${sorted.length - limit} vấn đề nữa / and ${sorted.length - limit} more.`);
  }
  return shown.join('\n\n');
}
