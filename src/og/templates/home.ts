/** The home card, also used by listing pages: the emblem large, the site's name and tagline, its figures. */
import { emblem } from '../emblem.ts';
import { balanceLines, fitText, fittedStyle, metricsFor } from '../fit.ts';
import { h, type OgElement } from '../h.ts';
import { PALETTE } from '../palette.ts';
import type { HomeCard } from '../cards.ts';
import { cardBox, figures, goldRule, MARGIN, WIDTH } from './frame.ts';

const EMBLEM = 220;
const TAGLINE_SIZE = 32;
const GAP = 56;
export const HOME_NAME = {
  width: WIDTH - 2 * MARGIN - EMBLEM - GAP,
  height: 130,
  sizes: [100, 88, 76, 64, 56],
  lineHeight: 1.2,
  weight: 700,
} as const;

/** The tagline in two even lines; a longer one is left to wrap and end in an ellipsis. */
function tagline(text: string): string {
  const lines = balanceLines(text, HOME_NAME.width, TAGLINE_SIZE, metricsFor(400));
  return lines.length <= 2 ? lines.join('\n') : text;
}

export function homeTemplate(card: HomeCard): OgElement {
  const fitted = fitText(card.site.name, HOME_NAME);
  return cardBox(
    { color: PALETTE.white, backgroundImage: `linear-gradient(135deg, ${PALETTE.red} 0%, ${PALETTE.redDeep} 100%)` },
    goldRule(),
    h(
      'div',
      { display: 'flex', flexGrow: 1, alignItems: 'center', gap: GAP, padding: `0 ${MARGIN}px` },
      emblem(EMBLEM),
      h(
        'div',
        { display: 'flex', flexDirection: 'column', width: HOME_NAME.width },
        h('div', { ...fittedStyle(fitted, HOME_NAME.width), fontWeight: 700, color: PALETTE.goldText }, fitted.text),
        card.tagline &&
          h(
            'div',
            {
              display: 'block',
              marginTop: 12,
              width: HOME_NAME.width,
              fontSize: TAGLINE_SIZE,
              lineHeight: '44px',
              lineClamp: 2,
              textOverflow: 'ellipsis',
              whiteSpace: 'pre-line',
            },
            tagline(card.tagline),
          ),
        card.figures.length > 0 &&
          h(
            'div',
            { display: 'flex', marginTop: 32 },
            figures(card.figures, { color: PALETTE.goldText, labelColor: PALETTE.white }),
          ),
      ),
    ),
    h(
      'div',
      {
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'space-between',
        height: 78,
        margin: `0 ${MARGIN}px`,
        borderTop: `2px solid rgba(255, 215, 94, 0.5)`,
        fontSize: 24,
      },
      h('div', { display: 'flex', fontWeight: 600, color: PALETTE.goldText }, card.site.host),
      h(
        'div',
        { display: 'flex', alignItems: 'center', gap: 16 },
        card.site.demoLabel &&
          h(
            'div',
            {
              display: 'flex',
              padding: '0 10px',
              border: `2px solid ${PALETTE.goldText}`,
              borderRadius: 6,
              color: PALETTE.goldText,
              fontSize: 18,
              fontWeight: 700,
              textTransform: 'uppercase',
            },
            card.site.demoLabel,
          ),
        h('div', { display: 'block', lineClamp: 1, textOverflow: 'ellipsis', maxWidth: 640 }, card.organisation),
      ),
    ),
  );
}
