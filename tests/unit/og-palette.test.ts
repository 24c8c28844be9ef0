/** Text on the cards, light on red included, meets WCAG AA contrast (4.5:1). */
import { describe, expect, it } from 'vitest';
import { PALETTE, TEXT_PAIRS } from '../../src/og/palette.ts';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('card palette', () => {
  it.each(TEXT_PAIRS)('%s on %s has at least 4.5:1 contrast', (foreground, background) => {
    expect(contrast(foreground, background)).toBeGreaterThanOrEqual(4.5);
  });

  it('the formula is right: black on white is 21:1, gold on paper fails (so gold is never text on paper)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast(PALETTE.gold, PALETTE.paper)).toBeLessThan(4.5);
  });
});
