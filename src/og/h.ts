/**
 * The element trees satori draws, as plain objects (no React): `h('div', style, ...children)`.
 * Templates are pure functions from a card's fields to such a tree.
 */

/** CSS properties as satori reads them (camelCase, numbers are pixels). */
export type Style = Record<string, string | number>;

export interface OgElement {
  type: string;
  props: { style?: Style; children?: OgChild | OgChild[]; [attribute: string]: unknown };
}

export type OgChild = OgElement | string;

/** An element; `false`, `null` and `undefined` children are dropped, so `cond && h(…)` reads naturally. */
export function h(type: string, style: Style, ...children: (OgChild | false | null | undefined)[]): OgElement {
  const kept = children.filter((child): child is OgChild => child !== false && child !== null && child !== undefined);
  return { type, props: { style, children: kept.length === 1 ? (kept[0] as OgChild) : kept } };
}

/** An element with attributes besides its style (images, inline SVG). */
export function el(type: string, attributes: Record<string, unknown>, ...children: OgChild[]): OgElement {
  return { type, props: { ...attributes, ...(children.length ? { children } : {}) } };
}
