/**
 * Quality gates over the built sample site (with tests/build/links.test.ts for links and
 * anchors, and tests/browser/pages.test.ts for axe on each page type):
 * - html-validate 11 on every page, 0 errors (configuration and the one rule turned off, with
 *   the reason, in .htmlvalidate.mjs);
 * - reproducible builds: a second build from scratch — its own output and cache folders, another
 *   time zone and locale — gives the same bytes in every file.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../../.htmlvalidate.mjs';
import { buildSite } from '../helpers/build.ts';
import { SAMPLE_NOW, sampleSite } from '../helpers/sample-site.ts';

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => statSync(join(dir, file)).isFile())
    .sort();
}

function hashes(dir: string): Map<string, string> {
  return new Map(
    files(dir).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(dir, file)))
        .digest('hex'),
    ]),
  );
}

describe('quality gates over the sample site', () => {
  let outDir: string;

  beforeAll(() => {
    const run = sampleSite();
    if (run.status !== 0) throw new Error(run.output);
    outDir = run.outDir;
  });

  it('has valid HTML on every page (html-validate, recommended rules)', async () => {
    const validator = new HtmlValidate(new StaticConfigLoader(config));
    const pages = files(outDir).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(50);
    expect(pages).toEqual(expect.arrayContaining(['en/index.html', 'tiep-can/index.html', 'du-lieu/index.html']));
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(readFileSync(join(outDir, page), 'utf8'), page);
      for (const result of report.results) {
        for (const m of result.messages) problems.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('writes nothing after </html> (the Nu checker stops at a stray script there)', () => {
    const pages = files(outDir).filter((file) => file.endsWith('.html'));
    const stray = pages.filter((page) => !readFileSync(join(outDir, page), 'utf8').trimEnd().endsWith('</html>'));
    expect(stray).toEqual([]);
  });

  describe('a second build from scratch', () => {
    const second = mkdtempSync(join(tmpdir(), 'bang-vang-rebuild-'));
    afterAll(() => rmSync(second, { recursive: true, force: true }));

    it('is byte-identical, file for file, even in another time zone and locale', () => {
      const run = buildSite('content', join(second, 'dist'), {
        TZ: 'America/Los_Angeles',
        LANG: 'C',
        LC_ALL: 'C',
        BANG_VANG_NOW: SAMPLE_NOW,
      });
      expect(run.status, run.output).toBe(0);
      // Pagefind writes its filter and metadata indexes from hash maps, in a different order on
      // every run, even from the same input in the same process (Pagefind issue #638: fixed
      // for fragments in 1.3, "filter/metadata indexes" still change). Those files, and the
      // entry file naming them, are compared by count; everything else byte for byte.
      const unstable = (file: string) =>
        /^pagefind\/(filter\/|pagefind\.[^/]+\.pf_meta$|pagefind-entry\.json$)/.test(file);
      const stable = (all: Map<string, string>) => new Map([...all].filter(([file]) => !unstable(file)));
      const firstAll = hashes(outDir);
      const againAll = hashes(join(second, 'dist'));
      const first = stable(firstAll);
      const again = stable(againAll);
      expect(first.size).toBeGreaterThan(100);
      expect(first.size).toBeGreaterThan(firstAll.size - 10);
      expect(againAll.size).toBe(firstAll.size);
      expect([...again.keys()]).toEqual([...first.keys()]);
      const differing = [...first].filter(([file, hash]) => again.get(file) !== hash).map(([file]) => file);
      expect(differing).toEqual([]);
    });
  });
});
