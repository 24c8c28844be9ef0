/**
 * Every internal link of the built sample site leads to a page that exists, and every
 * #anchor to an element with that id.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';

describe('links in the sample site', () => {
  const outDir = join(mkdtempSync(join(tmpdir(), 'bang-vang-links-')), 'dist');
  const pages = new Map<string, string>();

  beforeAll(() => {
    const run = buildSite('content', outDir);
    if (run.status !== 0) throw new Error(run.output);
    for (const file of readdirSync(outDir, { recursive: true }).map(String)) {
      if (file.endsWith('.html'))
        pages.set(`/${file.replace(/index\.html$/, '')}`, readFileSync(join(outDir, file), 'utf8'));
    }
  });
  afterAll(() => rmSync(dirname(outDir), { recursive: true, force: true }));

  it('builds many pages', () => {
    expect(pages.size).toBeGreaterThan(50);
  });

  it('has no broken internal link or anchor', () => {
    const broken: string[] = [];
    for (const [page, html] of pages) {
      for (const [, href] of html.matchAll(/href="([^"]+)"/g)) {
        if (!href || /^(https?:|mailto:|tel:)/.test(href)) continue;
        const url = new URL(href, `https://site${page}`);
        const target = url.pathname;
        const file = target.endsWith('/') ? join(outDir, target, 'index.html') : join(outDir, target);
        if (!existsSync(file)) {
          broken.push(`${page} → ${href}`);
          continue;
        }
        if (url.hash) {
          const id = decodeURIComponent(url.hash.slice(1));
          const html = pages.get(target) ?? '';
          if (!html.includes(`id="${id}"`)) broken.push(`${page} → ${href} (no #${id})`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});
