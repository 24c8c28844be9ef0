/**
 * Screenshots of the browser editor (/admin) for chapters 4 and 9 of docs/huong-dan-bien-tap.md, taken
 * from the real editor in Debian's Chromium. The built site is served over HTTPS as
 * https://bang-vang.test (a throw-away certificate made with openssl), as a published site is:
 * Sveltia refuses a configuration over plain HTTP except on localhost, and on localhost it adds a
 * "work with a local repository" button that officers never see. Each git host's sign-in screen
 * comes from its real generated backend (src/cms/backend.ts) served in place of the sample's;
 * the story is written in Sveltia's test repository, filled beforehand with the sample content.
 * The screens of GitHub, GitLab and Gitea themselves cannot be reached from here: the guide
 * describes them in words.
 *
 *   npm run build && npx node scripts/docs/editor-screenshots.ts [dist]
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../../tests/helpers/chromium.ts';
import sirv from 'sirv';
import {
  fillNewDecision,
  fillNewStory,
  formField,
  pickAnnex,
  putInTestRepository,
  withEditor,
} from '../../tests/helpers/editor-form.ts';
import { run, save, terminal } from './kit.ts';

const DIST = process.argv[2] ?? 'dist';
const HOST = 'bang-vang.test';

if (!existsSync(join(DIST, 'admin', 'index.html'))) {
  console.error(
    `Chưa có trình biên tập trong ${DIST}/admin/: chạy npm run build trước (site.yaml cần mục editor). / Build the site first (site.yaml needs an editor block).`,
  );
  process.exit(2);
}

/** `editor:` blocks as an office writes them, one per git host (the names are examples). */
const HOSTS = {
  github: {
    backend: 'github',
    repo: 'so-noi-vu/bang-vang',
    authRelay: 'https://sveltia-cms-auth.so-noi-vu.workers.dev',
    review: true,
  },
  gitlab: { backend: 'gitlab', repo: 'so-noi-vu/bang-vang', appId: '8f1c0a7be3d94c2a9f5e6d7c8b9a0f1e', review: true },
  gitea: {
    backend: 'forgejo',
    repo: 'so-noi-vu/bang-vang',
    server: 'https://git.lao-cai.vn',
    appId: '3f1c2a9e-5b7d-4e21-9c8a-1d2e3f4a5b6c',
  },
};

/** A certificate for https://bang-vang.test, valid one day. */
function makeCertificate(dir: string): { key: Buffer; cert: Buffer } {
  const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
  const made = spawnSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1'].concat([
      '-subj',
      `/CN=${HOST}`,
      '-addext',
      `subjectAltName=DNS:${HOST}`,
    ]),
    { encoding: 'utf8' },
  );
  if (made.status !== 0) {
    console.error(`Cần openssl để phục vụ trang qua HTTPS / openssl is needed to serve over HTTPS.\n${made.stderr}`);
    process.exit(2);
  }
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

/** Every file of the sample content, as the test repository will hold it (text, or bytes in base64). */
function sampleContent(): Record<string, { text?: string; base64?: string }> {
  const out: Record<string, { text?: string; base64?: string }> = {};
  for (const file of readdirSync('content', { recursive: true }).map(String)) {
    const path = join('content', file);
    if (!existsSync(path) || !/\.\w+$/.test(file)) continue;
    out[path] = /\.(md|mdx|ya?ml|csv)$/.test(file)
      ? { text: readFileSync(path, 'utf8') }
      : { base64: readFileSync(path).toString('base64') };
  }
  return out;
}

const scratch = mkdtempSync(join(tmpdir(), 'bang-vang-editor-shots-'));
const files = sirv(DIST, { dev: false });
const server = createServer(makeCertificate(scratch), (req, res) =>
  files(req, res, () => {
    res.writeHead(404).end();
  }),
);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `https://${HOST}:${(server.address() as AddressInfo).port}`;
const browser = await launchBrowser([`--host-resolver-rules=MAP ${HOST} 127.0.0.1`, '--ignore-certificate-errors']);

/** /admin/ in a fresh browser profile, with another host's backend when asked. */
async function openAdmin(editor?: Record<string, unknown>, height = 720): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width: 1100, height },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    ignoreHTTPSErrors: true,
  });
  await page.route(/.*/, (route) => (route.request().url().startsWith(origin) ? route.fallback() : route.abort()));
  if (editor) {
    // Read from the build (Node cannot resolve bang-vang.test to fetch it).
    const body = withEditor(readFileSync(join(DIST, 'admin', 'config.yml'), 'utf8'), editor);
    await page.route(/\/admin\/config\.yml/, (route) => route.fulfill({ contentType: 'text/yaml', body }));
  }
  await page.goto(`${origin}/admin/`);
  await page
    .getByRole('button', { name: /^(Đăng nhập|Làm việc)/ })
    .first()
    .waitFor({ timeout: 30_000 });
  return page;
}

const FULL = { x: 0, y: 0, width: 1100, height: 720 };

/**
 * An office's workbook picked in a new decision's annex field: the rejected row (a name typed in
 * TCVN3), then the list made clean by the box under the report. The preview pane is hidden, as an
 * officer would to read the report at full width.
 */
async function annexScreens(): Promise<void> {
  const page = await openAdmin(undefined, 1000);
  await putInTestRepository(page, sampleContent());
  await page.getByRole('button', { name: 'Làm việc với kho mã nguồn thử nghiệm' }).click();
  await page.waitForURL(/#\/collections\//, { timeout: 30_000 });
  await page.goto(`${origin}/admin/#/collections/awards/new`);
  await formField(page, 'title').waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Hiển thị tùy chọn trình chỉnh sửa' }).click();
  await page.getByRole('menuitemcheckbox', { name: 'Hiển thị bản xem trước' }).click();
  await fillNewDecision(page);
  await pickAnnex(page, 'tests/fixtures/import/hai-trang-tinh.xlsx');
  const field = formField(page, 'recipientsFile');
  const shoot = async (name: string, height: number) => {
    await field.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await page.mouse.move(1090, 990);
    await page.waitForTimeout(400);
    const box = await field.boundingBox();
    if (box) await save(page, name, { x: 0, y: Math.max(0, box.y - 8), width: 1100, height });
  };
  await shoot('bien-tap-danh-sach-loi', 800);
  await page.getByLabel('Tự chuyển chữ TCVN3/VNI sang Unicode').check();
  await page.locator('[data-annex-report="ok"]').waitFor({ timeout: 30_000 });
  await shoot('bien-tap-danh-sach-sach', 320);
  await page.close();
}

try {
  for (const [name, editor] of Object.entries(HOSTS)) {
    const page = await openAdmin(editor);
    await save(page, `bien-tap-dang-nhap-${name}`, FULL);
    if (name === 'github') {
      await page.getByRole('button', { name: 'Đăng nhập bằng mã truy cập' }).click();
      await page.getByText(/Nhập mã truy cập của bạn/).waitFor();
      await page.waitForTimeout(300);
      await save(page, 'bien-tap-ma-truy-cap', FULL);
    }
    await page.close();
  }

  // A story written in the test repository, which holds the sample content.
  const desk = await openAdmin(undefined, 1050);
  const TALL = { ...FULL, height: 1050 };
  await putInTestRepository(desk, sampleContent());
  await desk.getByRole('button', { name: 'Làm việc với kho mã nguồn thử nghiệm' }).click();
  await desk.waitForURL(/#\/collections\//, { timeout: 30_000 });
  await desk.goto(`${origin}/admin/#/collections/articles`);
  await desk.getByText('Cụm Thi đua số 1').first().waitFor({ timeout: 30_000 });
  await desk.waitForTimeout(500);
  await save(desk, 'bien-tap-danh-sach', FULL);

  await desk.getByRole('button', { name: 'Tạo bài viết mới' }).click();
  await desk
    .getByText(/Tạo\s*\u2068?tin bài/)
    .first()
    .waitFor({ timeout: 30_000 });
  await fillNewStory(desk, 'Hội nghị tổng kết công tác thi đua năm 2025');
  // Back to the top of the form: every required field in one picture.
  await desk.locator('section.field[data-key-path="title"]').scrollIntoViewIfNeeded();
  await desk.mouse.move(300, 300);
  await desk.waitForTimeout(500);
  await save(desk, 'bien-tap-tin-moi', TALL);
  await desk.getByRole('button', { name: 'Lưu', exact: true }).click();
  await desk.getByText('Đã lưu bài viết.').waitFor({ timeout: 15_000 });
  // Once the form has slid away, with the notice still showing.
  await desk.waitForTimeout(700);
  await save(desk, 'bien-tap-da-luu', TALL);
  await desk.close();

  await annexScreens();

  // What `npm run check` says of an editor block copied from an example.
  const copy = join(scratch, 'content');
  cpSync('content', copy, { recursive: true });
  const site = readFileSync(join(copy, 'site.yaml'), 'utf8').replace(
    /^editor:\n(?: {2}.*\n)+/m,
    'editor:\n  backend: github\n  repo: to-chuc/kho\n  review: true\n',
  );
  writeFileSync(join(copy, 'site.yaml'), site);
  const term = await browser.newPage({ viewport: { width: 900, height: 100 } });
  // The report names the file as it would in the office's repository.
  const output = run('check-content.ts', ['--noi-dung', copy]).replace(
    /\S*bang-vang-editor-shots-[^/\s]+\/content\//g,
    'content/',
  );
  await term.setContent(
    terminal([['npm run check', output.split('\n\n').slice(0, 1).concat(output.split('\n\n').slice(-2)).join('\n\n')]]),
  );
  await save(term, 'bien-tap-loi-cau-hinh');
} finally {
  await browser.close();
  server.close();
  rmSync(scratch, { recursive: true, force: true });
}
