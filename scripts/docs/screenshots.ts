/**
 * Screenshots for docs/huong-dan-bien-tap.md, taken in Debian's Chromium (playwright-core):
 * pages of the built site, and the messages of `npm run check` and `npm run import` shown as a
 * terminal would. Written as small WebP files in docs/images/. The editor at /admin has its
 * own script, scripts/docs/editor-screenshots.ts.
 *
 *   npm run build && npx node scripts/docs/screenshots.ts [dist]
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import sirv from 'sirv';
import { CHROMIUM, run, save, terminal } from './kit.ts';

const DIST = process.argv[2] ?? 'dist';

if (!existsSync(join(DIST, 'index.html'))) {
  console.error(`Chưa có trang đã tạo trong ${DIST}/: chạy npm run build trước. / Build the site first.`);
  process.exit(2);
}

const files = sirv(DIST, { dev: false });
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

try {
  const phone = await browser.newPage({ viewport: { width: 390, height: 760 }, locale: 'vi-VN' });
  await phone.route(/.*/, (route) => (route.request().url().startsWith(base) ? route.fallback() : route.abort()));
  await phone.goto(`${base}/tin-tuc/cum-thi-dua-so-1-ninh-binh-phat-dong-thi-dua-2026/`);
  await save(phone, 'tin-bai-dien-thoai', { x: 0, y: 0, width: 390, height: 760 });
  await phone.goto(`${base}/khen-thuong/lao-cai-bang-khen-khoi-huyen-2023/`);
  await save(phone, 'quyet-dinh-dien-thoai', { x: 0, y: 0, width: 390, height: 760 });

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
      'npm run import -- danh-sach.csv',
      run('import-annex.ts', ['tests/fixtures/import/tcvn3-va-don-vi-la.csv']).replace(
        /tests\/fixtures\/import\/tcvn3-va-don-vi-la\.csv|tcvn3-va-don-vi-la\.csv/g,
        'danh-sach.csv',
      ),
    ],
    ['kiem-tra-dat', 'npm run check', run('check-content.ts', [])],
  ];
  for (const [name, command, output] of shots) {
    await term.setContent(terminal([[command, output]]));
    await save(term, name);
  }
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
} finally {
  await browser.close();
  server.close();
}
