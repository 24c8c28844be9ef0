/**
 * The rules of the `editor:` block that span its fields (src/schemas/editor.ts): what each git
 * host needs, and values copied from an example or left to fill in. Every message says what to
 * write, in Vietnamese then English.
 */
import type { z } from 'astro/zod';
import type { IssueParams } from './common.ts';

/** Git hosts the editor can save to; `test` is Sveltia's repository in the browser (saves nothing). */
export const EDITOR_BACKENDS = ['github', 'gitlab', 'gitea', 'forgejo', 'test'] as const;
export type EditorBackend = (typeof EDITOR_BACKENDS)[number];

/** Host names that only ever appear in examples (RFC 2606 and the guide's own placeholders). */
const EXAMPLE_HOST = /(^|\.)(example(\.(com|net|org|vn))?|invalid|test|tinh\.gov\.vn)$/i;
/** Repository names copied from an example instead of the office's own ("to-chuc/kho", "owner/repo"). */
const EXAMPLE_REPO =
  /^(to-chuc|ten-to-chuc|nhom|ten-nhom|owner|org|organisation|organization|user|username|your-[a-z-]+)\/(kho|ten-kho|repo|repository|your-[a-z-]+)$/i;
/** Text that marks a value still to be filled in. */
const TO_FILL = /[<>…]|\.\.\.|CẦN ĐIỀN|xxx/i;
/** What GitLab, Gitea and Forgejo put before an OAuth application's secret (never its id). */
const SECRET_PREFIX = /^(gloas-|gto_|gtp_|glpat-|ghp_|github_pat_)/;

type Ctx = z.core.$RefinementCtx;

function report(ctx: Ctx, path: string, params: IssueParams, input?: unknown): void {
  ctx.addIssue({ code: 'custom', path: [path], message: params.en, params, input });
}

/** A value copied from an example or left to fill in; the message says which. */
function placeholder(value: string, kind: 'repo' | 'url' | 'id'): boolean {
  if (TO_FILL.test(value)) return true;
  if (kind === 'repo') return EXAMPLE_REPO.test(value);
  if (kind === 'url') return URL.canParse(value) && EXAMPLE_HOST.test(new URL(value).hostname);
  return /^(your|app|client)[-_ ]?(app[-_ ]?)?id$/i.test(value);
}

/** The host an example address should show: the office's server if written, else the public one. */
function exampleHost(backend: EditorBackend, server: string | undefined): string {
  if (server !== undefined && URL.canParse(server)) return new URL(server).host;
  return backend === 'gitea' || backend === 'forgejo' ? 'git.<tên-miền-của-tỉnh>' : `${backend}.com`;
}

function placeholderIssue(ctx: Ctx, field: string, value: string, exampleVi: string, exampleEn: string): void {
  report(
    ctx,
    field,
    {
      vi: `"${field}" vẫn là giá trị mẫu: trình biên tập sẽ không đăng nhập hay lưu được. Hãy ghi giá trị thật của cơ quan, ví dụ ${exampleVi}.`,
      en: `"${field}" is still a placeholder: the editor could neither sign in nor save. Write your office's real value, e.g. ${exampleEn}.`,
      found: JSON.stringify(value),
    },
    value,
  );
}

type Editor = {
  backend: EditorBackend;
  repo?: string | undefined;
  server?: string | undefined;
  appId?: string | undefined;
  authRelay?: string | undefined;
};

const HOST_NAMES: Record<EditorBackend, string> = {
  github: 'GitHub',
  gitlab: 'GitLab',
  gitea: 'Gitea',
  forgejo: 'Forgejo',
  test: 'test',
};

function checkRepo({ backend, repo, server }: Editor, ctx: Ctx): void {
  const host = HOST_NAMES[backend];
  if (repo === undefined) {
    const address = `https://${exampleHost(backend, server)}/so-noi-vu/bang-vang`;
    report(ctx, 'repo', {
      vi: `Thiếu tên kho (repo) mà trình biên tập lưu vào. Ghi như trong địa chỉ của kho trên ${host}: ${address} → repo: so-noi-vu/bang-vang`,
      en: `The repository the editor saves to (repo) is missing. Write it as in the repository's address on ${host}: ${address} → repo: so-noi-vu/bang-vang`,
    });
  } else if (placeholder(repo, 'repo')) {
    placeholderIssue(ctx, 'repo', repo, 'repo: so-noi-vu/bang-vang', 'repo: so-noi-vu/bang-vang');
  } else if (!(backend === 'gitlab' ? /^[\w.-]+(\/[\w.-]+)+$/ : /^[\w.-]+\/[\w.-]+$/).test(repo)) {
    const subgroups = backend === 'gitlab';
    report(
      ctx,
      'repo',
      {
        vi: `Tên kho cần có dạng tổ-chức/tên-kho${subgroups ? ' (có thể có nhóm con: nhóm/nhóm-con/tên-kho)' : ''}, không dấu, không dấu cách, không có https://.`,
        en: `The repository is written owner/name${subgroups ? ' (subgroups allowed: group/subgroup/name)' : ''}, without accents, spaces or https://.`,
        found: JSON.stringify(repo),
      },
      repo,
    );
  }
}

function checkServer({ backend, server }: Editor, ctx: Ctx): void {
  if (server === undefined && (backend === 'gitea' || backend === 'forgejo')) {
    report(ctx, 'server', {
      vi: `Với ${HOST_NAMES[backend]}, cần ghi địa chỉ máy chủ git của cơ quan (server), như trên thanh địa chỉ khi mở máy chủ đó: server: https://git.<tên-miền-của-tỉnh>`,
      en: `With ${HOST_NAMES[backend]}, write the address of the office's git server (server), as the address bar shows it: server: https://git.<province-domain>`,
    });
  } else if (server !== undefined && placeholder(server, 'url')) {
    placeholderIssue(
      ctx,
      'server',
      server,
      'địa chỉ trên thanh địa chỉ khi mở máy chủ git của cơ quan',
      "the address the browser shows when the office's git server is open",
    );
  }
}

function checkAppId({ backend, appId }: Editor, ctx: Ctx): void {
  if (appId === undefined) return;
  const host = HOST_NAMES[backend];
  const idName = backend === 'gitlab' ? 'Application ID' : 'Client ID';
  if (SECRET_PREFIX.test(appId)) {
    // Shown cut short: the build log may be public too.
    report(ctx, 'appId', {
      vi: `Đây là mã bí mật (Secret hoặc mã truy cập), không phải mã ứng dụng, mà site.yaml thì ai cũng đọc được. Hãy xóa ngay, thu hồi mã này trên ${host}, rồi ghi vào appId mã "${idName}".`,
      en: `This is a secret (a Secret or an access token), not the application's id, and anyone can read site.yaml. Remove it now, revoke it on ${host}, and write the "${idName}" in appId.`,
      found: `${appId.slice(0, 6)}… (ẩn / hidden)`,
    });
  } else if (backend === 'github') {
    report(ctx, 'appId', {
      vi: 'GitHub chưa cho đăng nhập không cần máy chủ (PKCE), nên appId không dùng được với GitHub. Hãy xóa appId; muốn có nút "Đăng nhập bằng GitHub" thì ghi authRelay (xem docs/huong-dan-bien-tap.md mục 9.2).',
      en: 'GitHub does not support sign-in without a server (PKCE) yet, so appId cannot be used with GitHub. Remove appId; for a "Sign in with GitHub" button, set authRelay (see docs/huong-dan-bien-tap.md section 9.2).',
      found: JSON.stringify(appId),
    });
  } else if (placeholder(appId, 'id')) {
    placeholderIssue(ctx, 'appId', appId, `mã "${idName}" do ${host} cấp`, `the "${idName}" ${host} shows`);
  }
}

function checkAuthRelay({ backend, authRelay }: Editor, ctx: Ctx): void {
  if (authRelay === undefined) return;
  const host = HOST_NAMES[backend];
  if (backend !== 'github') {
    report(ctx, 'authRelay', {
      vi: `authRelay chỉ dùng cho GitHub. Với ${host}, hãy xóa authRelay và ghi appId (mã ứng dụng OAuth của ${host}) để đăng nhập bằng tài khoản ${host}.`,
      en: `authRelay is for GitHub only. With ${host}, remove authRelay and set appId (the ${host} OAuth application's id) to sign in with a ${host} account.`,
      found: JSON.stringify(authRelay),
    });
  } else if (placeholder(authRelay, 'url')) {
    const example = 'authRelay: https://sveltia-cms-auth.so-noi-vu.workers.dev';
    placeholderIssue(ctx, 'authRelay', authRelay, example, example);
  }
}

/** Cross-field rules of the editor block, for its superRefine. */
export function checkEditor(editor: Editor & { review: boolean }, ctx: Ctx): void {
  if (editor.backend === 'test') {
    if (editor.review) {
      report(ctx, 'review', {
        vi: 'Kho thử nghiệm (backend: test) không có quy trình duyệt bài. Hãy bỏ dòng review.',
        en: 'The test repository (backend: test) has no review workflow. Remove the review line.',
      });
    }
    return;
  }
  checkRepo(editor, ctx);
  checkServer(editor, ctx);
  checkAppId(editor, ctx);
  checkAuthRelay(editor, ctx);
  if (editor.review && (editor.backend === 'gitea' || editor.backend === 'forgejo')) {
    const host = HOST_NAMES[editor.backend];
    report(ctx, 'review', {
      vi: `Trình biên tập (Sveltia CMS) chưa có quy trình duyệt bài với ${host}: bài sẽ được đăng ngay khi lưu. Hãy bỏ dòng review (và dùng ô "Bản nháp" để giữ bài chờ duyệt, xem docs/huong-dan-bien-tap.md mục 9.5), hoặc dùng GitHub/GitLab.`,
      en: `The editor (Sveltia CMS) has no review workflow with ${host} yet: stories would be published on save. Remove the review line (and use the "Draft" box to hold stories for approval, see docs/huong-dan-bien-tap.md section 9.5), or use GitHub/GitLab.`,
    });
  }
}
