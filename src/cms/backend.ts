/**
 * What the `editor:` block of site.yaml (src/schemas/editor.ts) means for Sveltia CMS: the
 * `backend` section of /admin/config.yml with the sign-in route each host allows, the publish
 * mode, and the hosts the editor talks to (for the /admin Content-Security-Policy). Pure.
 *
 * Sign-in routes, as Sveltia 0.221 implements them:
 * - GitHub: a personal access token; with `authRelay`, also "Sign in with GitHub" through the
 *   office's OAuth relay (sveltia-cms-auth), since GitHub has no sign-in without a server (PKCE).
 * - GitLab: with `appId`, "Sign in with GitLab" by PKCE straight from the browser; a token always.
 * - Gitea/Forgejo: with `appId`, PKCE against the office's server; a token always.
 * Without a route of its own the editor would fall back to Netlify's sign-in, which serves no
 * site on GitHub or GitLab Pages: `auth_methods` then allows the token only.
 */
import type { EditorSettings } from '../schemas/editor.ts';

/** The public hosts, when `server` is not given. */
const GITHUB_API = 'https://api.github.com';
const GITHUB_AVATARS = 'https://avatars.githubusercontent.com';
const GITLAB = 'https://gitlab.com';

/** Commit messages in Vietnamese, for whoever reads the repository's history or a pull request. */
const COMMIT_MESSAGES = {
  create: 'Thêm {{collection}} “{{slug}}” (trình biên tập)',
  update: 'Sửa {{collection}} “{{slug}}” (trình biên tập)',
  delete: 'Xóa {{collection}} “{{slug}}” (trình biên tập)',
  uploadMedia: 'Tải lên “{{path}}” (trình biên tập)',
  deleteMedia: 'Xóa tệp “{{path}}” (trình biên tập)',
};

export interface SveltiaBackend {
  /** The `backend:` section of config.yml. */
  backend: Record<string, unknown>;
  /** `editorial_workflow` when stories wait for approval. */
  publishMode?: 'editorial_workflow';
}

export function sveltiaBackend(editor: EditorSettings): SveltiaBackend {
  if (editor.backend === 'test') return { backend: { name: 'test-repo' } };
  const common = {
    repo: editor.repo,
    ...(editor.branch ? { branch: editor.branch } : {}),
    commit_messages: COMMIT_MESSAGES,
  };
  const review = editor.review ? { publishMode: 'editorial_workflow' as const } : {};
  const { server, appId } = editor;
  switch (editor.backend) {
    case 'github':
      return {
        backend: {
          name: 'github',
          ...common,
          // GitHub Enterprise Server answers under /api/v3; github.com at api.github.com.
          ...(server ? { api_root: `${server}/api/v3` } : {}),
          ...(editor.authRelay
            ? { base_url: editor.authRelay, auth_methods: ['oauth', 'token'] }
            : { auth_methods: ['token'] }),
        },
        ...review,
      };
    case 'gitlab':
      return {
        backend: {
          name: 'gitlab',
          ...common,
          ...(server ? { base_url: server, api_root: `${server}/api/v4` } : {}),
          ...(appId
            ? { auth_type: 'pkce', app_id: appId, auth_methods: ['oauth', 'token'] }
            : { auth_methods: ['token'] }),
        },
        ...review,
      };
    case 'gitea':
    case 'forgejo':
      // Sveltia has one backend for both; the schema requires the server.
      return {
        backend: {
          name: 'gitea',
          ...common,
          base_url: server,
          api_root: `${server}/api/v1`,
          ...(appId ? { app_id: appId, auth_methods: ['oauth', 'token'] } : { auth_methods: ['token'] }),
        },
      };
  }
}

/** Origins the editor may reach: its git host's API (and token exchange), and its avatars. */
export interface EditorHosts {
  connect: string[];
  img: string[];
}

export function editorHosts(editor: EditorSettings): EditorHosts {
  const origin = (address: string) => new URL(address).origin;
  switch (editor.backend) {
    case 'test':
      // Sveltia's test repository lives in the browser: nothing to reach.
      return { connect: [], img: [] };
    case 'github':
      return editor.server
        ? { connect: [origin(editor.server)], img: [origin(editor.server)] }
        : { connect: [GITHUB_API], img: [GITHUB_AVATARS] };
    case 'gitlab': {
      const host = origin(editor.server ?? GITLAB);
      return { connect: [host], img: [host] };
    }
    case 'gitea':
    case 'forgejo': {
      const host = origin(editor.server ?? '');
      return { connect: [host], img: [host] };
    }
  }
}
