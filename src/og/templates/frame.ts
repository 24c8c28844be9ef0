/**
 * The frame every card shares, in the manner of a national paper's share card: a red masthead
 * band with the emblem and the site's name, a gold rule, the content on warm paper, and a
 * footer with the site's address. Sizes are for 1200×630 (Facebook, Zalo, X large cards).
 */
import { emblem } from '../emblem.ts';
import { FONT_FAMILY } from '../fonts.ts';
import { fittedStyle, type Fitted } from '../fit.ts';
import { h, type OgChild, type OgElement } from '../h.ts';
import { PALETTE } from '../palette.ts';
import type { CardSite, Figure } from '../cards.ts';

export const WIDTH = 1200;
export const HEIGHT = 630;
/** Left and right margin of the content. */
export const MARGIN = 64;
export const BAND = 92;
export const GOLD_RULE = 8;
export const FOOTER = 78;
/** Space between the gold rule and the content, and between the content and the footer. */
export const BODY_TOP = 40;
export const BODY_BOTTOM = 22;
/** Width and height of the content area. */
export const BODY_WIDTH = WIDTH - 2 * MARGIN;
export const BODY_HEIGHT = HEIGHT - BAND - GOLD_RULE - FOOTER - BODY_TOP - BODY_BOTTOM;

/** Small capitals line above a title: the section or category, in red. */
export const KICKER_SIZE = 26;
export const KICKER_HEIGHT = 36;
export const KICKER_GAP = 16;

export function kicker(text: string, extra?: OgChild): OgElement {
  return h(
    'div',
    { display: 'flex', alignItems: 'center', height: KICKER_HEIGHT, marginBottom: KICKER_GAP, gap: 16 },
    h(
      'div',
      {
        display: 'block',
        fontSize: KICKER_SIZE,
        fontWeight: 700,
        letterSpacing: 1.5,
        color: PALETTE.red,
        textTransform: 'uppercase',
        lineClamp: 1,
        textOverflow: 'ellipsis',
        maxWidth: BODY_WIDTH - 260,
      },
      text,
    ),
    extra,
  );
}

/** A red badge (proposal, revoked) beside a kicker. */
export function badge(text: string): OgElement {
  return h(
    'div',
    {
      display: 'flex',
      padding: '2px 14px',
      borderRadius: 6,
      backgroundColor: PALETTE.red,
      color: PALETTE.white,
      fontSize: 22,
      fontWeight: 700,
      letterSpacing: 1,
      textTransform: 'uppercase',
    },
    text,
  );
}

/** A row of big numbers with their labels. */
export function figures(list: readonly Figure[], options: { color?: string; labelColor?: string } = {}): OgElement {
  return h(
    'div',
    { display: 'flex', gap: 56 },
    ...list.slice(0, 4).map((figure) =>
      h(
        'div',
        { display: 'flex', flexDirection: 'column', maxWidth: 320 },
        h(
          'div',
          {
            display: 'block',
            fontSize: figure.value.length > 8 ? 34 : 54,
            fontWeight: 700,
            // Words (a period "2021-2025") are set smaller than numbers, on the same line height.
            lineHeight: '68px',
            color: options.color ?? PALETTE.red,
            lineClamp: 1,
            textOverflow: 'ellipsis',
          },
          figure.value,
        ),
        h(
          'div',
          {
            display: 'block',
            fontSize: 22,
            lineHeight: '30px',
            color: options.labelColor ?? PALETTE.muted,
            lineClamp: 1,
            textOverflow: 'ellipsis',
          },
          figure.label,
        ),
      ),
    ),
  );
}

function masthead(site: CardSite, section: string): OgElement {
  return h(
    'div',
    {
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'space-between',
      height: BAND,
      padding: `0 ${MARGIN}px`,
      backgroundColor: PALETTE.red,
    },
    h(
      'div',
      { display: 'flex', alignItems: 'center', gap: 18 },
      emblem(60),
      h(
        'div',
        {
          display: 'block',
          fontSize: 34,
          fontWeight: 700,
          letterSpacing: 3,
          color: PALETTE.goldText,
          textTransform: 'uppercase',
          lineClamp: 1,
          textOverflow: 'ellipsis',
          maxWidth: 560,
        },
        site.name,
      ),
    ),
    h(
      'div',
      { display: 'flex', alignItems: 'center', gap: 16 },
      site.demoLabel &&
        h(
          'div',
          {
            display: 'flex',
            padding: '2px 12px',
            border: `2px solid ${PALETTE.goldText}`,
            borderRadius: 6,
            color: PALETTE.goldText,
            fontSize: 18,
            fontWeight: 700,
            letterSpacing: 1,
            textTransform: 'uppercase',
          },
          site.demoLabel,
        ),
      h(
        'div',
        {
          display: 'block',
          fontSize: 22,
          fontWeight: 600,
          letterSpacing: 2,
          color: PALETTE.white,
          textTransform: 'uppercase',
        },
        section,
      ),
    ),
  );
}

function footer(site: CardSite, meta: string | undefined): OgElement {
  return h(
    'div',
    {
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'space-between',
      height: FOOTER,
      margin: `0 ${MARGIN}px`,
      borderTop: `2px solid ${PALETTE.rule}`,
      fontSize: 24,
      color: PALETTE.muted,
    },
    h('div', { display: 'flex', fontWeight: 600, color: PALETTE.red }, site.host),
    meta ? h('div', { display: 'block', lineClamp: 1, textOverflow: 'ellipsis', maxWidth: 700 }, meta) : '',
  );
}

/** A card's outer box, 1200×630, its parts stacked: `style` adds its colours. */
export function cardBox(
  style: Record<string, string | number>,
  ...children: (OgChild | false | null | undefined)[]
): OgElement {
  return h(
    'div',
    { display: 'flex', flexDirection: 'column', width: WIDTH, height: HEIGHT, fontFamily: FONT_FAMILY, ...style },
    ...children,
  );
}

/** The gold rule under the masthead band. */
export const goldRule = (): OgElement =>
  h('div', { display: 'flex', height: GOLD_RULE, backgroundColor: PALETTE.gold });

/** The whole card: masthead, gold rule, the body, the footer. */
export function frame(options: {
  site: CardSite;
  section: string;
  body: OgChild;
  meta?: string | undefined;
}): OgElement {
  return cardBox(
    { backgroundColor: PALETTE.paper, color: PALETTE.ink },
    masthead(options.site, options.section),
    goldRule(),
    h(
      'div',
      {
        display: 'flex',
        flexDirection: 'column',
        height: BODY_HEIGHT + BODY_TOP + BODY_BOTTOM,
        padding: `${BODY_TOP}px ${MARGIN}px ${BODY_BOTTOM}px`,
      },
      options.body,
    ),
    footer(options.site, options.meta),
  );
}

/**
 * The body of the cards that name something (decisions, units, clusters, movements): a kicker, the
 * fitted headline and one muted line at the top, the figures at the bottom.
 */
export function headlineBody(options: {
  kicker: OgElement;
  title: Fitted;
  /** Space between the headline and the line under it. */
  lineGap: number;
  line?: string | undefined;
  figures?: readonly Figure[] | undefined;
}): OgElement {
  return h(
    'div',
    { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', height: '100%' },
    h(
      'div',
      { display: 'flex', flexDirection: 'column' },
      options.kicker,
      h('div', { ...fittedStyle(options.title, BODY_WIDTH), fontWeight: 700, color: PALETTE.ink }, options.title.text),
      options.line &&
        h(
          'div',
          {
            display: 'block',
            marginTop: options.lineGap,
            fontSize: 28,
            lineHeight: '38px',
            color: PALETTE.muted,
            lineClamp: 1,
            textOverflow: 'ellipsis',
            width: BODY_WIDTH,
          },
          options.line,
        ),
    ),
    options.figures && figures(options.figures),
  );
}
