/** A story's card: its category above a large headline, its date in the footer. */
import { fitText, fittedStyle } from '../fit.ts';
import { h, type OgElement } from '../h.ts';
import { PALETTE } from '../palette.ts';
import type { StoryCard } from '../cards.ts';
import { BODY_HEIGHT, BODY_WIDTH, KICKER_GAP, KICKER_HEIGHT, frame, kicker } from './frame.ts';

export const STORY_TITLE = {
  width: BODY_WIDTH,
  height: BODY_HEIGHT - KICKER_HEIGHT - KICKER_GAP,
  sizes: [80, 72, 66, 60, 54, 48, 44],
  lineHeight: 1.24,
  weight: 700,
} as const;

export function storyTemplate(card: StoryCard): OgElement {
  const fitted = fitText(card.title, STORY_TITLE);
  return frame({
    site: card.site,
    section: card.section,
    meta: card.date,
    body: h(
      'div',
      { display: 'flex', flexDirection: 'column' },
      kicker(card.category),
      h('div', { ...fittedStyle(fitted, STORY_TITLE.width), fontWeight: 700, color: PALETTE.ink }, fitted.text),
    ),
  });
}
