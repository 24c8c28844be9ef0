/**
 * What the build says about the browser editor: one line on what /admin is (or that there is
 * none), and a warning when the CI builds a different repository from the one the editor saves
 * to (a copied site.yaml, a renamed repository): stories written in /admin would then never
 * reach this site. Pure: the CI's variables come in as an argument.
 */
import type { EditorSettings } from '../schemas/editor.ts';
import type { Diagnostic } from '../validation/diagnostic.ts';

/** The repository a CI run builds, as its own variables say. */
export interface CiRepository {
  /** Origin of the git server (https://github.com, https://gitlab.com, a Gitea server). */
  server: string;
  /** owner/name, or group/…/name on GitLab. */
  repo: string;
  /** The branch the CI publishes from, when it says (GitLab's default branch). */
  defaultBranch?: string | undefined;
  /** The variables read, to name them in the warning. */
  variables: string;
}

const HOSTS: Record<EditorSettings['backend'], string> = {
  github: 'GitHub',
  gitlab: 'GitLab',
  gitea: 'Gitea',
  forgejo: 'Forgejo',
  test: 'kho thử nghiệm / test repository',
};

/** The build log's line about /admin, Vietnamese then English. */
export function describeEditor(editor: EditorSettings | undefined): string {
  if (!editor) {
    return (
      'Trình biên tập /admin: không tạo (content/site.yaml không có mục editor; nội dung được sửa trong kho git).\n' +
      'Browser editor /admin: not built (no editor block in content/site.yaml; content is edited in git).'
    );
  }
  if (editor.backend === 'test') {
    return (
      'Trình biên tập /admin: kho thử nghiệm trong trình duyệt, không lưu vào kho git (trang minh họa).\n' +
      'Browser editor /admin: the in-browser test repository, saving nothing to git (demo site).'
    );
  }
  const host = HOSTS[editor.backend];
  const where = `${host} ${editor.repo}${editor.branch ? ` (${editor.branch})` : ''}${editor.server ? ` — ${editor.server}` : ''}`;
  const oauth = editor.authRelay || editor.appId;
  return (
    `Trình biên tập /admin: lưu vào ${where}; đăng nhập bằng ${oauth ? `tài khoản ${host} hoặc ` : ''}mã truy cập; ${editor.review ? 'bài chờ duyệt trước khi đăng' : 'lưu là đăng'}.\n` +
    `Browser editor /admin: saves to ${where}; sign-in with ${oauth ? `a ${host} account or ` : ''}an access token; ${editor.review ? 'stories wait for review before publishing' : 'saving publishes'}.`
  );
}

/** The origin of the editor's git server. */
function editorServer(editor: EditorSettings): string | undefined {
  if (editor.server) return new URL(editor.server).origin;
  if (editor.backend === 'github') return 'https://github.com';
  if (editor.backend === 'gitlab') return 'https://gitlab.com';
  return undefined;
}

/**
 * Warnings when the CI builds another repository (or publishes another branch) than the one
 * the editor saves to. Nothing when the CI runs on another host: a site edited on GitHub may be
 * built from a mirror elsewhere.
 */
export function ciMismatch(
  editor: EditorSettings | undefined,
  ci: CiRepository | undefined,
  file: string,
): Diagnostic[] {
  if (!editor || editor.backend === 'test' || !ci || editorServer(editor) !== ci.server) return [];
  const out: Diagnostic[] = [];
  if (editor.repo && editor.repo.toLowerCase() !== ci.repo.toLowerCase()) {
    out.push({
      severity: 'warning',
      file,
      field: 'editor.repo',
      vi: `Trang này được tạo từ kho ${ci.repo}, nhưng trình biên tập /admin lưu vào kho ${editor.repo}: bài viết trên /admin sẽ không lên trang này. Nếu kho đã đổi tên hoặc site.yaml được chép từ nơi khác, hãy sửa editor.repo thành ${ci.repo}.`,
      en: `This site is built from the repository ${ci.repo}, but the /admin editor saves to ${editor.repo}: stories written in /admin will not reach this site. If the repository was renamed or site.yaml was copied from elsewhere, set editor.repo to ${ci.repo}.`,
      found: `${editor.repo} (${ci.variables}: ${ci.repo})`,
    });
  }
  if (editor.branch && ci.defaultBranch && editor.branch !== ci.defaultBranch) {
    out.push({
      severity: 'warning',
      file,
      field: 'editor.branch',
      vi: `Trang được đăng từ nhánh ${ci.defaultBranch}, nhưng trình biên tập lưu vào nhánh ${editor.branch}: bài viết trên /admin sẽ không lên trang. Hãy xóa dòng branch (dùng nhánh mặc định) hoặc ghi ${ci.defaultBranch}.`,
      en: `The site is published from the branch ${ci.defaultBranch}, but the editor saves to ${editor.branch}: stories written in /admin will not reach the site. Remove the branch line (the default branch is used) or write ${ci.defaultBranch}.`,
      found: editor.branch,
    });
  }
  return out;
}
