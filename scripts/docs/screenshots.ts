/**
 * Screenshots for docs/huong-dan-bien-tap.md, taken in Debian's Chromium (playwright-core):
 * pages of the built site, the editor at /admin, and the messages of `npm run check` and
 * `npm run import` shown as a terminal would. Written as small WebP files in docs/images/.
 *
 *   npm run build && npx node scripts/docs/screenshots.ts [dist]
 *   npx node scripts/docs/screenshots.ts --chi-lenh   (only the terminal ones: no build needed)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import sirv from 'sirv';

const TERMINAL_ONLY = process.argv.includes('--chi-lenh');
const DIST = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 'dist';
const OUT = 'docs/images';
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

if (!TERMINAL_ONLY && !existsSync(join(DIST, 'index.html'))) {
  console.error(`Chưa có trang đã tạo trong ${DIST}/: chạy npm run build trước. / Build the site first.`);
  process.exit(2);
}

/** Run a project script and return what it printed, as a press officer would see it. */
function run(script: string, args: string[]): string {
  const result = spawnSync(process.execPath, [join('scripts', script), ...args], {
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  return `${result.stdout}${result.stderr}`.replace(/\n+$/, '');
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A terminal window holding commands and their output; errors red, warnings yellow. */
function terminal(sessions: [command: string | null, output: string][], title = 'Terminal — bang-vang'): string {
  const body = sessions.map(([command, output]) => {
    const lines = output.split('\n').map((line) => {
      const html = escape(line);
      if (line.startsWith('✖')) return `<span class="err">${html}</span>`;
      if (line.startsWith('⚠')) return `<span class="warn">${html}</span>`;
      if (/^\s+(Có phải|Did you mean)/.test(line)) return `<span class="hint">${html}</span>`;
      if (/CẦN ĐIỀN/.test(line)) return `<span class="fill">${html}</span>`;
      return html;
    });
    return `${command === null ? '' : `<span class="cmd">$ ${escape(command)}</span>\n`}${lines.join('\n')}`;
  });
  return `<!doctype html><html lang="vi"><meta charset="utf-8"><style>
    body { margin: 0; background: #e8e8e8; font: 15px/1.45 'Liberation Mono', 'DejaVu Sans Mono', monospace; }
    .win { margin: 12px; border-radius: 8px; overflow: hidden; box-shadow: 0 2px 8px #0004; background: #1e1f22; }
    .bar { background: #3a3b3f; color: #ccc; padding: 6px 12px; font-size: 13px; }
    pre { margin: 0; padding: 14px 16px; color: #e6e6e6; white-space: pre-wrap; font: inherit; }
    .cmd { color: #8fd18f; } .err { color: #ff7b72; font-weight: bold; } .warn { color: #e3b341; font-weight: bold; }
    .hint { color: #79c0ff; } .fill { color: #ffd580; }
  </style><div class="win"><div class="bar">${escape(title)}</div><pre>${body.join('\n\n')}</pre></div></html>`;
}

/** Save a screenshot as WebP (converted by Chromium's own encoder), small enough for the repository. */
async function save(page: Page, name: string, clip?: { x: number; y: number; width: number; height: number }) {
  const png = await page.screenshot(clip ? { clip } : { fullPage: true });
  const webp = await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    canvas.getContext('2d')?.drawImage(image, 0, 0);
    return canvas.toDataURL('image/webp', 0.82).split(',')[1] ?? '';
  }, png.toString('base64'));
  writeFileSync(join(OUT, `${name}.webp`), Buffer.from(webp, 'base64'));
  console.log(`${OUT}/${name}.webp`);
}

// Only the terminal pictures: nothing to serve, but the server is harmless over docs/.
const files = sirv(TERMINAL_ONLY ? 'docs' : DIST, { dev: false });
const server = createServer((req, res) =>
  files(req, res, () => {
    res.writeHead(404).end();
  }),
);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});

/** The pages of the built site and the editor. */
async function pageShots(): Promise<void> {
  const phone = await browser.newPage({ viewport: { width: 390, height: 760 }, locale: 'vi-VN' });
  await phone.route(/.*/, (route) => (route.request().url().startsWith(base) ? route.fallback() : route.abort()));
  await phone.goto(`${base}/tin-tuc/cum-thi-dua-so-1-ninh-binh-phat-dong-thi-dua-2026/`);
  await save(phone, 'tin-bai-dien-thoai', { x: 0, y: 0, width: 390, height: 760 });
  await phone.goto(`${base}/khen-thuong/lao-cai-bang-khen-khoi-huyen-2023/`);
  await save(phone, 'quyet-dinh-dien-thoai', { x: 0, y: 0, width: 390, height: 760 });

  const desk = await browser.newPage({ viewport: { width: 1100, height: 720 }, locale: 'vi-VN' });
  await desk.route(/.*/, (route) => (route.request().url().startsWith(base) ? route.fallback() : route.abort()));
  await desk.goto(`${base}/admin/`);
  await desk.getByText('Đăng nhập bằng mã truy cập').waitFor({ timeout: 30_000 });
  await save(desk, 'bien-tap-dang-nhap', { x: 0, y: 0, width: 1100, height: 720 });
  // The editor's forms, with Sveltia's in-memory test repository standing in for GitHub.
  await desk.route(/\/admin\/config\.yml/, async (route) => {
    const response = await route.fetch();
    const text = (await response.text()).replace(/^backend:\n(?: {2}.*\n)+/m, 'backend:\n  name: test-repo\n');
    await route.fulfill({ response, body: text });
  });
  await desk.goto(`${base}/admin/`);
  await desk.getByRole('button', { name: /kho mã nguồn thử nghiệm/ }).click();
  await desk.waitForURL(/#\/collections\//);
  await desk.goto(`${base}/admin/#/collections/articles/new`);
  await desk
    .getByText(/Tạo\s*\u2068?tin bài/)
    .first()
    .waitFor({ timeout: 30_000 });
  await desk.locator('[data-key-path="title"] input').first().fill('Hội nghị tổng kết công tác thi đua năm 2025');
  await desk.waitForTimeout(500);
  await save(desk, 'bien-tap-tin-moi', { x: 0, y: 0, width: 1100, height: 720 });
}

/** An annex import as a press officer sees it: the file's name as they would have it. */
function importRun(args: string[], shown: string): string {
  const fixture = args[0] as string;
  const name = fixture.split('/').pop() as string;
  return run('import-annex.ts', args).replaceAll(fixture, shown).replaceAll(name, shown);
}

try {
  if (!TERMINAL_ONLY) await pageShots();

  const term = await browser.newPage({ viewport: { width: 900, height: 100 } });
  const shots: [string, string, string][] = [
    [
      'loi-kiem-tra',
      'npm run check',
      run('check-content.ts', ['--noi-dung', 'tests/fixtures/broken-five/content'])
        .split('\n\n')
        .filter((_block, i, all) => i < 2 || i >= all.length - 2)
        .join('\n\n'),
    ],
    [
      'loi-nhap-danh-sach',
      'npm run import -- danh-sach.xlsx',
      // The error only: the summary under it is the next picture's.
      importRun(['tests/fixtures/import/hai-trang-tinh.xlsx'], 'danh-sach.xlsx')
        .split('\n\n')
        .filter((block) => block.startsWith('✖'))
        .join('\n\n'),
    ],
    [
      'tom-tat-nhap-danh-sach',
      'npm run import -- danh-sach.xlsx --chuyen-ma --chay-thu',
      importRun(['tests/fixtures/import/hai-trang-tinh.xlsx', '--chuyen-ma', '--chay-thu'], 'danh-sach.xlsx')
        .split('\n\n')
        .filter((block) => !block.startsWith('⚠'))
        .join('\n\n'),
    ],
    ['kiem-tra-dat', 'npm run check', run('check-content.ts', [])],
  ];
  for (const [name, command, output] of TERMINAL_ONLY ? shots.filter(([n]) => n.includes('nhap')) : shots) {
    await term.setContent(terminal([[command, output]]));
    await save(term, name);
  }
  if (!TERMINAL_ONLY) {
    // A new story: the command, then the file it wrote as it opens in a text editor.
    const scratch = mkdtempSync(join(tmpdir(), 'bang-vang-anh-'));
    const title = 'Hội nghị tổng kết công tác thi đua năm 2025';
    const created = run('new-content.ts', [
      'story',
      title,
      '--ngay',
      '2026-01-21',
      '--noi-dung',
      join(scratch, 'content'),
    ]);
    const path = 'content/articles/2026/hoi-nghi-tong-ket-cong-tac-thi-dua-nam-2025.md';
    const shown = created.replace(/\S*content\/articles/g, 'content/articles');
    await term.setContent(terminal([[`npm run new -- story "${title}"`, shown]]));
    await save(term, 'tao-tin-moi');
    const text = readFileSync(join(scratch, path), 'utf8').trimEnd();
    await term.setContent(terminal([[null, text]], `${path} — trình soạn thảo / text editor`));
    await save(term, 'tin-moi-mau');
    rmSync(scratch, { recursive: true, force: true });
  }
} finally {
  await browser.close();
  server.close();
}
