/**
 * Screenshots for docs/huong-dan-bien-tap.md, taken in Debian's Chromium (playwright-core):
 * pages of the built site, and the messages of `npm run check` and `npm run import` shown as a
 * terminal would. Written as small WebP files in docs/images/. The editor at /admin has its
 * own script, scripts/docs/editor-screenshots.ts.
 *
 *   npm run build && npx node scripts/docs/screenshots.ts [dist]
 *   npx node scripts/docs/screenshots.ts --chi-lenh   (only the terminal ones: no build needed)
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { launchBrowser } from '../../tests/helpers/chromium.ts';
import sirv from 'sirv';
import { run, save, terminal } from './kit.ts';

const TERMINAL_ONLY = process.argv.includes('--chi-lenh');
const DIST = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 'dist';

if (!TERMINAL_ONLY && !existsSync(join(DIST, 'index.html'))) {
  console.error(`Chưa có trang đã tạo trong ${DIST}/: chạy npm run build trước. / Build the site first.`);
  process.exit(2);
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
const browser = await launchBrowser();

/** Pages of the built site, on a phone. */
async function pageShots(): Promise<void> {
  const phone = await browser.newPage({ viewport: { width: 390, height: 760 }, locale: 'vi-VN' });
  await phone.route(/.*/, (route) => (route.request().url().startsWith(base) ? route.fallback() : route.abort()));
  await phone.goto(`${base}/tin-tuc/cum-thi-dua-so-1-ninh-binh-phat-dong-thi-dua-2026/`);
  await save(phone, 'tin-bai-dien-thoai', { x: 0, y: 0, width: 390, height: 760 });
  await phone.goto(`${base}/khen-thuong/lao-cai-bang-khen-khoi-huyen-2023/`);
  await save(phone, 'quyet-dinh-dien-thoai', { x: 0, y: 0, width: 390, height: 760 });
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
      // The broken sample is a test fixture; an officer's files are under content/.
      run('check-content.ts', ['--noi-dung', 'tests/fixtures/broken-five/content'])
        .replaceAll('tests/fixtures/broken-five/content/', 'content/')
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
