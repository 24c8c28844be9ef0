/**
 * `npm run check`: validate all content without building pages. Prints every problem,
 * Vietnamese first, and exits 1 when there is an error (for CI and pre-commit hooks).
 */
import { checkContent } from '../src/io/check-content.ts';
import { formatReport } from '../src/validation/format.ts';
import { CONTENT_DIR, TAXONOMY_FILE } from '../src/project.ts';

const started = performance.now();
const result = checkContent({ root: process.cwd(), contentDir: CONTENT_DIR, taxonomyFile: TAXONOMY_FILE });
const counts = new Map<string, number>();
for (const entry of result.entries) counts.set(entry.collection, (counts.get(entry.collection) ?? 0) + 1);
console.log(formatReport(result.diagnostics));
const summary = [...counts].map(([collection, count]) => `${collection}: ${count}`).join(', ');
console.log(`\n${summary || 'no entries'} — ${Math.round(performance.now() - started)} ms`);
process.exitCode = result.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
