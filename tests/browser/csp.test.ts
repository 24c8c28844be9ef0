/**
 * The Content-Security-Policy (src/security/csp.ts) in Chromium over the sample site: every
 * page carries it, satisfies it (no violation report, no console error) and requests nothing
 * from another origin; and it is really enforced — markup injected into a page cannot run.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleSite } from '../helpers/sample-site.ts';
import { launchBrowser, serve } from '../helpers/browser.ts';

describe('Content-Security-Policy', () => {
  let browser: Browser;
  let server: { url: string; stop: () => Promise<void> };
  let outDir: string;
  let htmlFiles: string[];
  let page: Page;
  const violations: string[] = [];
  const errors: string[] = [];
  const foreign: string[] = [];
  let notFoundPage = false;

  beforeAll(async () => {
    const run = sampleSite();
    if (run.status !== 0) throw new Error(run.output);
    outDir = run.outDir;
    htmlFiles = readdirSync(outDir, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.html'))
      // The editor has a policy of its own (see the last test).
      .filter((file) => !file.startsWith('admin/'))
      .sort();
    server = await serve(outDir);
    browser = await launchBrowser();
    page = await browser.newPage();
    await page.exposeFunction('__cspViolation', (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { __cspViolation: (t: string) => void }).__cspViolation(
          `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`,
        ),
      );
    });
    // Only the not-found page may answer 404 (its own document): a missing icon, or a search
    // asking for a file that does not exist, would be a 404 on every reader's page.
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      if (notFoundPage && /Failed to load resource: .*404/.test(message.text())) return;
      errors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(server.url) && !url.startsWith('data:')) foreign.push(url);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  function policyOf(file: string): string {
    const html = readFileSync(join(outDir, file), 'utf8');
    return /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  }

  it('is on every page, without unsafe-inline, with the directives the site relies on', () => {
    expect(htmlFiles.length).toBeGreaterThan(50);
    // The pages the law asks for (issue 20) are among them, and the story's print island.
    expect(htmlFiles).toEqual(expect.arrayContaining(['en/index.html', 'tiep-can/index.html', 'du-lieu/index.html']));
    for (const file of htmlFiles) {
      const policy = policyOf(file);
      expect(policy, file).not.toBe('');
      expect(policy, file).not.toContain('unsafe-inline');
      expect(policy, file).not.toContain("'unsafe-eval'");
      for (const directive of [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "script-src 'self' 'wasm-unsafe-eval' 'sha256-",
      ]) {
        expect(policy, file).toContain(directive);
      }
    }
  });

  it('comes before every script of the page, so it covers them all', () => {
    for (const file of htmlFiles) {
      const html = readFileSync(join(outDir, file), 'utf8');
      const policyAt = html.indexOf('http-equiv="content-security-policy"');
      const firstScript = html.search(/<script(?![^>]*application\/ld\+json)/);
      expect(policyAt, file).toBeGreaterThan(0);
      if (firstScript >= 0) expect(policyAt, file).toBeLessThan(firstScript);
    }
  });

  it('is satisfied by every page: no violation, no console error, nothing from another origin', async () => {
    // The not-found page last: the browser asks for the site's icon on the first page it opens.
    const ordered = [...htmlFiles.filter((file) => file !== '404.html'), '404.html'];
    for (const file of ordered) {
      const path = `/${file.replace(/index\.html$/, '').replace(/^404\.html$/, 'khong-co-trang-nay/')}`;
      notFoundPage = file === '404.html';
      await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
      // The islands ran (the night-mode button is shown by its script).
      expect(await page.locator('#theme-toggle').isVisible(), path).toBe(true);
    }
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  });

  it('lets the night-mode script and toggle work under the policy', async () => {
    await page.goto(`${server.url}/`);
    await page.locator('#theme-toggle').click();
    await page.goto(`${server.url}/khen-thuong/`);
    // Restored before paint by the hashed inline script.
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    await page.evaluate(() => localStorage.clear());
    expect(violations).toEqual([]);
  });

  it("lets a story's print island run under the policy", async () => {
    const story = htmlFiles.find((file) => file.startsWith('tin-tuc/') && !file.startsWith('tin-tuc/trang/'));
    await page.goto(`${server.url}/${(story as string).replace(/index\.html$/, '')}`);
    // Shown by its script, which the policy allows by its hash.
    expect(await page.locator('#print-story').isVisible()).toBe(true);
    expect(violations).toEqual([]);
  });

  it('is enforced: markup injected into a page cannot run script', async () => {
    await page.goto(`${server.url}/`);
    await page.evaluate(() => {
      document.body.insertAdjacentHTML('beforeend', '<img src="data:," onerror="window.__injected = 1">');
      const script = document.createElement('script');
      script.textContent = 'window.__injected = 2';
      document.body.append(script);
    });
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
    expect(violations.length).toBeGreaterThanOrEqual(2);
    expect(violations.join('\n')).toMatch(/script-src-attr|script-src-elem|script-src/);
    violations.length = 0;
  });
  it('gives the editor (/admin/) its own policy: inline styles and its git host only, scripts as strict', async () => {
    const policy = policyOf('admin/index.html');
    const scriptSrc = /script-src [^;]*/.exec(policy)?.[0] ?? '';
    expect(scriptSrc).toMatch(/^script-src 'self' /);
    expect(scriptSrc).not.toMatch(/'unsafe-(inline|eval)'/);
    expect(policy).toMatch(/style-src 'self' 'unsafe-inline'/);
    // The sample site's editor is the test repository in the browser: no git host at all
    // (tests/build/admin-build.test.ts checks a site on GitHub).
    expect(/connect-src [^;]*/.exec(policy)?.[0]).toBe("connect-src 'self' data: blob:");
    expect(/img-src [^;]*/.exec(policy)?.[0]).toBe("img-src 'self' data: blob:");
    violations.length = 0;
    errors.length = 0;
    foreign.length = 0;
    await page.goto(`${server.url}/admin/`, { waitUntil: 'load' });
    await page.getByRole('button').first().waitFor({ timeout: 15_000 });
    expect(violations).toEqual([]);
    // Sveltia draws its icons from blobs it makes itself, on the site's own origin.
    expect(foreign.filter((url) => !url.startsWith(`blob:${server.url}/`))).toEqual([]);
  });
});
