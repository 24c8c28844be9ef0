/**
 * The main menu on a phone (issue 20): at 320 and 390 px, with and without JavaScript, every
 * item is on screen and not hidden behind a scrolling bar, the keyboard reaches each in order and
 * opens it, and a tap where the reader sees it opens it. A menu clipped by `overflow-x: auto`
 * fails here: its last items lie past the screen's edge, where nothing shows they exist.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MAIN_NAVIGATION } from '../../src/routing/navigation.ts';
import { routes } from '../../src/routing/index.ts';
import { sampleSiteInBrowser } from '../helpers/sample-browser.ts';

const PAGES = [
  routes.home(),
  routes.story('cum-thi-dua-so-1-ninh-binh-phat-dong-thi-dua-2026'),
  routes.decision('lao-cai-bang-khen-khoi-huyen-2023'),
  routes.search(),
];
const CASES = [320, 390].flatMap((width) => [true, false].map((script) => [width, script] as const));

describe('the main menu on a phone', () => {
  const site = sampleSiteInBrowser();

  async function phone(width: number, script: boolean): Promise<BrowserContext> {
    return site.browser.newContext({
      viewport: { width, height: 740 },
      hasTouch: true,
      isMobile: true,
      javaScriptEnabled: script,
      locale: 'vi-VN',
    });
  }

  /** Each menu link's box, and whether the point at its centre is the link itself (not clipped or covered). */
  async function menu(page: Page) {
    return page.$$eval('header nav a', (links) =>
      links.map((link) => {
        const box = link.getBoundingClientRect();
        const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        return {
          text: link.textContent?.trim() ?? '',
          href: link.getAttribute('href') ?? '',
          left: box.left,
          right: box.right,
          height: box.height,
          x: box.x + box.width / 2,
          y: box.y + box.height / 2,
          seen: hit !== null && link.contains(hit),
        };
      }),
    );
  }

  it.each(CASES)('at %i px (JavaScript %s) shows every item on the screen, none clipped', async (width, script) => {
    const context = await phone(width, script);
    const page = await context.newPage();
    for (const path of PAGES) {
      await page.goto(`${site.url}${path}`);
      const items = await menu(page);
      expect(items.map((item) => item.text)).toEqual(MAIN_NAVIGATION.map((item) => item.label));
      for (const item of items) {
        expect(item.left, `${path}: ${item.text}`).toBeGreaterThanOrEqual(0);
        expect(item.right, `${path}: ${item.text}`).toBeLessThanOrEqual(width);
        expect(item.seen, `${path}: ${item.text} is covered or clipped`).toBe(true);
        // WCAG 2.2 target size (2.5.8): at least 24 px high.
        expect(item.height, `${path}: ${item.text}`).toBeGreaterThanOrEqual(24);
      }
      // Nothing makes the page itself scroll sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    }
    await context.close();
  });

  it.each(CASES)('at %i px (JavaScript %s) the keyboard reaches and opens every item', async (width, script) => {
    const context = await phone(width, script);
    const page = await context.newPage();
    for (const [index, item] of MAIN_NAVIGATION.entries()) {
      await page.goto(`${site.url}${routes.story('cum-thi-dua-so-1-ninh-binh-phat-dong-thi-dua-2026')}`);
      // From the top of the page: past the skip link and the site's name, then the menu in order.
      let reached = '';
      for (let presses = 0; presses < 4 + index && reached !== item.href; presses++) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(() =>
          document.activeElement?.closest('header nav') ? (document.activeElement.getAttribute('href') ?? '') : '',
        );
      }
      expect(reached, item.label).toBe(item.href);
      const focused = await page.evaluate(() => {
        const box = (document.activeElement as Element).getBoundingClientRect();
        return {
          left: box.left,
          right: box.right,
          outline: getComputedStyle(document.activeElement as Element).outlineStyle,
        };
      });
      expect(focused.left).toBeGreaterThanOrEqual(0);
      expect(focused.right).toBeLessThanOrEqual(width);
      expect(focused.outline).toBe('solid');
      await Promise.all([page.waitForURL(`${site.url}${item.href}`), page.keyboard.press('Enter')]);
    }
    await context.close();
  });

  it.each(CASES)('at %i px (JavaScript %s) a tap where an item is seen opens it', async (width, script) => {
    const context = await phone(width, script);
    const page = await context.newPage();
    for (const item of MAIN_NAVIGATION) {
      await page.goto(`${site.url}${routes.decision('lao-cai-bang-khen-khoi-huyen-2023')}`);
      // Tapped at the point where it is drawn now, without scrolling anything into view first.
      const target = (await menu(page)).find((entry) => entry.href === item.href);
      expect(target?.seen, item.label).toBe(true);
      await Promise.all([
        page.waitForURL(`${site.url}${item.href}`),
        page.touchscreen.tap(target?.x ?? -1, target?.y ?? -1),
      ]);
    }
    await context.close();
  });
});
