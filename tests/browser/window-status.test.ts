/**
 * The notice status script (src/consultations/browser/status-script.ts) in Chromium, with the
 * page's clock pinned: a status built while the window was open turns to "closed" when the
 * reader's clock passes the closing moment, without a reload. The script's TypeScript is served
 * with its types stripped by Node (no bundler), each module at its own address.
 */
import { readFileSync } from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { ROOT } from '../helpers/build.ts';

const ORIGIN = 'http://notice.test';

const PAGE = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Thông báo</title></head><body>
<p id="status" data-window-status data-state="open"
   data-opens="2026-02-09T00:00:00+07:00" data-closes="2026-02-27T23:59:59+07:00"
   data-label-upcoming="Sắp lấy ý kiến" data-label-open="Đang lấy ý kiến"
   data-label-closed="Đã hết hạn lấy ý kiến">Đang lấy ý kiến</p>
<p>Từ ngày 09/02/2026 đến hết ngày 27/02/2026</p>
<script type="module" src="/src/consultations/browser/status-script.ts"></script>
</body></html>`;

async function open(browser: Browser, now: string): Promise<Page> {
  const page = await browser.newPage();
  await page.clock.install({ time: new Date(now) });
  await page.route(`${ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/') return route.fulfill({ contentType: 'text/html; charset=utf-8', body: PAGE });
    const source = readFileSync(join(ROOT, path), 'utf8');
    return route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: stripTypeScriptTypes(source) });
  });
  await page.goto(`${ORIGIN}/`);
  return page;
}

describe('the status script in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps "open" two seconds before the deadline, then turns to "closed" as the clock passes it', async () => {
    const page = await open(browser, '2026-02-27T23:59:58+07:00');
    const status = page.locator('#status');
    await expect.poll(() => status.getAttribute('data-state')).toBe('open');
    expect(await status.textContent()).toBe('Đang lấy ý kiến');
    await page.clock.runFor(2_500);
    await expect.poll(() => status.textContent()).toBe('Đã hết hạn lấy ý kiến');
    expect(await status.getAttribute('data-state')).toBe('closed');
    await page.close();
  });

  it('shows "closed" at once on a page opened after the deadline, built while open', async () => {
    const page = await open(browser, '2026-03-02T08:00:00+07:00');
    await expect.poll(() => page.locator('#status').textContent()).toBe('Đã hết hạn lấy ý kiến');
    await page.close();
  });
});
