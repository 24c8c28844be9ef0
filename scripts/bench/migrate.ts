/**
 * Migration benchmark: N saved article pages (the NukeViet, Liferay, SharePoint print and Joomla
 * fixtures, each copy with its own title and old address, photos beside them) migrated by
 * `npm run migrate` into an empty copy of the sample content, timed as the officer's command
 * runs (a fresh Node process, reading, converting, writing): wall ms and pages per second.
 * Goal: 1,000 pages in under a minute. `npx node scripts/bench/migrate.ts [count]` prints the result;
 * scripts/bench/run.ts records it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const PAGES = join(ROOT, 'tests/fixtures/migrate/pages');

export interface MigrateBenchResult {
  pages: number;
  wallMs: number;
  pagesPerSecond: number;
  storiesWritten: number;
  exit: number | null;
}

/** N pages from the fixtures: titles and addresses numbered so each is a story of its own. */
function writePages(dir: string, count: number): void {
  const templates = readdirSync(PAGES).filter((name) => name.endsWith('.html'));
  for (const name of readdirSync(PAGES))
    if (name.endsWith('_files')) cpSync(join(PAGES, name), join(dir, name), { recursive: true });
  for (let i = 0; i < count; i++) {
    const name = templates[i % templates.length] as string;
    const bytes = readFileSync(join(PAGES, name));
    const latin1 = bytes.toString('latin1');
    // Numbers are ASCII in every encoding the fixtures use, so the page keeps its own bytes.
    const numbered = latin1
      .replace(/(<title>|headline">|<h1[^>]*>|print-title"><font[^>]*><b>|asset-title d-inline">)/g, `$1${i} `)
      .replace(/(og:title" content=")/, `$1${i} `)
      .replace(/(\.html|\.aspx|content\/[a-z-]+|id=\d+)(?=["&\s-]|:| -->)/g, `$1-${i}`);
    writeFileSync(join(dir, `${String(i).padStart(4, '0')}-${name}`), Buffer.from(numbered, 'latin1'));
  }
}

export function benchMigrate(count: number): MigrateBenchResult {
  const work = mkdtempSync(join(tmpdir(), 'bang-vang-bench-migrate-'));
  try {
    const pages = join(work, 'pages');
    const content = join(work, 'content');
    cpSync(join(ROOT, 'content'), content, { recursive: true });
    cpSync(PAGES, pages, { recursive: true, filter: (src) => !src.endsWith('.html') });
    writePages(pages, count);
    const started = performance.now();
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/migrate.ts'), pages, '--chuyen-ma'], {
      cwd: ROOT,
      env: { ...process.env, BANG_VANG_CONTENT: content },
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    const wallMs = Math.round(performance.now() - started);
    const written = /đã ghi (\d+) bài/.exec(run.stdout)?.[1];
    return {
      pages: count,
      wallMs,
      pagesPerSecond: Math.round((count / wallMs) * 1000),
      storiesWritten: Number(written ?? 0),
      exit: run.status,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const result = benchMigrate(Number(process.argv[2] ?? 1000));
  console.log(JSON.stringify(result, null, 2));
}
