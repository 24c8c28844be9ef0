/** Units, clusters and movements: a kicker, the name large, one line under it, and figures. */
import { fitText, fittedStyle } from '../fit.ts';
import { h, type OgElement } from '../h.ts';
import { PALETTE } from '../palette.ts';
import type { EntityCard } from '../cards.ts';
import { BODY_WIDTH, figures, frame, kicker } from './frame.ts';

export const ENTITY_TITLE = {
  width: BODY_WIDTH,
  height: 180,
  sizes: [76, 68, 60, 52, 46, 40],
  lineHeight: 1.22,
  weight: 700,
} as const;

export function entityTemplate(card: EntityCard): OgElement {
  const fitted = fitText(card.name, ENTITY_TITLE);
  return frame({
    site: card.site,
    section: card.section,
    body: h(
      'div',
      { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', height: '100%' },
      h(
        'div',
        { display: 'flex', flexDirection: 'column' },
        kicker(card.kicker),
        h('div', { ...fittedStyle(fitted, ENTITY_TITLE.width), fontWeight: 700, color: PALETTE.ink }, fitted.text),
        card.line &&
          h(
            'div',
            {
              display: 'block',
              marginTop: 8,
              fontSize: 28,
              lineHeight: '38px',
              color: PALETTE.muted,
              lineClamp: 1,
              textOverflow: 'ellipsis',
              width: BODY_WIDTH,
            },
            card.line,
          ),
      ),
      card.figures.length > 0 && figures(card.figures),
    ),
  });
}
