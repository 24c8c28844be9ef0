/**
 * The migration's report for the officer, Vietnamese first then English: items read, written,
 * skipped (with why), pictures, award tables made annexes, and what is left to fill, story by
 * story. Pure: the plan in, text out.
 */
import type { MigrationPlan } from './plan.ts';
import { TO_FILL } from './notes.ts';

export interface ReportInput {
  plan: MigrationPlan;
  read: number;
  source: string;
  dryRun: boolean;
  /** Files already there with the same content (a second run). */
  unchanged: number;
}

const MARK = { fill: '✎ Cần điền / To fill', warning: '⚠ Xem lại / Check', info: '✓ Đã làm / Done' } as const;

export function formatMigrationReport({ plan, read, source, dryRun, unchanged }: ReportInput): string {
  const lines: string[] = [];
  const pictures = plan.stories.reduce((n, s) => n + s.images, 0);
  const annexes = plan.stories.flatMap((s) => s.annexes);
  const fills = plan.stories.reduce((n, s) => n + s.notes.filter((x) => x.level === 'fill').length, 0);
  lines.push(`Nguồn / Source: ${source}`);
  for (const story of plan.stories) {
    lines.push(
      '',
      `${dryRun ? '○ Sẽ ghi / Would write' : '● Đã ghi / Written'}: ${story.path}`,
      `  "${story.title}" ← ${story.origin}`,
    );
    if (story.oldAddresses.length) lines.push(`  Địa chỉ cũ / Old address: ${story.oldAddresses.join(', ')}`);
    for (const annex of story.annexes) {
      lines.push(`  Bảng khen thưởng → / Award table → ${annex.yaml} + ${annex.csv} (${annex.rows} dòng / rows)`);
      if (annex.missing.length)
        lines.push(`    ${MARK.fill}: ${annex.yaml}: ${annex.missing.join(', ')} (tìm "${TO_FILL}")`);
      for (const problem of annex.problems) {
        lines.push(
          `    ${problem.severity === 'error' ? '✖' : '⚠'} ${problem.place ? `${problem.place.vi} / ${problem.place.en}` : '?'}${problem.column ? `, cột ${problem.column}` : ''}: ${problem.vi} / ${problem.en}`,
        );
      }
    }
    for (const note of story.notes) {
      lines.push(`  ${MARK[note.level]}${note.field ? ` [${note.field}]` : ''}: ${note.vi}`, `      ${note.en}`);
    }
  }
  if (plan.skipped.length) {
    lines.push('', 'Bỏ qua / Skipped:');
    for (const skip of plan.skipped)
      lines.push(`  – ${skip.origin}${skip.title ? ` "${skip.title}"` : ''}: ${skip.vi} / ${skip.en}`);
  }
  lines.push(
    '',
    `Đọc ${read} mục; ${dryRun ? 'sẽ ghi' : 'đã ghi'} ${plan.stories.length} bài, ${pictures} ảnh, ${annexes.length} bảng khen thưởng thành danh sách kèm quyết định; bỏ qua ${plan.skipped.length}${unchanged ? `; ${unchanged} tệp đã có, giữ nguyên` : ''}. Còn ${fills} chỗ cần điền.`,
    `Read ${read} items; ${dryRun ? 'would write' : 'wrote'} ${plan.stories.length} stories, ${pictures} pictures, ${annexes.length} award tables as decision annexes; skipped ${plan.skipped.length}${unchanged ? `; ${unchanged} files already there, unchanged` : ''}. ${fills} places to fill.`,
  );
  if (dryRun) lines.push('Chạy thử (--chay-thu): chưa ghi tệp nào. / Dry run: nothing was written.');
  else if (plan.stories.length)
    lines.push(
      `Tiếp theo: tìm "${TO_FILL}" trong các tệp trên, điền, rồi chạy npm run check. / Next: fill what is marked, then npm run check.`,
    );
  return lines.join('\n');
}
