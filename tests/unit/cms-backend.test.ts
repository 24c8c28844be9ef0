/**
 * What each `editor:` block of site.yaml makes of /admin: the sign-in route Sveltia is given for
 * each git host, the publish mode, the hosts the page's policy lets it reach, and what the
 * build log says (including the warning when the CI builds another repository).
 */
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { editorHosts, sveltiaBackend } from '../../src/cms/backend.ts';
import { generateCmsConfig } from '../../src/cms/config.ts';
import { ciMismatch, describeEditor } from '../../src/cms/editor-status.ts';
import { readCiRepository } from '../../src/io/ci-repository.ts';
import { editorSchema } from '../../src/schemas/editor.ts';
import { createCollectionSchemas } from '../../src/schemas/index.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { taxonomySchema } from '../../src/schemas/taxonomy.ts';
import { adminCspDirectives } from '../../src/security/csp.ts';
import { TAXONOMY_TEXT } from '../helpers/mini-site.ts';

/** An `editor:` block as an office writes it in site.yaml. */
const editor = (yaml: string) => editorSchema.parse(parse(yaml));

const MESSAGES = {
  create: 'Thêm {{collection}} “{{slug}}” (trình biên tập)',
  update: 'Sửa {{collection}} “{{slug}}” (trình biên tập)',
  delete: 'Xóa {{collection}} “{{slug}}” (trình biên tập)',
  uploadMedia: 'Tải lên “{{path}}” (trình biên tập)',
  deleteMedia: 'Xóa tệp “{{path}}” (trình biên tập)',
};

describe('the sign-in route of each git host', () => {
  it('GitHub without a relay: a personal access token only (never Netlify’s sign-in)', () => {
    expect(sveltiaBackend(editor('backend: github\nrepo: so-noi-vu/bang-vang\n'))).toEqual({
      backend: { name: 'github', repo: 'so-noi-vu/bang-vang', commit_messages: MESSAGES, auth_methods: ['token'] },
    });
  });

  it('GitHub with the office’s OAuth relay: “Sign in with GitHub” through it, and review', () => {
    expect(
      sveltiaBackend(
        editor(
          'backend: github\nrepo: so-noi-vu/bang-vang\nbranch: main\nauthRelay: https://sveltia-cms-auth.so-noi-vu.workers.dev/\nreview: true\n',
        ),
      ),
    ).toEqual({
      backend: {
        name: 'github',
        repo: 'so-noi-vu/bang-vang',
        branch: 'main',
        commit_messages: MESSAGES,
        base_url: 'https://sveltia-cms-auth.so-noi-vu.workers.dev',
        auth_methods: ['oauth', 'token'],
      },
      publishMode: 'editorial_workflow',
    });
  });

  it('GitHub Enterprise Server: its API under /api/v3', () => {
    expect(
      sveltiaBackend(editor('backend: github\nrepo: tdkt/bang-vang\nserver: https://git.so-noi-vu.vn\n')).backend,
    ).toMatchObject({ name: 'github', api_root: 'https://git.so-noi-vu.vn/api/v3', auth_methods: ['token'] });
  });

  it('GitLab with an application id: PKCE from the browser, no server; review', () => {
    const appId = '8f1c0a7be3d94c2a9f5e6d7c8b9a0f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8';
    expect(
      sveltiaBackend(editor(`backend: gitlab\nrepo: ubnd-tinh/so-noi-vu/bang-vang\nappId: ${appId}\nreview: true\n`)),
    ).toEqual({
      backend: {
        name: 'gitlab',
        repo: 'ubnd-tinh/so-noi-vu/bang-vang',
        commit_messages: MESSAGES,
        auth_type: 'pkce',
        app_id: appId,
        auth_methods: ['oauth', 'token'],
      },
      publishMode: 'editorial_workflow',
    });
  });

  it('a self-hosted GitLab without an application id: its own API, a token only', () => {
    expect(
      sveltiaBackend(editor('backend: gitlab\nrepo: tdkt/bang-vang\nserver: https://gitlab.lao-cai.vn/\n')).backend,
    ).toEqual({
      name: 'gitlab',
      repo: 'tdkt/bang-vang',
      commit_messages: MESSAGES,
      base_url: 'https://gitlab.lao-cai.vn',
      api_root: 'https://gitlab.lao-cai.vn/api/v4',
      auth_methods: ['token'],
    });
  });

  it('Gitea and Forgejo: the province’s server, PKCE with a client id, never a review mode', () => {
    const appId = '3f1c2a9e-5b7d-4e21-9c8a-1d2e3f4a5b6c';
    expect(
      sveltiaBackend(editor(`backend: gitea\nrepo: tdkt/bang-vang\nserver: https://git.lao-cai.vn\nappId: ${appId}\n`)),
    ).toEqual({
      backend: {
        name: 'gitea',
        repo: 'tdkt/bang-vang',
        commit_messages: MESSAGES,
        base_url: 'https://git.lao-cai.vn',
        api_root: 'https://git.lao-cai.vn/api/v1',
        app_id: appId,
        auth_methods: ['oauth', 'token'],
      },
    });
    expect(
      sveltiaBackend(editor('backend: forgejo\nrepo: tdkt/bang-vang\nserver: https://codeberg.org\n')).backend,
    ).toMatchObject({ name: 'gitea', base_url: 'https://codeberg.org', auth_methods: ['token'] });
  });

  it('the demo site: Sveltia’s test repository in the browser', () => {
    expect(sveltiaBackend(editor('backend: test\n'))).toEqual({ backend: { name: 'test-repo' } });
  });

  it('puts the backend and the publish mode into config.yml', () => {
    const taxonomy = taxonomySchema.parse(parse(TAXONOMY_TEXT, { schema: 'core' }));
    const config = (yaml: string) =>
      generateCmsConfig({
        schemas: createCollectionSchemas(taxonomy, z.string()),
        siteSchema,
        taxonomy,
        editor: editor(yaml),
        contentDir: 'content',
      });
    const reviewed = config('backend: gitlab\nrepo: tdkt/bang-vang\nreview: true\n');
    expect(reviewed['publish_mode']).toBe('editorial_workflow');
    expect(reviewed['backend']).toMatchObject({ name: 'gitlab', repo: 'tdkt/bang-vang' });
    expect(config('backend: gitlab\nrepo: tdkt/bang-vang\n')).not.toHaveProperty('publish_mode');
  });
});

describe('the hosts /admin may reach (its Content-Security-Policy)', () => {
  const policy = (yaml: string) => adminCspDirectives(editorHosts(editor(yaml)));

  it('GitHub: its API and its avatars, never its status page', () => {
    expect(policy('backend: github\nrepo: a/b\nauthRelay: https://sveltia-cms-auth.so-noi-vu.workers.dev\n')).toEqual([
      "connect-src 'self' data: blob: https://api.github.com",
      "img-src 'self' data: blob: https://avatars.githubusercontent.com",
    ]);
  });

  it('GitLab, GitHub Enterprise, Gitea, Forgejo: the server’s origin alone', () => {
    expect(policy('backend: gitlab\nrepo: a/b\n')).toEqual([
      "connect-src 'self' data: blob: https://gitlab.com",
      "img-src 'self' data: blob: https://gitlab.com",
    ]);
    for (const backend of ['gitlab', 'github', 'gitea', 'forgejo']) {
      expect(policy(`backend: ${backend}\nrepo: a/b\nserver: https://git.lao-cai.vn:8443/gitea/\n`)).toEqual([
        "connect-src 'self' data: blob: https://git.lao-cai.vn:8443",
        "img-src 'self' data: blob: https://git.lao-cai.vn:8443",
      ]);
    }
  });

  it('the test repository: nothing but the site itself', () => {
    expect(policy('backend: test\n')).toEqual(["connect-src 'self' data: blob:", "img-src 'self' data: blob:"]);
  });
});

describe('what the build log says about /admin', () => {
  it('names the host, the repository, the sign-in and the review, or says there is no /admin', () => {
    expect(describeEditor(undefined)).toBe(
      'Trình biên tập /admin: không tạo (content/site.yaml không có mục editor; nội dung được sửa trong kho git).\n' +
        'Browser editor /admin: not built (no editor block in content/site.yaml; content is edited in git).',
    );
    expect(
      describeEditor(editor('backend: gitlab\nrepo: tdkt/bang-vang\nappId: 0123456789abcdef\nreview: true\n')),
    ).toBe(
      'Trình biên tập /admin: lưu vào GitLab tdkt/bang-vang; đăng nhập bằng tài khoản GitLab hoặc mã truy cập; bài chờ duyệt trước khi đăng.\n' +
        'Browser editor /admin: saves to GitLab tdkt/bang-vang; sign-in with a GitLab account or an access token; stories wait for review before publishing.',
    );
  });

  it('reads the repository the CI builds from its own variables', () => {
    expect(readCiRepository({})).toBeUndefined();
    expect(
      readCiRepository({
        GITHUB_ACTIONS: 'true',
        GITHUB_REPOSITORY: 'so-noi-vu/bang-vang',
        GITHUB_SERVER_URL: 'https://github.com',
      }),
    ).toEqual({ server: 'https://github.com', repo: 'so-noi-vu/bang-vang', variables: 'GITHUB_REPOSITORY' });
    expect(
      readCiRepository({
        GITLAB_CI: 'true',
        CI_PROJECT_PATH: 'tdkt/bang-vang',
        CI_SERVER_URL: 'https://gitlab.lao-cai.vn/',
        CI_DEFAULT_BRANCH: 'chinh',
      }),
    ).toEqual({
      server: 'https://gitlab.lao-cai.vn',
      repo: 'tdkt/bang-vang',
      defaultBranch: 'chinh',
      variables: 'CI_PROJECT_PATH',
    });
  });

  it('warns when the CI builds another repository or branch than the editor saves to; site.yaml wins', () => {
    const github = editor('backend: github\nrepo: so-noi-vu/bang-vang\n');
    const ci = { server: 'https://github.com', repo: 'so-van-hoa/bang-vang', variables: 'GITHUB_REPOSITORY' };
    const [warning, ...rest] = ciMismatch(github, ci, 'content/site.yaml');
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({ severity: 'warning', file: 'content/site.yaml', field: 'editor.repo' });
    expect(warning?.vi).toBe(
      'Trang này được tạo từ kho so-van-hoa/bang-vang, nhưng trình biên tập /admin lưu vào kho so-noi-vu/bang-vang: bài viết trên /admin sẽ không lên trang này. Nếu kho đã đổi tên hoặc site.yaml được chép từ nơi khác, hãy sửa editor.repo thành so-van-hoa/bang-vang.',
    );
    // The same repository (GitHub ignores case), a mirror on another host, no CI: nothing to say.
    expect(ciMismatch(github, { ...ci, repo: 'So-Noi-Vu/bang-vang' }, 'content/site.yaml')).toEqual([]);
    expect(ciMismatch(github, { ...ci, server: 'https://gitlab.com' }, 'content/site.yaml')).toEqual([]);
    expect(ciMismatch(github, undefined, 'content/site.yaml')).toEqual([]);
    const gitlab = editor('backend: gitlab\nrepo: tdkt/bang-vang\nbranch: main\n');
    expect(
      ciMismatch(
        gitlab,
        { server: 'https://gitlab.com', repo: 'tdkt/bang-vang', defaultBranch: 'chinh', variables: 'CI_PROJECT_PATH' },
        'content/site.yaml',
      ).map((d) => d.field),
    ).toEqual(['editor.branch']);
  });
});
