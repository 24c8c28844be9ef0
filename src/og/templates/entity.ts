/** Units, clusters and movements: a kicker, the name large, one line under it, and figures. */
import { fitText } from '../fit.ts';
import type { OgElement } from '../h.ts';
import type { EntityCard } from '../cards.ts';
import { BODY_WIDTH, frame, headlineBody, kicker } from './frame.ts';

export const ENTITY_TITLE = {
  width: BODY_WIDTH,
  height: 180,
  sizes: [76, 68, 60, 52, 46, 40],
  lineHeight: 1.22,
  weight: 700,
} as const;

export function entityTemplate(card: EntityCard): OgElement {
  return frame({
    site: card.site,
    section: card.section,
    body: headlineBody({
      kicker: kicker(card.kicker),
      title: fitText(card.name, ENTITY_TITLE),
      lineGap: 8,
      line: card.line,
      figures: card.figures.length > 0 ? card.figures : undefined,
    }),
  });
}
