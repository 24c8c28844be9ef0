/**
 * The honour roll on a wide screen (issue 20): a short list keeps the page's width instead of
 * being set in a quarter-width column beside three empty ones; a long one still flows into columns.
 */
import { describe, expect, it } from 'vitest';
import { routes } from '../../src/routing/index.ts';
import { sampleSiteInBrowser } from '../helpers/sample-browser.ts';

describe('the honour roll at 1280 px', () => {
  const site = sampleSiteInBrowser();

  it('sets short lists at full width and long ones in columns', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const lists: { year: number; items: number; columnWidth: string; widest: number; width: number }[] = [];
    for (const year of [2022, 2023, 2024]) {
      await page.goto(`${site.url}${routes.roll(year)}`);
      const found = await page.$$eval('ul.roll', (uls) =>
        uls.map((ul) => ({
          items: ul.children.length,
          columnWidth: getComputedStyle(ul).columnWidth,
          widest: Math.max(...[...ul.children].map((li) => li.getBoundingClientRect().width)),
          width: ul.getBoundingClientRect().width,
        })),
      );
      lists.push(...found.map((list) => ({ year, ...list })));
    }
    const short = lists.filter((list) => list.items <= 2);
    const long = lists.filter((list) => list.items > 20);
    expect(short.length).toBeGreaterThan(0);
    expect(long.length).toBeGreaterThan(0);
    for (const list of short) {
      expect(list.columnWidth, JSON.stringify(list)).toBe('auto');
      // One column: an entry may use the list's whole width, not a quarter of it.
      expect(list.widest, JSON.stringify(list)).toBeGreaterThan(list.width * 0.9);
    }
    for (const list of long) expect(list.widest, JSON.stringify(list)).toBeLessThan(list.width / 2);
    await page.close();
  });
});
