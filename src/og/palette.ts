/**
 * Card colours: the site's red (--accent in global.css) and a gold, on warm paper. Pairs used
 * for text are checked for WCAG AA contrast in tests/unit/og-palette.test.ts.
 */
export const PALETTE = {
  /** The site's red: masthead band, kickers, figures. */
  red: '#a50e0e',
  /** Darker red under the band's text (a gradient end). */
  redDeep: '#7f0a0a',
  /** Gold for the star and rules (not for text on paper: too light). */
  gold: '#e0a800',
  /** Gold text on red. */
  goldText: '#ffd75e',
  paper: '#fffcf5',
  ink: '#1a1a1a',
  muted: '#4d4d4d',
  rule: '#e6dcc8',
  white: '#ffffff',
} as const;

/** Text colour pairs the templates print, [foreground, background]. */
export const TEXT_PAIRS: [string, string][] = [
  [PALETTE.ink, PALETTE.paper],
  [PALETTE.muted, PALETTE.paper],
  [PALETTE.red, PALETTE.paper],
  [PALETTE.white, PALETTE.red],
  [PALETTE.goldText, PALETTE.red],
  [PALETTE.white, PALETTE.redDeep],
  [PALETTE.goldText, PALETTE.redDeep],
];
