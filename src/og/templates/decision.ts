/** A decision's card: the award and class as the headline, number and issuer, recipients and year. */
import { fitText, fittedStyle } from '../fit.ts';
import { h, type OgElement } from '../h.ts';
import { PALETTE } from '../palette.ts';
import type { DecisionCard } from '../cards.ts';
import { BODY_WIDTH, badge, figures, frame, kicker } from './frame.ts';

export const DECISION_TITLE = {
  width: BODY_WIDTH,
  height: 160,
  sizes: [64, 58, 52, 46, 40],
  lineHeight: 1.24,
  weight: 700,
} as const;

export function decisionTemplate(card: DecisionCard): OgElement {
  const fitted = fitText(card.award, DECISION_TITLE);
  return frame({
    site: card.site,
    section: card.section,
    meta: card.signed,
    body: h(
      'div',
      { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', height: '100%' },
      h(
        'div',
        { display: 'flex', flexDirection: 'column' },
        kicker(card.kicker, card.status ? badge(card.status) : undefined),
        h('div', { ...fittedStyle(fitted, DECISION_TITLE.width), fontWeight: 700, color: PALETTE.ink }, fitted.text),
        h(
          'div',
          {
            display: 'block',
            marginTop: 10,
            fontSize: 28,
            lineHeight: '38px',
            color: PALETTE.muted,
            lineClamp: 1,
            textOverflow: 'ellipsis',
            width: BODY_WIDTH,
          },
          `${card.number} · ${card.issuer}`,
        ),
      ),
      figures(card.figures),
    ),
  });
}
