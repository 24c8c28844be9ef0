/**
 * The `editor:` block of content/site.yaml is checked like content: a missing, contradictory
 * or placeholder setting is an error with the file, the line, the field and what to write, in
 * Vietnamese then English, exactly as `npm run check` and the build print it.
 */
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/validation/format.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { SITE, sources } from '../helpers/mini-site.ts';

/** What the check prints for site.yaml with this editor block (the mini site is otherwise valid). */
function report(editorBlock: string, site = SITE): string[] {
  return validateContent(sources({}, `${site}${editorBlock}`), { contentDir: 'content', fileExists: () => false })
    .diagnostics.filter((d) => d.file === 'content/site.yaml')
    .map(formatDiagnostic);
}

describe('the editor settings in site.yaml', () => {
  it('accept a complete block for each host, and no block at all', () => {
    expect(report('')).toEqual([]);
    expect(report('editor:\n  backend: github\n  repo: so-noi-vu/bang-vang\n  review: true\n')).toEqual([]);
    expect(report('editor:\n  backend: gitlab\n  repo: ubnd/so-noi-vu/bang-vang\n  appId: 8f1c0a7be3d94c2a\n')).toEqual(
      [],
    );
    expect(report('editor:\n  backend: forgejo\n  repo: tdkt/bang-vang\n  server: https://codeberg.org\n')).toEqual([]);
    expect(report('editor:\n  backend: test\n', `${SITE}demo: true\n`)).toEqual([]);
  });

  it('name a missing repository, with where to read it', () => {
    expect(report('editor:\n  backend: github\n')).toEqual([
      `✖ Lỗi / Error: content/site.yaml:5 — trường / field \`editor.repo\`
  Thiếu tên kho (repo) mà trình biên tập lưu vào. Ghi như trong địa chỉ của kho trên GitHub: https://github.com/so-noi-vu/bang-vang → repo: so-noi-vu/bang-vang
  The repository the editor saves to (repo) is missing. Write it as in the repository's address on GitHub: https://github.com/so-noi-vu/bang-vang → repo: so-noi-vu/bang-vang`,
    ]);
  });

  it('refuse a placeholder left from an example (today’s to-chuc/kho, <…>, CẦN ĐIỀN)', () => {
    expect(report('editor:\n  backend: github\n  repo: to-chuc/kho\n')).toEqual([
      `✖ Lỗi / Error: content/site.yaml:7 — trường / field \`editor.repo\`
  "repo" vẫn là giá trị mẫu: trình biên tập sẽ không đăng nhập hay lưu được. Hãy ghi giá trị thật của cơ quan, ví dụ repo: so-noi-vu/bang-vang.
    Giá trị hiện có: "to-chuc/kho"
  "repo" is still a placeholder: the editor could neither sign in nor save. Write your office's real value, e.g. repo: so-noi-vu/bang-vang.
    Found: "to-chuc/kho"`,
    ]);
    expect(report("editor:\n  backend: gitlab\n  repo: '<tổ-chức>/<tên-kho>'\n")).toHaveLength(1);
    expect(report('editor:\n  backend: gitlab\n  repo: tdkt/bang-vang\n  appId: CẦN ĐIỀN\n')[0]).toContain(
      '"appId" vẫn là giá trị mẫu',
    );
    expect(
      report('editor:\n  backend: gitea\n  repo: tdkt/bang-vang\n  server: https://git.example.vn\n')[0],
    ).toContain('"server" vẫn là giá trị mẫu');
  });

  it('ask Gitea and Forgejo for their server, and refuse a review they cannot do', () => {
    expect(report('editor:\n  backend: forgejo\n  repo: tdkt/bang-vang\n  review: true\n')).toEqual([
      `✖ Lỗi / Error: content/site.yaml:5 — trường / field \`editor.server\`
  Với Forgejo, cần ghi địa chỉ máy chủ git của cơ quan (server), như trên thanh địa chỉ khi mở máy chủ đó: server: https://git.<tên-miền-của-tỉnh>
  With Forgejo, write the address of the office's git server (server), as the address bar shows it: server: https://git.<province-domain>`,
      `✖ Lỗi / Error: content/site.yaml:8 — trường / field \`editor.review\`
  Trình biên tập (Sveltia CMS) chưa có quy trình duyệt bài với Forgejo: bài sẽ được đăng ngay khi lưu. Hãy bỏ dòng review (và dùng ô "Bản nháp" để giữ bài chờ duyệt, xem docs/huong-dan-bien-tap.md mục 9.5), hoặc dùng GitHub/GitLab.
  The editor (Sveltia CMS) has no review workflow with Forgejo yet: stories would be published on save. Remove the review line (and use the "Draft" box to hold stories for approval, see docs/huong-dan-bien-tap.md section 9.5), or use GitHub/GitLab.`,
    ]);
  });

  it('refuse what a host cannot do: an app id on GitHub, a relay elsewhere', () => {
    expect(report('editor:\n  backend: github\n  repo: a/b\n  appId: Iv23liAbCdEf\n')).toEqual([
      `✖ Lỗi / Error: content/site.yaml:8 — trường / field \`editor.appId\`
  GitHub chưa cho đăng nhập không cần máy chủ (PKCE), nên appId không dùng được với GitHub. Hãy xóa appId; muốn có nút "Đăng nhập bằng GitHub" thì ghi authRelay (xem docs/huong-dan-bien-tap.md mục 9.2).
    Giá trị hiện có: "Iv23liAbCdEf"
  GitHub does not support sign-in without a server (PKCE) yet, so appId cannot be used with GitHub. Remove appId; for a "Sign in with GitHub" button, set authRelay (see docs/huong-dan-bien-tap.md section 9.2).
    Found: "Iv23liAbCdEf"`,
    ]);
    expect(report('editor:\n  backend: gitlab\n  repo: a/b\n  authRelay: https://auth.so-noi-vu.vn\n')[0]).toContain(
      'authRelay chỉ dùng cho GitHub. Với GitLab, hãy xóa authRelay và ghi appId',
    );
  });

  it('refuse a secret pasted in place of the application id, without printing it', () => {
    const [error, ...rest] = report('editor:\n  backend: gitlab\n  repo: a/b\n  appId: gloas-9a8b7c6d5e4f3a2b1c0d\n');
    expect(rest).toEqual([]);
    expect(error).toContain('Đây là mã bí mật (Secret hoặc mã truy cập), không phải mã ứng dụng');
    expect(error).toContain('Giá trị hiện có: gloas-… (ẩn / hidden)');
    expect(error).not.toContain('9a8b7c6d');
  });

  it('keep the test repository to demo sites', () => {
    expect(report('editor:\n  backend: test\n')).toEqual([
      `✖ Lỗi / Error: content/site.yaml:6 — trường / field \`editor.backend\`
  Kho thử nghiệm (backend: test) không lưu vào kho git: bài viết trong trình biên tập chỉ nằm trong trình duyệt của người viết, không bao giờ lên trang. Chỉ dùng cho trang dữ liệu minh họa (demo: true); hãy chọn github, gitlab, gitea hoặc forgejo.
  The test repository (backend: test) saves nothing to git: a story written in the editor stays in the writer's browser and never reaches the site. It is for demo sites only (demo: true); choose github, gitlab, gitea or forgejo.`,
    ]);
  });

  it('suggest the right name for a misspelt host or setting, and want https addresses', () => {
    expect(report('editor:\n  backend: Github\n  repo: a/b\n')[0]).toContain('Có phải bạn muốn viết: github');
    expect(report('editor:\n  backend: gitlab\n  repo: a/b\n  app_id: x\n')[0]).toContain(
      'Có phải bạn muốn viết: appId?',
    );
    expect(report('editor:\n  backend: gitea\n  repo: a/b\n  server: http://git.lao-cai.vn\n')[0]).toContain(
      'Cần một địa chỉ đầy đủ, bắt đầu bằng https://, không có dấu cách hay dấu < >.',
    );
  });
});
