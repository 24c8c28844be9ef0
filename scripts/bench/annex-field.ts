/**
 * The annex field of the browser editor (/admin/nhap/): what an officer's browser downloads, raw
 * and compressed (widget.js with the editor; importer.js and du-lieu.json once a file is picked;
 * word.js for a Word file only), and how long Chromium takes to read the 5,000-row office-shaped
 * annex of the import benchmark with them, from the file's bytes to the report (three runs in one
 * page: the first includes compiling the importer).
 * `npx node scripts/bench/annex-field.ts` prints the result; scripts/bench/run.ts records it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { annexFieldFiles } from '../../src/io/annex-field-files.ts';
import { launchBrowser } from '../../tests/helpers/chromium.ts';
import { writeAnnexWorkbook } from './import.ts';

const ROOT = resolve(import.meta.dirname, '../..');

export interface AnnexFieldBenchResult {
  files: Record<string, { bytes: number; gzipBytes: number }>;
  rows: number;
  runsMs: number[];
  medianMs: number;
  rowsPerSecond: number;
}

export async function benchAnnexField(rows = 5000, runs = 3): Promise<AnnexFieldBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'bang-vang-annex-field-'));
  const files: AnnexFieldBenchResult['files'] = {};
  for (const [name, read] of Object.entries(await annexFieldFiles(ROOT, 'content', 'src/data/award-taxonomy.yaml'))) {
    const contents = read();
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), contents);
    files[name] = { bytes: Buffer.byteLength(contents), gzipBytes: gzipSync(contents).byteLength };
  }
  await writeAnnexWorkbook(join(dir, 'danh-sach.xlsx'), rows);
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>bench</title>');
  const serveFiles = sirv(dir, { dev: true });
  const server = createServer((req, res) =>
    serveFiles(req, res, () => {
      res.writeHead(404).end();
    }),
  );
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/index.html`);
    const runsMs = await page.evaluate(
      async ({ runs: count, rows: expected }) => {
        const url = '/nhap/importer.js';
        const importer = (await import(url)) as {
          importFile(file: File, request: unknown): Promise<{ accepted: number }>;
        };
        const bytes = await (await fetch('/danh-sach.xlsx')).arrayBuffer();
        const times: number[] = [];
        for (let run = 0; run < count; run++) {
          const started = performance.now();
          const report = await importer.importFile(new File([bytes], 'danh-sach.xlsx'), {
            collection: 'awards',
            form: {},
          });
          times.push(Math.round(performance.now() - started));
          if (report.accepted !== expected) throw new Error(`${report.accepted} rows accepted of ${expected}`);
        }
        return times;
      },
      { runs, rows },
    );
    const medianMs = [...runsMs].sort((a, b) => a - b)[Math.floor(runs / 2)] as number;
    return { files, rows, runsMs, medianMs, rowsPerSecond: Math.round((rows / medianMs) * 1000) };
  } finally {
    await browser.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const result = await benchAnnexField(Number(process.argv[2] ?? 5000));
  for (const [name, size] of Object.entries(result.files)) {
    console.log(`${name}: ${(size.bytes / 1024).toFixed(0)} KB, ${(size.gzipBytes / 1024).toFixed(0)} KB compressed`);
  }
  console.log(`${result.rows} rows in Chromium: ${result.runsMs.join(', ')} ms, median ${result.medianMs} ms`);
}
