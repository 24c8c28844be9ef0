/**
 * The deployment workflows a press office copies as they are: valid YAML, checking every pull
 * or merge request, and building and publishing from main only, with commands that exist; a
 * daily rebuild at 00:05 Vietnam time so that public comment notices close on their day; the
 * build's caches kept between runs where Astro reads them.
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

/**
 * A workflow condition as GitHub (`github.ref == 'refs/heads/main'`) or GitLab
 * (`$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH`) evaluates it, for the forms these files use:
 * comparisons joined by `&&`. Anything else fails, so a new form gets its own test.
 */
function evaluate(condition: string, context: Record<string, string>): boolean {
  return condition.split('&&').every((clause) => {
    const match = /^\s*(\S+)\s*(==|!=)\s*(\S+)\s*$/.exec(clause);
    if (!match) throw new Error(`Unsupported condition: ${clause}`);
    const value = (token: string) => {
      const quoted = /^(['"])(.*)\1$/.exec(token);
      if (quoted) return quoted[2];
      const name = token.replace(/^\$/, '');
      if (!(name in context)) throw new Error(`Unknown variable: ${token}`);
      return context[name];
    };
    const [, left = '', operator, right = ''] = match;
    return (value(left) === value(right)) === (operator === '==');
  });
}

/** Hour and minute in Vietnam of a daily cron line in UTC (`5 17 * * *`). */
function vietnamTime(cron: string): string {
  const [minute, hour, ...rest] = cron.split(' ');
  expect(rest).toEqual(['*', '*', '*']);
  const utc = new Date(Date.UTC(2026, 0, 1, Number(hour), Number(minute)));
  return utc.toLocaleTimeString('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit' });
}

/** Astro's cacheDir when astro.config.mjs does not set one (Astro's ASTRO_CONFIG_DEFAULTS). */
const ASTRO_CACHE_DIR = 'node_modules/.astro';
const astroConfig = readFileSync('astro.config.mjs', 'utf8');

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
    on: { push: { branches: string[] }; pull_request: unknown; schedule: { cron: string }[] };
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

  it('rebuilds and publishes every day at 00:05 in Vietnam', () => {
    expect(workflow.on.schedule.map((s) => vietnamTime(s.cron))).toEqual(['00:05']);
    // Scheduled runs are on the default branch: the build job runs, as for a push to main.
    const schedule = { 'github.event_name': 'schedule', 'github.ref': 'refs/heads/main' };
    const pullRequest = { 'github.event_name': 'pull_request', 'github.ref': 'refs/pull/7/merge' };
    expect(evaluate(build?.if ?? '', schedule)).toBe(true);
    expect(evaluate(build?.if ?? '', pullRequest)).toBe(false);
    expect(check?.if).toBeUndefined();
  });

  it('keeps Astro’s cacheDir (content store, pictures, share cards) between runs, restored after npm ci', () => {
    // astro.config.mjs leaves cacheDir at Astro's default unless BANG_VANG_CACHE is set.
    expect(astroConfig).toMatch(/process\.env\.BANG_VANG_CACHE \? \{ cacheDir: process\.env\.BANG_VANG_CACHE \}/);
    const steps = build?.steps ?? [];
    const at = (test: (step: Step) => boolean) => steps.findIndex(test);
    const cache = steps.find((s) => s.uses?.startsWith('actions/cache@'));
    expect(cache?.with?.['path']).toBe(ASTRO_CACHE_DIR);
    const restoredAt = at((s) => s === cache);
    expect(at((s) => s.run?.startsWith('npm ci') ?? false)).toBeLessThan(restoredAt);
    expect(restoredAt).toBeLessThan(at((s) => s.run === 'npm run build'));
    // A new cache when the lock file or the sources change; the closest older one meanwhile.
    const key = cache?.with?.['key'] ?? '';
    expect(key).toContain("hashFiles('package-lock.json')");
    for (const source of ["'src/**'", "'content/**'", "'astro.config.mjs'"]) expect(key).toContain(source);
    const restoreKeys = (cache?.with?.['restore-keys'] ?? '').split('\n').filter(Boolean);
    expect(restoreKeys.length).toBe(2);
    for (const prefix of restoreKeys) expect(key.startsWith(prefix)).toBe(true);
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
    pages: {
      stage: string;
      script: string[];
      rules: { if: string }[];
      artifacts: { paths: string[] };
      variables: Record<string, string>;
      cache: { key: string | { files: string[] }; paths: string[] }[];
    };
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
    expect(pipeline.pages.rules.at(-1)).toEqual({ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' });
    expect(pipeline.pages.script).toContain('npm run build');
    expect(pipeline.pages.script.at(-1)).toBe('rm -rf public && mv dist public');
    expect(pipeline.pages.artifacts.paths).toEqual(['public']);
    expectKnownScripts(pipeline.pages.script);
  });

  /** Whether the pages job runs in a pipeline of this source on this branch. */
  const publishes = (source: string, branch: string) =>
    pipeline.pages.rules.some((rule) =>
      evaluate(rule.if, { CI_PIPELINE_SOURCE: source, CI_COMMIT_BRANCH: branch, CI_DEFAULT_BRANCH: 'main' }),
    );

  it('publishes from the daily schedule’s pipeline on the default branch, never from another branch', () => {
    expect(pipeline.pages.rules.map((rule) => rule.if)).toContain(
      '$CI_PIPELINE_SOURCE == "schedule" && $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH',
    );
    expect(publishes('schedule', 'main')).toBe(true);
    expect(publishes('push', 'main')).toBe(true);
    expect(publishes('schedule', 'thu-nghiem')).toBe(false);
    expect(publishes('push', 'thu-nghiem')).toBe(false);
  });

  it('has its daily schedule described for the technician in the guide: 00:05 in Vietnam, on main', () => {
    const guide = readFileSync('docs/huong-dan-bien-tap.md', 'utf8');
    expect(guide).toContain('**Build → Pipeline schedules**');
    expect(guide).toContain('`5 0 * * *`');
    expect(guide).toMatch(/Cron timezone\*\*: chọn múi giờ \*\*Hanoi\*\* \(UTC\+7/);
    expect(guide).toMatch(/Target branch or tag\*\*: `main`/);
  });

  it('keeps Astro’s cache between pipelines, outside node_modules/ (npm ci empties it after GitLab restores it)', () => {
    const cacheDir = pipeline.pages.variables['BANG_VANG_CACHE'] ?? '';
    expect(cacheDir).not.toMatch(/^node_modules/);
    expect(astroConfig).toMatch(/process\.env\.BANG_VANG_CACHE \? \{ cacheDir: process\.env\.BANG_VANG_CACHE \}/);
    const astro = pipeline.pages.cache.find((c) => c.paths.includes(`${cacheDir}/`));
    expect(typeof astro?.key).toBe('string');
    expect(astro?.key).toContain('$CI_COMMIT_REF_SLUG');
    // npm's own cache is still kept.
    expect(pipeline.pages.cache.some((c) => c.paths.includes('.npm/'))).toBe(true);
  });

  it('uses the Node version of .nvmrc', () => {
    expect(pipeline['image']).toBe(`node:${readFileSync('.nvmrc', 'utf8').trim()}-bookworm-slim`);
  });
});
