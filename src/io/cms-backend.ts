/**
 * Which git host the browser editor saves to. Read from the CI's own variables, so the deploy
 * workflows need no setting: GitHub Actions sets GITHUB_REPOSITORY, GitLab CI sets
 * CI_PROJECT_PATH and CI_SERVER_URL. BANG_VANG_CMS_BACKEND / _REPO / _BRANCH override them.
 */
import type { CmsBackend } from '../cms/config.ts';

export function cmsBackendFromEnv(env: NodeJS.ProcessEnv = process.env): CmsBackend {
  const branch = env['BANG_VANG_CMS_BRANCH'] ?? env['CI_DEFAULT_BRANCH'] ?? 'main';
  const explicit = env['BANG_VANG_CMS_BACKEND'];
  if (explicit === 'gitlab' || (!explicit && env['CI_PROJECT_PATH'])) {
    const server = env['CI_SERVER_URL'];
    return {
      name: 'gitlab',
      repo: env['BANG_VANG_CMS_REPO'] ?? env['CI_PROJECT_PATH'] ?? 'nhom/kho',
      branch,
      baseUrl: server && server !== 'https://gitlab.com' ? server : undefined,
    };
  }
  return { name: 'github', repo: env['BANG_VANG_CMS_REPO'] ?? env['GITHUB_REPOSITORY'] ?? 'to-chuc/kho', branch };
}
