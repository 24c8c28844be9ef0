/**
 * Every internal link of the built sample site leads to a page that exists, and every
 * #anchor to an element with that id.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleSite } from '../helpers/sample-site.ts';

describe('links in the sample site', () => {
  const pages = new Map<string, string>();
  let outDir: string;

  beforeAll(() => {
    const run = sampleSite();
    if (run.status !== 0) throw new Error(run.output);
    outDir = run.outDir;
    for (const file of readdirSync(outDir, { recursive: true }).map(String)) {
      if (file.endsWith('.html'))
        pages.set(`/${file.replace(/index\.html$/, '')}`, readFileSync(join(outDir, file), 'utf8'));
    }
  });

  it('builds many pages, the ones the law asks for among them', () => {
    expect(pages.size).toBeGreaterThan(50);
    for (const page of ['/en/', '/tiep-can/', '/du-lieu/']) expect(pages.has(page), page).toBe(true);
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
