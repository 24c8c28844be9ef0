/** Fitting titles into a card: sizes stepped down, then whole lines and an ellipsis; never wider than the box. */
import { describe, expect, it } from 'vitest';
import { balanceLines, fitText, metricsFor, wrapLines } from '../../src/og/fit.ts';
import { clean } from '../../src/og/text.ts';
import { STORY_TITLE } from '../../src/og/templates/story.ts';

const bold = metricsFor(700);
const SHORT = 'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2025';

describe('font metrics', () => {
  it('measures Vietnamese letters from the font, the same in NFC and NFD', () => {
    const name = 'Đặng Thị Ngọc Thịnh';
    expect(bold.widthEm(name)).toBeGreaterThan(5);
    expect(bold.widthEm(clean(name.normalize('NFD')))).toBeCloseTo(bold.widthEm(name), 6);
    // Bold is wider than regular; a wide letter is wider than a narrow one.
    expect(bold.widthEm(name)).toBeGreaterThan(metricsFor(400).widthEm(name));
    expect(bold.widthEm('M')).toBeGreaterThan(bold.widthEm('i'));
  });
});

describe('wrapLines', () => {
  it('breaks at spaces, each line within the width', () => {
    const lines = wrapLines(SHORT, 600, 60, bold);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(SHORT);
    for (const line of lines) expect(bold.widthEm(line) * 60).toBeLessThanOrEqual(600);
  });

  it('splits a word longer than the line between letters', () => {
    const lines = wrapLines('x'.repeat(300), 500, 48, bold);
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.join('')).toBe('x'.repeat(300));
    for (const line of lines) expect(bold.widthEm(line) * 48).toBeLessThanOrEqual(500);
  });

  it('balances lines without adding one', () => {
    const plain = wrapLines(SHORT, STORY_TITLE.width, 80, bold);
    const balanced = balanceLines(SHORT, STORY_TITLE.width, 80, bold);
    expect(balanced).toHaveLength(plain.length);
    const widths = balanced.map((line) => bold.widthEm(line));
    const plainWidths = plain.map((line) => bold.widthEm(line));
    // The shortest line is no shorter than before: no word left alone on the last line.
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(Math.min(...plainWidths));
  });
});

describe('fitText', () => {
  it('draws a short title at the largest size', () => {
    const fitted = fitText(SHORT, STORY_TITLE);
    expect(fitted.fontSize).toBe(STORY_TITLE.sizes[0]);
    expect(fitted.clamped).toBe(false);
    expect(fitted.text.split('\n')).toHaveLength(fitted.lines);
  });

  it('steps the size down for a long title, still whole', () => {
    const long =
      'Cụm Thi đua số 1 tỉnh Ninh Bình tổng kết năm 2025, phát động thi đua năm 2026: Đặng Thị Ngọc Thịnh và những tấm gương điển hình tiên tiến được biểu dương';
    const fitted = fitText(long, STORY_TITLE);
    expect(fitted.fontSize).toBeLessThan(STORY_TITLE.sizes[0]);
    expect(fitted.clamped).toBe(false);
    expect(fitted.text.replace(/\n/g, ' ')).toBe(long);
    expect(fitted.lines * fitted.lineHeightPx).toBeLessThanOrEqual(STORY_TITLE.height);
  });

  it('clamps a 2,000-character title at the smallest size to the lines that fit', () => {
    const title = 'Đặng Thị Ngọc Thịnh hoàn thành xuất sắc nhiệm vụ năm 2025 '.repeat(40).slice(0, 2000);
    const fitted = fitText(title, STORY_TITLE);
    expect(fitted.clamped).toBe(true);
    expect(fitted.fontSize).toBe(STORY_TITLE.sizes.at(-1));
    expect(fitted.lines).toBeGreaterThan(fitted.maxLines);
    expect(fitted.maxLines * fitted.lineHeightPx).toBeLessThanOrEqual(STORY_TITLE.height);
    // Line height leaves room for two marks stacked above a capital (Ệ, Ặ, Ỗ).
    expect(fitted.lineHeightPx).toBeGreaterThanOrEqual(fitted.fontSize * 1.2);
  });
});
