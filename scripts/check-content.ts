/**
 * `npm run check`: validate all content without building pages, with the build's messages,
 * then a summary (files per collection, errors, warnings, time).
 *
 * Exit codes (for CI and hooks): 0 valid (warnings allowed) · 1 errors · 2 the check could not
 * run (no taxonomy file, unreadable folder…).
 * `--noi-dung <dir>` / `--content <dir>` or BANG_VANG_CONTENT check another content folder.
 */
import { parseArgs } from 'node:util';
import { checkContent } from '../src/io/check-content.ts';
import { formatReport } from '../src/validation/format.ts';
import { formatSummary } from '../src/validation/summary.ts';
import { CONTENT_DIR, TAXONOMY_FILE } from '../src/project.ts';

function main(): number {
  const { values } = parseArgs({
    options: { 'noi-dung': { type: 'string' }, content: { type: 'string' } },
    allowPositionals: false,
  });
  const contentDir = values['noi-dung'] ?? values.content ?? CONTENT_DIR;
  const started = performance.now();
  const result = checkContent({ root: process.cwd(), contentDir, taxonomyFile: TAXONOMY_FILE });
  console.log(formatReport(result.diagnostics));
  console.log(`\n${formatSummary({ result, files: result.files, ms: performance.now() - started })}`);
  return result.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}

try {
  process.exitCode = main();
} catch (error) {
  // Never a stack trace: say what went wrong in both languages.
  console.error(`Không kiểm tra được nội dung / The check could not run: ${(error as Error).message ?? String(error)}`);
  process.exitCode = 2;
}
