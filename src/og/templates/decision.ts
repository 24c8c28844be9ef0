/** A decision's card: the award and class as the headline, number and issuer, recipients and year. */
import { fitText } from '../fit.ts';
import type { OgElement } from '../h.ts';
import type { DecisionCard } from '../cards.ts';
import { BODY_WIDTH, badge, frame, headlineBody, kicker } from './frame.ts';

export const DECISION_TITLE = {
  width: BODY_WIDTH,
  height: 160,
  sizes: [64, 58, 52, 46, 40],
  lineHeight: 1.24,
  weight: 700,
} as const;

export function decisionTemplate(card: DecisionCard): OgElement {
  return frame({
    site: card.site,
    section: card.section,
    meta: card.signed,
    body: headlineBody({
      kicker: kicker(card.kicker, card.status ? badge(card.status) : undefined),
      title: fitText(card.award, DECISION_TITLE),
      lineGap: 10,
      line: `${card.number} · ${card.issuer}`,
      figures: card.figures,
    }),
  });
}
