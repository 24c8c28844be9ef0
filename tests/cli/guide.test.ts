/**
 * The press officers' guide (docs/huong-dan-bien-tap.md) must not drift from the tools: its
 * pictures exist, its commands exist, and every option it names is one the commands take.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/cli.ts';

const GUIDE = readFileSync('docs/huong-dan-bien-tap.md', 'utf8');
const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;

describe('docs/huong-dan-bien-tap.md', () => {
  it('shows pictures that exist, each with a description', () => {
    const images = [...GUIDE.matchAll(/!\[([^\]]*)\]\((images\/[^)]+)\)/g)];
    expect(images.length).toBeGreaterThanOrEqual(8);
    for (const [, alt, path] of images) {
      expect(existsSync(join('docs', path as string)), path).toBe(true);
      expect((alt as string).length, path).toBeGreaterThan(20);
    }
  });

  it('names only npm scripts that exist', () => {
    const used = [...GUIDE.matchAll(/npm run ([a-z-]+)/g)].map((m) => m[1] as string);
    expect(new Set(used)).toEqual(new Set(['new', 'import', 'migrate', 'check', 'dev', 'build']));
    for (const name of used) expect(Object.keys(scripts)).toContain(name);
  });

  it('names only options the commands take', () => {
    const usage = `${runScript('import-annex.ts', ['--huong-dan']).output}\n${runScript('new-content.ts', ['--help']).output}\n${runScript('migrate.ts', ['--huong-dan']).output}`;
    const options = new Set([...GUIDE.matchAll(/(?<![\w-])--([a-z][a-z-]+)/g)].map((m) => m[1] as string));
    expect(options.size).toBeGreaterThan(8);
    for (const option of options) expect(usage, option).toContain(`--${option}`);
  });
});
