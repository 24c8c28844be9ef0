/**
 * `npm run qr` (issue 19): the label sheet of a sample decision, rendered to images (pdfjs-dist,
 * drawing with @napi-rs/canvas), every QR code decoded (jsqr), and every address opened on the
 * built sample site in Chromium: the record shown is that label's recipient. The SVG and PNG
 * images decode to the same addresses. A proposal, a revoked decision and an unknown name get a
 * bilingual message and no file.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LABELS_PER_PAGE, MM, labelBox, labelParts } from '../../src/verify/qr/label-sheet.ts';
import { ROOT } from '../helpers/build.ts';
import { launchBrowser, serve } from '../helpers/browser.ts';
import { sampleSite } from '../helpers/sample-site.ts';
import { readOpenDataJson } from '../helpers/open-data.ts';

const DECISION = 'lao-cai-bang-khen-khoi-huyen-2023';
const NUMBER = '156/QĐ-UBND';
const SITE = 'https://bangvang.example.vn';
const DPI = 200;
const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$/m;

function qr(...args: string[]) {
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/qr-labels.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, FORCE_COLOR: '0', BANG_VANG_CONTENT: 'content' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Each label's QR code, read from the rendered page: the page's labels in order, null where none reads. */
async function decodeLabels(pdf: PDFDocumentProxy): Promise<(string | null)[]> {
  const found: (string | null)[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const viewport = page.getViewport({ scale: DPI / 72 });
    // pdf.js's own canvas in Node (@napi-rs/canvas, its optional dependency).
    const factory = pdf.canvasFactory as {
      create(width: number, height: number): { canvas: HTMLCanvasElement; context: CanvasRenderingContext2D };
    };
    const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
    await page.render({ canvas, canvasContext: context, viewport }).promise;
    for (let i = 0; i < LABELS_PER_PAGE; i++) {
      const { qr: box } = labelParts(labelBox(i));
      // PDF points from the bottom left to pixels from the top left, with a little white around.
      const scale = DPI / 72;
      const margin = 2 * MM * scale;
      const x = Math.max(0, Math.floor(box.x * scale - margin));
      const y = Math.max(0, Math.floor(viewport.height - (box.y + box.height) * scale - margin));
      const side = Math.ceil(box.width * scale + 2 * margin);
      const image = context.getImageData(x, y, side, side);
      found.push(jsQR(image.data, image.width, image.height)?.data ?? null);
    }
  }
  return found;
}

describe('npm run qr: the QR labels of a decision', () => {
  const work = mkdtempSync(join(tmpdir(), 'bang-vang-qr-'));
  let browser: Browser;
  let server: { url: string; stop: () => Promise<void> };
  /** The decision's recipients by code, from the built site's open data. */
  const names = new Map<string, string>();

  beforeAll(async () => {
    const run = sampleSite();
    if (run.status !== 0) throw new Error(run.output);
    for (const row of readOpenDataJson(run.outDir)) {
      if (row['decision'] === NUMBER) names.set(String(row['code']), String(row['name']));
    }
    server = await serve(run.outDir);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  it('prints one label per recipient, each QR code opening that recipient’s record on the site', async () => {
    const out = join(work, 'nhan.pdf');
    const run = qr(DECISION, '--out', out);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(`Đã ghi ${out}: 40 nhãn trên 2 trang, khổ A4, 3 × 8 nhãn 70 × 37 mm`);
    const pdf = await getDocument({ data: new Uint8Array(readFileSync(out)), verbosity: 0 }).promise;
    expect(pdf.numPages).toBe(2);
    const [page] = [await pdf.getPage(1)];
    const { width, height } = page.getViewport({ scale: 1 });
    expect([Math.round(width / MM), Math.round(height / MM)]).toEqual([210, 297]);

    const decoded = (await decodeLabels(pdf)).slice(0, names.size);
    expect(names.size).toBe(40);
    expect(decoded.every((url) => url?.startsWith(`${SITE}/xac-minh/?ma=`))).toBe(true);
    const codes = decoded.map((url) => new URL(url as string).searchParams.get('ma') as string);
    expect(new Set(codes)).toEqual(new Set(names.keys()));

    // The text is real text in Be Vietnam Pro: every name and code can be read back from the PDF.
    let text = '';
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      text += content.items.map((item) => ('str' in item ? item.str : '')).join('\n');
    }
    for (const [code, name] of names) {
      expect(text.replace(/\s+/g, ' ')).toContain(code);
      for (const word of name.split(' ')) expect(text).toContain(word);
    }

    const tab = await browser.newPage();
    for (const url of decoded) {
      const { pathname, search } = new URL(url as string);
      await tab.goto(`${server.url}${pathname}${search}`);
      const code = new URL(url as string).searchParams.get('ma') as string;
      await expect.poll(() => tab.locator('.verify-record [data-slot="code"]').textContent()).toBe(code);
      expect(await tab.locator('.verify-record [data-slot="name"]').textContent()).toBe(names.get(code));
      expect(await tab.locator('.verify-record [data-slot="number"]').textContent()).toBe(NUMBER);
    }
    await tab.close();
  });

  it('writes one SVG and one PNG per recipient, each holding the record’s address', async () => {
    const svg = join(work, 'svg');
    const png = join(work, 'png');
    const run = qr(NUMBER, '--svg', svg, '--png', png);
    expect(run.status).toBe(0);
    const tab = await browser.newPage();
    await tab.addScriptTag({ path: createRequire(import.meta.url).resolve('jsqr/dist/jsQR.js') });
    for (const [folder, type] of [
      [svg, 'image/svg+xml'],
      [png, 'image/png'],
    ] as const) {
      const files = readdirSync(folder).sort();
      expect(files).toHaveLength(40);
      for (const file of files.slice(0, 5)) {
        const code = /-([2-9A-Z]{3}-[2-9A-Z]{3}-[2-9A-Z]{3})\.(svg|png)$/.exec(file)?.[1] as string;
        const source = `data:${type};base64,${readFileSync(join(folder, file)).toString('base64')}`;
        // Drawn by Chromium on a canvas and read by jsQR in the page.
        const read = await tab.evaluate(async (src) => {
          const image = new Image();
          image.src = src;
          await image.decode();
          const canvas = document.createElement('canvas');
          canvas.width = 400;
          canvas.height = 400;
          const context = canvas.getContext('2d') as CanvasRenderingContext2D;
          context.fillStyle = '#fff';
          context.fillRect(0, 0, 400, 400);
          context.drawImage(image, 0, 0, 400, 400);
          const data = context.getImageData(0, 0, 400, 400);
          const decode = (window as unknown as { jsQR: typeof jsQR }).jsQR;
          return decode(data.data, 400, 400)?.data ?? null;
        }, source);
        expect(read).toBe(`${SITE}/xac-minh/?ma=${code}`);
        expect(names.has(code)).toBe(true);
      }
    }
    await tab.close();
  });

  it('refuses a proposal, a revoked decision and an unknown one, in Vietnamese and English, writing nothing', () => {
    const out = join(work, 'khong-co.pdf');
    const cases: [string, string[]][] = [
      [
        'ninh-binh-cum-1-de-nghi-bang-khen-2025',
        [
          '03/TTr-CTĐ1 là đề nghị khen thưởng, chưa phải quyết định: không in nhãn xác minh cho một đề nghị.',
          '03/TTr-CTĐ1 is a proposal, not an award decision: no verification labels are printed for a proposal.',
        ],
      ],
      [
        'nam-truc-giay-khen-2022',
        [
          'Quyết định 1502/QĐ-UBND đã bị thu hồi: không in nhãn cho khen thưởng đã thu hồi. Hãy in nhãn của quyết định thay thế 1561/QĐ-UBND: npm run qr -- nam-truc-giay-khen-2022-thay-the',
          'Decision 1502/QĐ-UBND has been revoked: no labels are printed for a revoked award. Print the labels of the decision that replaced it, 1561/QĐ-UBND: npm run qr -- nam-truc-giay-khen-2022-thay-the',
        ],
      ],
      [
        'lao-cai-bang-khen',
        [
          'Không có quyết định nào có tên tệp hoặc số "lao-cai-bang-khen" trong content/awards/.',
          '  Có phải bạn muốn viết: lao-cai-bang-khen-khoi-huyen-2023 (156/QĐ-UBND)?',
          'No decision has the file name or number "lao-cai-bang-khen" in content/awards/.',
          '  Did you mean: lao-cai-bang-khen-khoi-huyen-2023 (156/QĐ-UBND)?',
        ],
      ],
    ];
    for (const [wanted, message] of cases) {
      const run = qr(wanted, '--out', out);
      expect(run.status).toBe(1);
      expect(run.stderr.trim()).toBe(message.join('\n'));
      expect(run.stderr).not.toMatch(STACK_TRACE);
      expect(existsSync(out)).toBe(false);
    }
    const usage = qr();
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('Cách dùng: npm run qr --');
  });
});
