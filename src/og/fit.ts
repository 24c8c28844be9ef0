/**
 * Fitting a title into its box: try the font sizes from largest to smallest and keep the first
 * at which the wrapped text fits; if none does, use the smallest and cut the text at the last
 * line that fits, ending it with an ellipsis (satori's lineClamp). Text is therefore always
 * whole lines inside the box, never clipped through a glyph.
 */
import { fontMetrics, type FontMetrics } from './metrics.ts';
import { fontData, type FontWeight } from './fonts.ts';
import { clean } from './text.ts';

export interface FitBox {
  /** Width of the text box in pixels. */
  width: number;
  /** Height of the text box in pixels. */
  height: number;
  /** Font sizes to try, largest first. */
  sizes: readonly number[];
  /** Line height as a multiple of the font size. Vietnamese stacks two marks above a capital (Ể, Ặ, Ỗ): keep ≥ 1.2. */
  lineHeight: number;
  weight: FontWeight;
}

export interface Fitted {
  /** The text to draw: balanced lines joined by line breaks, or the whole text when clamped. */
  text: string;
  fontSize: number;
  /** Line height in whole pixels (satori rounds it too). */
  lineHeightPx: number;
  /** Lines the text takes at that size (before clamping). */
  lines: number;
  /** Lines that fit in the box: the clamp. */
  maxLines: number;
  /** The text did not fit even at the smallest size and ends in an ellipsis. */
  clamped: boolean;
}

/**
 * Measured width is multiplied by this before comparing with the box: satori shapes with
 * kerning (narrower than our sum of advances) but rounds positions, so keep a little slack.
 */
const SLACK = 1.02;

const metricsCache = new Map<FontWeight, FontMetrics>();
export function metricsFor(weight: FontWeight): FontMetrics {
  let metrics = metricsCache.get(weight);
  if (!metrics) {
    metrics = fontMetrics(fontData(weight));
    metricsCache.set(weight, metrics);
  }
  return metrics;
}

/** Greedy line breaking at spaces, as satori does; a word wider than the line is split between letters. */
export function wrapLines(text: string, width: number, fontSize: number, metrics: FontMetrics): string[] {
  const fits = (line: string) => metrics.widthEm(line) * fontSize * SLACK <= width;
  const lines: string[] = [];
  let line = '';
  for (const word of clean(text).split(' ')) {
    if (!word) continue;
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    if (fits(word)) {
      line = word;
      continue;
    }
    // An over-long word (a URL, a number run): break anywhere, like overflowWrap: anywhere.
    for (const char of word) {
      if (line && !fits(line + char)) {
        lines.push(line);
        line = '';
      }
      line += char;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Lines of even length (like CSS `text-wrap: balance`): the narrowest width that still takes the
 * same number of lines. Done here because satori's own balancing, combined with a line clamp,
 * can wrap to more lines than fit. A headline then never ends with one word alone on its line.
 */
export function balanceLines(text: string, width: number, fontSize: number, metrics: FontMetrics): string[] {
  const lines = wrapLines(text, width, fontSize, metrics);
  if (lines.length < 2) return lines;
  let low = width / lines.length;
  let high = width;
  let best = lines;
  while (high - low > 4) {
    const mid = (low + high) / 2;
    const attempt = wrapLines(text, mid, fontSize, metrics);
    if (attempt.length <= lines.length) {
      best = attempt;
      high = mid;
    } else {
      low = mid;
    }
  }
  return best;
}

export function fitText(text: string, box: FitBox, metrics: FontMetrics = metricsFor(box.weight)): Fitted {
  let last: Omit<Fitted, 'text'> | undefined;
  for (const fontSize of box.sizes) {
    const lineHeightPx = Math.round(fontSize * box.lineHeight);
    const maxLines = Math.max(1, Math.floor(box.height / lineHeightPx));
    const lines = wrapLines(text, box.width, fontSize, metrics).length;
    last = { fontSize, lineHeightPx, lines, maxLines, clamped: lines > maxLines };
    if (!last.clamped) {
      return { ...last, text: balanceLines(text, box.width, fontSize, metrics).join('\n') };
    }
  }
  if (!last) throw new Error('fitText: no font sizes given');
  return { ...last, text: clean(text) };
}

/** The satori style of a fitted block of text: whole lines, an ellipsis when clamped. */
export function fittedStyle(fitted: Fitted, width: number): Record<string, string | number> {
  return {
    display: 'block',
    width,
    fontSize: fitted.fontSize,
    lineHeight: `${fitted.lineHeightPx}px`,
    lineClamp: fitted.maxLines,
    textOverflow: 'ellipsis',
    overflowWrap: 'anywhere',
    // Keep the line breaks of balanceLines.
    whiteSpace: 'pre-line',
  };
}
