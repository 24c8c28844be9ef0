/** The closing summary of `npm run check`: what was read, what is wrong, how long it took. */
import { COLLECTIONS, LAYOUT, type CollectionName } from '../content-model/collections.ts';
import type { ValidationResult } from './types.ts';

export interface CheckSummaryInput {
  result: ValidationResult;
  /** Files read per collection (valid or not). */
  files: Record<CollectionName, number>;
  /** Time taken, in milliseconds. */
  ms: number;
}

const number = (n: number) => new Intl.NumberFormat('vi-VN').format(n);

export function formatSummary({ result, files, ms }: CheckSummaryInput): string {
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = result.diagnostics.length - errors;
  const recipients = result.entries
    .filter((e) => e.collection === 'awards')
    .reduce((sum, e) => sum + ((e.data['recipients'] as unknown[] | undefined)?.length ?? 0), 0);
  const vi = COLLECTIONS.map((c) => {
    const extra = c === 'awards' && recipients ? ` (${number(recipients)} lượt khen)` : '';
    return `${LAYOUT[c].labelVi}: ${number(files[c])}${extra}`;
  }).join(' · ');
  const en = COLLECTIONS.map(
    (c) => `${c}: ${files[c]}${c === 'awards' && recipients ? ` (${recipients} recipients)` : ''}`,
  ).join(' · ');
  const seconds = (ms / 1000).toFixed(2);
  return [
    'Tóm tắt / Summary',
    `  ${vi}`,
    `  ${en}`,
    `  Lỗi / errors: ${errors} · Cảnh báo / warnings: ${warnings} · ${seconds.replace('.', ',')} giây / ${seconds} s`,
  ].join('\n');
}
