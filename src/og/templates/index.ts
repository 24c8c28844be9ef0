/**
 * Template per kind of card. Units, clusters and movements share one layout (entity.ts): a
 * kicker, the name, one line and figures differ only in what the data-access layer puts in them.
 */
import type { CardModel } from '../cards.ts';
import type { OgElement } from '../h.ts';
import { consultationTemplate } from './consultation.ts';
import { decisionTemplate } from './decision.ts';
import { entityTemplate } from './entity.ts';
import { exemplarTemplate } from './exemplar.ts';
import { homeTemplate } from './home.ts';
import { storyTemplate } from './story.ts';

export function template(card: CardModel): OgElement {
  switch (card.kind) {
    case 'story':
      return storyTemplate(card);
    case 'decision':
      return decisionTemplate(card);
    case 'consultation':
      return consultationTemplate(card);
    case 'exemplar':
      return exemplarTemplate(card);
    case 'home':
      return homeTemplate(card);
    default:
      return entityTemplate(card);
  }
}
