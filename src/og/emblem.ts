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

export function emblem(size: number): OgElement {
  return el(
    'svg',
    { width: size, height: size, viewBox: '0 0 100 100', style: { flexShrink: 0 } },
    el('circle', { cx: 50, cy: 50, r: 50, fill: PALETTE.gold }),
    el('circle', { cx: 50, cy: 50, r: 44, fill: PALETTE.red }),
    el('circle', { cx: 50, cy: 50, r: 40, fill: 'none', stroke: PALETTE.gold, 'stroke-width': 1.5 }),
    el('path', { d: starPath(50, 52, 31), fill: PALETTE.gold }),
  );
}
