/**
 * Draw the sample cards (tests/helpers/og-samples.ts) into test-results/og/ to look at them:
 * `npx node scripts/og-preview.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { SAMPLE_CARDS } from '../tests/helpers/og-samples.ts';
import { portraitDataUrl } from '../src/og/portrait.ts';
import { renderCard } from '../src/og/render.ts';

const out = 'test-results/og';
mkdirSync(out, { recursive: true });
for (const [name, card] of Object.entries(SAMPLE_CARDS)) {
  const ready =
    card.kind === 'exemplar' && card.portrait
      ? { ...card, portrait: { ...card.portrait, src: await portraitDataUrl(card.portrait.path) } }
      : card;
  const started = performance.now();
  const png = await renderCard(ready);
  writeFileSync(`${out}/${name}.png`, png);
  console.log(`${name}: ${Math.round(performance.now() - started)} ms, ${png.byteLength} bytes`);
}
