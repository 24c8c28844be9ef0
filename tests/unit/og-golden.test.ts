/**
 * Golden images: each template drawn with titles full of stacked diacritics is compared pixel
 * by pixel with the PNG committed in tests/golden/. resvg draws the same pixels on every machine
 * (no system fonts, no GPU), so the tolerance only absorbs antialiasing noise.
 *
 * After an intended change to the cards, look at the new images, then refresh the goldens with
 *   UPDATE_GOLDENS=1 npx vitest run tests/unit/og-golden.test.ts
 * and commit them.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { CardModel } from '../../src/og/cards.ts';
import { portraitDataUrl } from '../../src/og/portrait.ts';
import { HEIGHT, renderCard, renderSvg, WIDTH } from '../../src/og/render.ts';
import { BAND, FOOTER, GOLD_RULE, MARGIN } from '../../src/og/templates/frame.ts';
import { STORY_TITLE } from '../../src/og/templates/story.ts';
import { fitText } from '../../src/og/fit.ts';
import { PALETTE } from '../../src/og/palette.ts';
import { SAMPLE_CARDS } from '../helpers/og-samples.ts';

const GOLDEN = fileURLToPath(new URL('../golden/', import.meta.url));
const ACTUAL = fileURLToPath(new URL('../../test-results/og-golden/', import.meta.url));
const UPDATE = process.env['UPDATE_GOLDENS'] === '1';

/** A channel differing by more than this counts as a changed pixel. */
const CHANNEL_TOLERANCE = 24;
/** At most this share of the pixels may change. */
const PIXEL_TOLERANCE = 0.001;

async function ready(card: CardModel): Promise<CardModel> {
  if (card.kind !== 'exemplar' || !card.portrait) return card;
  return { ...card, portrait: { ...card.portrait, src: await portraitDataUrl(card.portrait.path) } };
}

async function pixels(png: Uint8Array | string): Promise<{ data: Buffer; width: number; height: number }> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** A card's pixels as resvg draws them, before the PNG encoder chooses its colours (RGB). */
async function drawn(card: CardModel): Promise<{ data: Buffer }> {
  const image = new Resvg(await renderSvg(card), {
    font: { loadSystemFonts: false },
    fitTo: { mode: 'original' },
  }).render();
  return { data: Buffer.from(image.pixels.filter((_, i) => i % 4 !== 3)) };
}

function changedShare(a: Buffer, b: Buffer): number {
  let changed = 0;
  for (let i = 0; i < a.length; i += 3) {
    if (
      Math.abs((a[i] as number) - (b[i] as number)) > CHANNEL_TOLERANCE ||
      Math.abs((a[i + 1] as number) - (b[i + 1] as number)) > CHANNEL_TOLERANCE ||
      Math.abs((a[i + 2] as number) - (b[i + 2] as number)) > CHANNEL_TOLERANCE
    ) {
      changed++;
    }
  }
  return changed / (a.length / 3);
}

describe('card templates against their golden images', () => {
  it.each(Object.keys(SAMPLE_CARDS))('%s', async (name) => {
    const png = await renderCard(await ready(SAMPLE_CARDS[name] as CardModel));
    const golden = join(GOLDEN, `${name}.png`);
    if (UPDATE) {
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(golden, png);
    }
    mkdirSync(ACTUAL, { recursive: true });
    writeFileSync(join(ACTUAL, `${name}.png`), png);
    expect(existsSync(golden), `${golden} is missing: run with UPDATE_GOLDENS=1`).toBe(true);
    const actual = await pixels(png);
    const expected = await pixels(golden);
    expect([actual.width, actual.height]).toEqual([WIDTH, HEIGHT]);
    expect([expected.width, expected.height]).toEqual([WIDTH, HEIGHT]);
    expect(changedShare(actual.data, expected.data), `compare test-results/og-golden/${name}.png`).toBeLessThanOrEqual(
      PIXEL_TOLERANCE,
    );
  });

  it('the comparison can fail: another title differs from the golden', async () => {
    const story = SAMPLE_CARDS['story'] as CardModel & { kind: 'story' };
    const png = await renderCard({ ...story, title: 'Đại hội thi đua yêu nước tỉnh Ninh Bình lần thứ nhất' });
    const share = changedShare((await pixels(png)).data, (await pixels(join(GOLDEN, 'story.png'))).data);
    expect(share).toBeGreaterThan(PIXEL_TOLERANCE * 10);
  });
});

describe('an over-long title', () => {
  const story = SAMPLE_CARDS['story'] as CardModel & { kind: 'story' };
  const title = 'Đặng Thị Ngọc Thịnh — Hội nghị tổng kết công tác thi đua, khen thưởng năm 2025; ỆẶỖ '
    .repeat(30)
    .slice(0, 2000);

  it('is fitted: smallest size, clamped to the lines that fit in the title box', () => {
    const fitted = fitText(title, STORY_TITLE);
    expect(fitted.clamped).toBe(true);
    expect(fitted.maxLines * fitted.lineHeightPx).toBeLessThanOrEqual(STORY_TITLE.height);
  });

  // The drawing itself, exact: the encoder chooses each card's 16 colours, which may differ by a
  // level between two cards on a few glyph edges.
  it('stays inside the card: masthead, footer and the right margin are the same as with a short title', async () => {
    const long = await drawn({ ...story, title });
    const short = await drawn(story);
    const rowBytes = WIDTH * 3;
    const region = (image: Buffer, x0: number, y0: number, x1: number, y1: number) => {
      const parts: Buffer[] = [];
      for (let y = y0; y < y1; y++) parts.push(image.subarray(y * rowBytes + x0 * 3, y * rowBytes + x1 * 3));
      return Buffer.concat(parts);
    };
    const top = BAND + GOLD_RULE;
    const footerTop = HEIGHT - FOOTER;
    // Masthead band and gold rule, and the footer: untouched by the title.
    expect(region(long.data, 0, 0, WIDTH, top).equals(region(short.data, 0, 0, WIDTH, top))).toBe(true);
    expect(region(long.data, 0, footerTop, WIDTH, HEIGHT).equals(region(short.data, 0, footerTop, WIDTH, HEIGHT))).toBe(
      true,
    );
    // The right margin beside the text (4 px of slack for glyph overhang) is bare paper.
    const margin = region(long.data, WIDTH - MARGIN + 4, top, WIDTH, footerTop);
    const paper = [1, 3, 5].map((i) => parseInt(PALETTE.paper.slice(i, i + 2), 16));
    let notPaper = 0;
    for (let i = 0; i < margin.length; i += 3) {
      if (margin[i] !== paper[0] || margin[i + 1] !== paper[1] || margin[i + 2] !== paper[2]) notPaper++;
    }
    expect(margin.length).toBeGreaterThan(0);
    expect(notPaper).toBe(0);
    // And the title did draw something (the test is not comparing two empty cards).
    expect(
      region(long.data, MARGIN, top, WIDTH - MARGIN, footerTop).equals(
        region(short.data, MARGIN, top, WIDTH - MARGIN, footerTop),
      ),
    ).toBe(false);
  });
});
