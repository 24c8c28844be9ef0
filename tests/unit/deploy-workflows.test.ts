/**
 * The deployment workflows a press office copies as they are: valid YAML, checking every pull
 * or merge request, and building and publishing from main only, with commands that exist.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;

/** Every `npm run x` in a list of shell lines names a script of package.json. */
function expectKnownScripts(lines: string[]): void {
  const used = lines.flatMap((line) => [...line.matchAll(/npm run (\S+)/g)].map((m) => m[1] as string));
  expect(used.length).toBeGreaterThan(0);
  for (const name of used) expect(Object.keys(scripts)).toContain(name);
}

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, string>;
}
interface GitHubJob {
  needs?: string | string[];
  if?: string;
  steps: Step[];
  permissions?: Record<string, string>;
  environment?: { name: string };
}

describe('GitHub Pages workflow', () => {
  const workflow = parse(readFileSync('.github/workflows/deploy.yml', 'utf8')) as {
    on: { push: { branches: string[] }; pull_request: unknown };
    jobs: Record<string, GitHubJob>;
  };
  const { check, build, deploy } = workflow.jobs;

  it('runs on pushes to main and on every pull request', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    expect('pull_request' in workflow.on).toBe(true);
  });

  it('checks the content with npm ci and npm run check, reporting in the run summary', () => {
    const runs = check?.steps.map((s) => s.run ?? '') ?? [];
    expect(check?.steps.map((s) => s.uses).filter(Boolean)).toEqual(['actions/checkout@v5', 'actions/setup-node@v5']);
    expect(runs.some((r) => r.startsWith('npm ci'))).toBe(true);
    expect(runs.some((r) => r.includes('npm run check'))).toBe(true);
    expect(runs.some((r) => r.includes('GITHUB_STEP_SUMMARY'))).toBe(true);
    expectKnownScripts(runs);
  });

  it('builds after the check, on main only, and uploads dist/ for Pages', () => {
    expect(build?.needs).toBe('check');
    expect(build?.if).toContain("github.ref == 'refs/heads/main'");
    expect(build?.if).toContain("github.event_name != 'pull_request'");
    const runs = build?.steps.map((s) => s.run ?? '') ?? [];
    expect(runs).toContain('npm run build');
    expectKnownScripts(runs);
    const upload = build?.steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(upload?.with?.['path']).toBe('dist');
  });

  it('deploys with the Pages permissions only in the deploy job', () => {
    expect(deploy?.needs).toBe('build');
    expect(deploy?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deploy?.environment?.name).toBe('github-pages');
    expect(deploy?.steps[0]?.uses).toMatch(/^actions\/deploy-pages@v\d+$/);
  });
});

describe('GitLab Pages pipeline', () => {
  const pipeline = parse(readFileSync('.gitlab-ci.yml', 'utf8')) as Record<string, unknown> & {
    workflow: { rules: { if: string }[] };
    check: { stage: string; script: string[]; rules?: unknown };
    pages: { stage: string; script: string[]; rules: { if: string }[]; artifacts: { paths: string[] } };
    stages: string[];
  };

  it('runs merge-request pipelines, and checks content in every pipeline', () => {
    expect(pipeline.workflow.rules[0]?.if).toBe('$CI_PIPELINE_SOURCE == "merge_request_event"');
    expect(pipeline.check.rules).toBeUndefined();
    expect(pipeline.check.script).toContain('npm run check');
    expectKnownScripts(pipeline.check.script);
  });

  it('publishes public/ from the pages job, on the default branch, after the check', () => {
    expect(pipeline.stages.indexOf(pipeline.check.stage)).toBeLessThan(pipeline.stages.indexOf(pipeline.pages.stage));
    expect(pipeline.pages.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
    expect(pipeline.pages.script).toContain('npm run build');
    expect(pipeline.pages.script.at(-1)).toBe('rm -rf public && mv dist public');
    expect(pipeline.pages.artifacts.paths).toEqual(['public']);
    expectKnownScripts(pipeline.pages.script);
  });

  it('uses the Node version of .nvmrc', () => {
    expect(pipeline['image']).toBe(`node:${readFileSync('.nvmrc', 'utf8').trim()}-bookworm-slim`);
  });
});
