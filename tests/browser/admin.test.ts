/**
 * The browser editor at /admin in Chromium: it loads from the site's own origin only, speaks
 * Vietnamese even in a browser set to English, offers exactly the sign-in routes the configured
 * git host allows (never Netlify's), and a story written in it with every required field is
 * saved and passes the content check. The sample site's editor is Sveltia's test repository
 * (in the browser's own storage); the other hosts' sign-in screens come from the real generated
 * configuration served in place of the sample's. Kept out of the sitemap and search.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleSite } from '../helpers/sample-site.ts';
import { launchBrowser, serve } from '../helpers/browser.ts';
import { validate } from '../helpers/mini-site.ts';
import { fillNewStory, putInTestRepository, readTestRepository, withEditor } from '../helpers/editor-form.ts';

describe('/admin in Chromium', () => {
  let browser: Browser;
  let server: { url: string; stop: () => Promise<void> };
  let outDir: string;

  beforeAll(async () => {
    const run = sampleSite();
    if (run.status !== 0) throw new Error(run.output);
    outDir = run.outDir;
    server = await serve(outDir);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  interface Visit {
    page: Page;
    /** Requests to another origin (all refused). */
    foreign: string[];
    /** Content-Security-Policy violations and other console errors. */
    console: string[];
    errors: string[];
  }

  /**
   * Open /admin/ in a browser set to English. `editor`: an `editor:` block of site.yaml whose
   * Sveltia backend replaces the sample's in config.yml.
   */
  async function openAdmin(editor?: Record<string, unknown>): Promise<Visit> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    const visit: Visit = { page, foreign: [], console: [], errors: [] };
    page.on('pageerror', (error) => visit.errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') visit.console.push(message.text());
    });
    await page.route(/.*/, (route) => {
      if (route.request().url().startsWith(server.url)) return route.fallback();
      visit.foreign.push(route.request().url());
      return route.abort();
    });
    if (editor) {
      await page.route(/\/admin\/config\.yml/, async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, body: withEditor(await response.text(), editor) });
      });
    }
    await page.goto(`${server.url}/admin/`);
    return visit;
  }

  /** The sign-in screen's buttons, once the editor has drawn them. */
  async function signInButtons(page: Page): Promise<string[]> {
    await page
      .getByRole('button', { name: /^(Đăng nhập|Làm việc)/ })
      .first()
      .waitFor({ timeout: 30_000 });
    const names = await page.getByRole('button').allTextContents();
    return names.map((name) => name.replace(/[\u2068\u2069]/g, '').trim()).filter(Boolean);
  }

  it('speaks Vietnamese in a browser set to English, and asks nothing of another origin', async () => {
    const { page, foreign, console, errors } = await openAdmin();
    expect(await signInButtons(page)).toEqual(['Làm việc với kho mã nguồn thử nghiệm']);
    const text = (await page.textContent('body')) ?? '';
    expect(text).toContain('Biên tập Bảng Vàng');
    expect(text).not.toMatch(/Sign In|Work with|Powered by/);
    // The language is a default, not a lock: an officer's own choice in the settings is kept.
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('sveltia-cms.prefs') ?? '{}').locale)).toBe('vi');
    expect(foreign).toEqual([]);
    expect(console).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    ['GitHub with a token', { backend: 'github', repo: 'so-noi-vu/bang-vang' }, ['Đăng nhập bằng mã truy cập']],
    [
      'GitHub with the office’s OAuth relay',
      { backend: 'github', repo: 'so-noi-vu/bang-vang', authRelay: 'https://sveltia-cms-auth.so-noi-vu.workers.dev' },
      ['Đăng nhập bằng GitHub', 'Đăng nhập bằng mã truy cập'],
    ],
    [
      'GitLab with an application id (PKCE)',
      { backend: 'gitlab', repo: 'tdkt/bang-vang', appId: '8f1c0a7be3d94c2a9f5e6d7c8b9a0f1e' },
      ['Đăng nhập bằng GitLab', 'Đăng nhập bằng mã truy cập'],
    ],
    [
      'a self-hosted GitLab without one',
      { backend: 'gitlab', repo: 'tdkt/bang-vang', server: 'https://gitlab.lao-cai.vn' },
      ['Đăng nhập bằng mã truy cập'],
    ],
    [
      'Forgejo with an OAuth2 application',
      {
        backend: 'forgejo',
        repo: 'tdkt/bang-vang',
        server: 'https://git.lao-cai.vn',
        appId: '3f1c2a9e-5b7d-4e21-9c8a-1d2e3f4a5b6c',
      },
      ['Đăng nhập bằng Gitea / Forgejo', 'Đăng nhập bằng mã truy cập'],
    ],
  ])('offers %s exactly its sign-in routes, in Vietnamese', async (_name, editor, expected) => {
    const { page, foreign, console, errors } = await openAdmin(editor);
    const buttons = await signInButtons(page);
    // On the officer's own computer (localhost) Sveltia adds "work with a local repository".
    expect(buttons.filter((name) => !name.startsWith('Làm việc với kho mã nguồn cục bộ'))).toEqual(expected);
    expect((await page.textContent('body')) ?? '').not.toContain('lỗi trong cấu hình');
    expect(foreign).toEqual([]);
    // The only thing refused is the public hosts' status page, which the policy leaves out.
    expect(console.filter((line) => !/githubstatus\.com|hostedstatus\.com/.test(line))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sends an officer to make a GitHub token with the rights the review needs', async () => {
    const { page } = await openAdmin({ backend: 'github', repo: 'so-noi-vu/bang-vang', review: true });
    await page.getByRole('button', { name: 'Đăng nhập bằng mã truy cập' }).click();
    const link = page.getByRole('link', { name: /GitHub/ });
    const href = new URL((await link.getAttribute('href')) ?? '');
    expect(`${href.origin}${href.pathname}`).toBe('https://github.com/settings/personal-access-tokens/new');
    expect(Object.fromEntries(href.searchParams)).toMatchObject({ contents: 'write', pull_requests: 'write' });
    expect((await page.textContent('body')) ?? '').toContain(
      'Mã này phải có quyền đọc/ghi nội dung trong kho mã nguồn',
    );
    await page.close();
  });

  /** Start the test repository and open a new story's form. */
  async function newStory(visit: Visit): Promise<void> {
    const { page } = visit;
    await page.getByRole('button', { name: 'Làm việc với kho mã nguồn thử nghiệm' }).click();
    await page.waitForURL(/#\/collections\//, { timeout: 30_000 });
    await page.goto(`${server.url}/admin/#/collections/articles/new`);
    // Sveltia wraps names it interpolates in Unicode isolates: "Tạo \u2068tin bài\u2069".
    await page
      .getByText(/Tạo\s*\u2068?tin bài/)
      .first()
      .waitFor({ timeout: 30_000 });
  }

  it('shows every field of a story, labelled in Vietnamese, in its form', async () => {
    const visit = await openAdmin();
    const { page, foreign } = visit;
    await newStory(visit);
    const config = parse(readFileSync(join(outDir, 'admin/config.yml'), 'utf8')) as {
      collections: { name: string; fields: { label: string }[] }[];
    };
    const labels = config.collections.find((c) => c.name === 'articles')?.fields.map((f) => f.label) ?? [];
    expect(labels).toContain('Sapo (đoạn mở đầu)');
    // The editor draws fields as they scroll into view: scroll the form to its end, reading as we go.
    let text = '';
    for (let step = 0; step < 20; step++) {
      text += (await page.textContent('body')) ?? '';
      await page.mouse.move(300, 600);
      await page.mouse.wheel(0, 800);
      await page.waitForTimeout(150);
    }
    expect(labels.filter((label) => !text.includes(label))).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it('saves a new story with every required field, as a file the content check accepts', async () => {
    const visit = await openAdmin();
    const { page, console, errors } = visit;
    await newStory(visit);
    // Punctuation, quotes and đ, as real titles have them: the file name must still be a clean slug.
    await fillNewStory(page, 'Cụm thi đua số 1 – Tổng kết: “Đoàn kết, đổi mới” năm 2025');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Đã lưu bài viết.').waitFor({ timeout: 15_000 });

    const saved = await readTestRepository(page);
    const paths = Object.keys(saved);
    // In this year's folder, named after the title without accents (the content model's rule).
    expect(paths).toEqual([
      expect.stringMatching(/^content\/articles\/20\d\d\/cum-thi-dua-so-1-tong-ket-doan-ket-doi-moi-nam-2025\.md$/),
    ]);
    const [path] = paths as [string];
    expect(saved[path]).toMatch(/\ndate: 20\d\d-\d\d-\d\d \d\d:\d\d\n/);
    expect(saved[path]).toContain('category: tong-ket');
    expect(saved[path]).toContain('authors:\n  - Xuân Thu');
    // The very file the editor wrote, checked as a push would check it.
    const diagnostics = validate({ [path]: saved[path] as string }).diagnostics.filter((d) => d.file === path);
    expect(diagnostics).toEqual([]);
    expect(console).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the editor settings, which its forms do not show, when the site information is saved', async () => {
    const visit = await openAdmin();
    const { page, errors } = visit;
    const site = readFileSync('content/site.yaml', 'utf8');
    expect(site).toMatch(/^editor:\n {2}backend: test\n/m);
    await putInTestRepository(page, { 'content/site.yaml': { text: site } });
    await page.getByRole('button', { name: 'Làm việc với kho mã nguồn thử nghiệm' }).click();
    await page.waitForURL(/#\/collections\//, { timeout: 30_000 });
    await page.goto(`${server.url}/admin/#/collections/site/entries/site`);
    const tagline = page.locator('section.field[data-key-path="tagline"] input');
    await tagline.fill('Tin thi đua, khen thưởng của tỉnh');
    expect(await page.locator('section.field[data-key-path^="editor"]').count()).toBe(0);
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Đã lưu bài viết.').waitFor({ timeout: 15_000 });
    const saved = (await readTestRepository(page))['content/site.yaml'] ?? '';
    expect(saved).toContain('tagline: Tin thi đua, khen thưởng của tỉnh');
    expect(saved).toMatch(/^editor:\n {2}backend: test\n/m);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('is kept out of the sitemap and of search engines', () => {
    const html = readFileSync(join(outDir, 'admin/index.html'), 'utf8');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    const sitemaps = readdirSync(outDir).filter((name) => name.startsWith('sitemap-') && name !== 'sitemap-index.xml');
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const name of sitemaps) expect(readFileSync(join(outDir, name), 'utf8')).not.toContain('/admin');
    expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toContain('Disallow: /admin/');
  });
});
