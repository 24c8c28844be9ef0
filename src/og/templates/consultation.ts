/**
 * A public comment notice's card: the award proposed as the kicker, the notice's title as the
 * headline, the proposing body under it, the people proposed and the working days as figures, the
 * window in the footer. No status: the card is cached by whoever shares it, long after it closes.
 */
import { fitText } from '../fit.ts';
import type { OgElement } from '../h.ts';
import type { ConsultationCard } from '../cards.ts';
import { BODY_WIDTH, frame, headlineBody, kicker } from './frame.ts';

export const CONSULTATION_TITLE = {
  width: BODY_WIDTH,
  height: 160,
  sizes: [56, 50, 46, 42, 38, 34],
  lineHeight: 1.24,
  weight: 700,
} as const;

export function consultationTemplate(card: ConsultationCard): OgElement {
  return frame({
    site: card.site,
    section: card.section,
    meta: card.window,
    body: headlineBody({
      kicker: kicker(card.award),
      title: fitText(card.title, CONSULTATION_TITLE),
      lineGap: 10,
      line: card.proposer,
      figures: card.figures,
    }),
  });
}
