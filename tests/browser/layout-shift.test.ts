/**
 * Nothing moves under a reader's thumb while a page loads (issue 20: the search page shifted by
 * 0.36–0.39 as its results came in, 0.17 without a query; a story by 0.18 when its print and
 * read-aloud buttons appeared after their script files arrived). Each page is opened on a
 * phone-sized screen with the CPU slowed six times and its script files a second late, as a cheap phone on a slow
 * network runs it, so that the browser paints
 * before the scripts run, as it does there; the layout shifts it reports are added up as
 * Lighthouse's CLS adds them (the page's lifetime, here until the results are shown).
 */
import { describe, expect, it } from 'vitest';
import { routes } from '../../src/routing/index.ts';
import { sampleSiteInBrowser } from '../helpers/sample-browser.ts';

const PAGES: [kind: string, path: string][] = [
  ['search with a query', `${routes.search()}?q=nguyen+van`],
  ['search with a word in many pages', `${routes.search()}?q=dua`],
  ['search without a query', routes.search()],
  ['home', routes.home()],
  ['story', routes.story('cum-thi-dua-so-1-ninh-binh-phat-dong-thi-dua-2026')],
  ['decision', routes.decision('lao-cai-bang-khen-khoi-huyen-2023')],
];

interface Shift {
  value: number;
  sources: string[];
}

describe('layout shift while a page loads', () => {
  const site = sampleSiteInBrowser();

  it.each(PAGES)('%s (%s) shifts less than 0.1 on a slow phone', async (_kind, path) => {
    const context = await site.browser.newContext({
      viewport: { width: 390, height: 800 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
    // Script files arrive late, as on a slow network (Lighthouse's slow 4G): the page is painted
    // before they run, so whatever they reveal must already have its place.
    await page.route('**/_astro/*.js', async (route) => {
      await new Promise((done) => setTimeout(done, 1000));
      await route.continue();
    });
    await page.addInitScript(() => {
      const shifts: Shift[] = [];
      Object.assign(window, { shifts });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
          sources: { node?: Node | null }[];
        })[]) {
          if (entry.hadRecentInput) continue;
          shifts.push({
            value: entry.value,
            sources: entry.sources.map((s) => (s.node instanceof Element ? s.node.outerHTML.slice(0, 80) : '?')),
          });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
    if (path.includes('?q=')) await page.locator('.search-result').first().waitFor();
    await page.waitForTimeout(500);
    const shifts = await page.evaluate(() => (window as unknown as { shifts: Shift[] }).shifts);
    const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
    expect(total, JSON.stringify(shifts, null, 1)).toBeLessThan(0.1);
    await context.close();
  });
});
