/**
 * /admin as the build makes it from site.yaml's `editor:` block: none at all without one (and
 * the log says so); for a site on GitHub, a configuration with its sign-in route and review, a
 * page whose policy reaches GitHub's API and avatars and nothing else, and a warning in the log
 * when the CI builds another repository; a placeholder stops the build with the fix to make.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildRun } from '../helpers/build.ts';
import { writeTree } from '../helpers/content-tree.ts';
import { SITE } from '../helpers/mini-site.ts';

const GITHUB_EDITOR = `editor:
  backend: github
  repo: so-noi-vu/bang-vang
  authRelay: https://sveltia-cms-auth.so-noi-vu.workers.dev
  review: true
`;

function policyOf(html: string): string {
  return /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
}

describe('/admin from the editor settings', () => {
  const root = mkdtempSync(join(tmpdir(), 'bang-vang-admin-'));
  let without: BuildRun;
  let github: BuildRun;

  beforeAll(() => {
    writeTree(join(root, 'none'));
    without = buildSite(join(root, 'none', 'content'), join(root, 'none-dist'));
    writeTree(join(root, 'github'), { 'content/site.yaml': `${SITE}${GITHUB_EDITOR}` });
    // As GitHub Actions would build a copy of the site in another repository.
    github = buildSite(join(root, 'github', 'content'), join(root, 'github-dist'), {
      GITHUB_ACTIONS: 'true',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'so-van-hoa/bang-vang',
    });
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is not built for a site without an editor block, and the log says so', () => {
    expect(without.status, without.output).toBe(0);
    expect(existsSync(join(root, 'none-dist', 'index.html'))).toBe(true);
    expect(existsSync(join(root, 'none-dist', 'admin'))).toBe(false);
    expect(without.output).toContain(
      'Trình biên tập /admin: không tạo (content/site.yaml không có mục editor; nội dung được sửa trong kho git).',
    );
  });

  it('signs in through the relay or with a token, and waits for review, on GitHub', () => {
    expect(github.status, github.output).toBe(0);
    const config = parse(readFileSync(join(root, 'github-dist', 'admin', 'config.yml'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(config['backend']).toMatchObject({
      name: 'github',
      repo: 'so-noi-vu/bang-vang',
      base_url: 'https://sveltia-cms-auth.so-noi-vu.workers.dev',
      auth_methods: ['oauth', 'token'],
    });
    expect(config['publish_mode']).toBe('editorial_workflow');
    expect(github.output).toContain(
      'Trình biên tập /admin: lưu vào GitHub so-noi-vu/bang-vang; đăng nhập bằng tài khoản GitHub hoặc mã truy cập; bài chờ duyệt trước khi đăng.',
    );
  });

  it('lets the page reach GitHub’s API and avatars, and no other host', () => {
    const policy = policyOf(readFileSync(join(root, 'github-dist', 'admin', 'index.html'), 'utf8'));
    expect(/connect-src [^;]*/.exec(policy)?.[0]).toBe("connect-src 'self' data: blob: https://api.github.com");
    expect(/img-src [^;]*/.exec(policy)?.[0]).toBe("img-src 'self' data: blob: https://avatars.githubusercontent.com");
    expect(policy).not.toMatch(
      /githubstatus|workers\.dev|https:(?!\/\/(api\.github\.com|avatars\.githubusercontent\.com))/,
    );
    // Every reader's page keeps the strict policy.
    const home = policyOf(readFileSync(join(root, 'github-dist', 'index.html'), 'utf8'));
    expect(home).toContain("connect-src 'self';");
  });

  it('warns in the log when the CI builds another repository than the editor saves to', () => {
    expect(github.output).toMatch(/⚠ Cảnh báo \/ Warning: \S*content\/site\.yaml — trường \/ field `editor\.repo`/);
    expect(github.output).toContain(
      'Trang này được tạo từ kho so-van-hoa/bang-vang, nhưng trình biên tập /admin lưu vào kho so-noi-vu/bang-vang',
    );
  });

  it('stops on a placeholder before writing anything, saying what to write', () => {
    writeTree(join(root, 'placeholder'), {
      'content/site.yaml': `${SITE}editor:\n  backend: github\n  repo: to-chuc/kho\n`,
    });
    const run = buildSite(join(root, 'placeholder', 'content'), join(root, 'placeholder-dist'));
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/✖ Lỗi \/ Error: \S*content\/site\.yaml:7 — trường \/ field `editor\.repo`/);
    expect(run.output).toContain('"repo" vẫn là giá trị mẫu');
    expect(run.output).toContain('"repo" is still a placeholder');
    expect(existsSync(join(root, 'placeholder-dist'))).toBe(false);
  });
});
