/**
 * The repository a CI run builds, from the variables the CI sets: GitHub Actions (and Gitea and
 * Forgejo Actions, which set the same names) give GITHUB_SERVER_URL and GITHUB_REPOSITORY;
 * GitLab CI gives CI_SERVER_URL, CI_PROJECT_PATH and CI_DEFAULT_BRANCH. Used only to warn when
 * the editor's settings in site.yaml name another repository: site.yaml always wins, so that
 * `npm run check` on an officer's computer gives the same verdict as the CI.
 */
import type { CiRepository } from '../cms/editor-status.ts';

export function readCiRepository(env: NodeJS.ProcessEnv = process.env): CiRepository | undefined {
  const origin = (address: string | undefined) => (address && URL.canParse(address) ? new URL(address).origin : '');
  if (env['GITLAB_CI'] && env['CI_PROJECT_PATH'] && env['CI_SERVER_URL']) {
    return {
      server: origin(env['CI_SERVER_URL']),
      repo: env['CI_PROJECT_PATH'],
      defaultBranch: env['CI_DEFAULT_BRANCH'],
      variables: 'CI_PROJECT_PATH',
    };
  }
  if (env['GITHUB_ACTIONS'] && env['GITHUB_REPOSITORY']) {
    return {
      server: origin(env['GITHUB_SERVER_URL'] ?? 'https://github.com'),
      repo: env['GITHUB_REPOSITORY'],
      variables: 'GITHUB_REPOSITORY',
    };
  }
  return undefined;
}
