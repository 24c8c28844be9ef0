/** An exemplar's card: the portrait (when there is one) in a gold frame, the name, position and unit. */
import { fitText, fittedStyle } from '../fit.ts';
import { el, h, type OgElement } from '../h.ts';
import { PALETTE } from '../palette.ts';
import type { ExemplarCard } from '../cards.ts';
import { BODY_HEIGHT, BODY_WIDTH, frame, kicker } from './frame.ts';

/** Portrait size inside its frame; the renderer crops the picture to exactly this. */
export const PORTRAIT = { width: 270, height: BODY_HEIGHT - 12 } as const;
const PORTRAIT_BORDER = 6;
const PORTRAIT_GAP = 48;

export function exemplarTitle(withPortrait: boolean) {
  return {
    width: withPortrait ? BODY_WIDTH - PORTRAIT.width - 2 * PORTRAIT_BORDER - PORTRAIT_GAP : BODY_WIDTH,
    height: 180,
    sizes: [76, 68, 60, 52, 46, 40],
    lineHeight: 1.22,
    weight: 700,
  } as const;
}

function line(text: string, width: number, style: Record<string, string | number> = {}): OgElement {
  return h(
    'div',
    {
      display: 'block',
      width,
      fontSize: 28,
      lineHeight: '38px',
      color: PALETTE.muted,
      lineClamp: 2,
      textOverflow: 'ellipsis',
      ...style,
    },
    text,
  );
}

export function exemplarTemplate(card: ExemplarCard): OgElement {
  const src = card.portrait?.src;
  const box = exemplarTitle(Boolean(src));
  const fitted = fitText(card.name, box);
  const text = h(
    'div',
    { display: 'flex', flexDirection: 'column', width: box.width },
    kicker(card.kicker),
    h('div', { ...fittedStyle(fitted, box.width), fontWeight: 700, color: PALETTE.ink }, fitted.text),
    h(
      'div',
      { display: 'flex', flexDirection: 'column', marginTop: 14, gap: 6 },
      card.position && line(card.position, box.width),
      card.unit && line(card.unit, box.width, { color: PALETTE.red, fontWeight: 600, lineClamp: 1 }),
      card.field && line(card.field, box.width, { fontSize: 24, lineHeight: '32px', lineClamp: 1 }),
    ),
  );
  if (!src) return frame({ site: card.site, section: card.section, body: text });
  return frame({
    site: card.site,
    section: card.section,
    body: h(
      'div',
      { display: 'flex', gap: PORTRAIT_GAP },
      h(
        'div',
        { display: 'flex', border: `${PORTRAIT_BORDER}px solid ${PALETTE.gold}`, backgroundColor: PALETTE.rule },
        el('img', { src, width: PORTRAIT.width, height: PORTRAIT.height, style: { objectFit: 'cover' } }),
      ),
      text,
    ),
  });
}
