/** The site's mark: a gold five-pointed star on a red disc in a gold ring, drawn as inline SVG. */
import { el, type OgElement } from './h.ts';
import { PALETTE } from './palette.ts';

/** Points of a five-pointed star centred on (cx, cy), as an SVG path. */
export function starPath(cx: number, cy: number, outer: number, inner = outer * 0.382): string {
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push(`${(cx + radius * Math.cos(angle)).toFixed(2)} ${(cy + radius * Math.sin(angle)).toFixed(2)}`);
  }
  return `M${points.join('L')}Z`;
}

/** Its shapes on a 100 × 100 canvas, drawn in order. */
const SHAPES: [tag: string, attributes: Record<string, string | number>][] = [
  ['circle', { cx: 50, cy: 50, r: 50, fill: PALETTE.gold }],
  ['circle', { cx: 50, cy: 50, r: 44, fill: PALETTE.red }],
  ['circle', { cx: 50, cy: 50, r: 40, fill: 'none', stroke: PALETTE.gold, 'stroke-width': 1.5 }],
  ['path', { d: starPath(50, 52, 31), fill: PALETTE.gold }],
];

/** The mark for a share card (satori). */
export function emblem(size: number): OgElement {
  return el(
    'svg',
    { width: size, height: size, viewBox: '0 0 100 100', style: { flexShrink: 0 } },
    ...SHAPES.map(([tag, attributes]) => el(tag, attributes)),
  );
}

/** The mark as an SVG file: the site's icon (src/pages/favicon.svg.ts). */
export function emblemSvg(): string {
  const shapes = SHAPES.map(
    ([tag, attributes]) =>
      `<${tag} ${Object.entries(attributes)
        .map(([name, value]) => `${name}="${value}"`)
        .join(' ')}/>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">${shapes.join('')}</svg>\n`;
}
