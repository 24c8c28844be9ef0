/** Small readers of an HTML tree (hast) shared by the body's clean-up steps. Pure. */
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { Element, ElementContent, Nodes, Parents, Root, RootContent } from 'hast';

declare const matched: unique symbol;
/**
 * An element that passed `isElement`. Branded so that a `false` answer ("not a <tr>") does not
 * tell TypeScript the node is no element at all.
 */
export type MatchedElement = Element & { readonly [matched]: true };

export const isElement = (node: Nodes | undefined, ...tags: string[]): node is MatchedElement =>
  node?.type === 'element' && (tags.length === 0 || tags.includes(node.tagName));

/** The text of a node as a reader sees it, spaces collapsed. */
export function textOf(node: Nodes): string {
  return rawText(node).replace(/\s+/gu, ' ').trim();
}

function rawText(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' && node.tagName === 'br') return ' ';
  if (node.type === 'element' && ['script', 'style'].includes(node.tagName)) return '';
  if ('children' in node)
    return (node.children as Nodes[]).map(rawText).join(node.type === 'element' && node.tagName === 'tr' ? ' ' : '');
  return '';
}

/** Class names and id of an element, as one string to test. */
export function classAndId(element: Element): string {
  const className = element.properties['className'];
  const classes = Array.isArray(className) ? className.join(' ') : String(className ?? '');
  return `${classes} ${String(element.properties['id'] ?? '')}`;
}

/** Every element below a node, depth first, with its parent. */
export function* elements(node: Parents, parent?: Parents): Generator<{ element: Element; parent: Parents }> {
  for (const child of node.children as (RootContent | ElementContent)[]) {
    if (child.type !== 'element') continue;
    yield { element: child, parent: parent ?? node };
    yield* elements(child, child);
  }
}

/** Remove a child from its parent. */
export function remove(parent: Parents, child: Nodes): void {
  const index = (parent.children as Nodes[]).indexOf(child);
  if (index >= 0) parent.children.splice(index, 1);
}

/** Replace a child with other nodes. */
export function replace(parent: Parents, child: Nodes, nodes: ElementContent[]): void {
  const index = (parent.children as Nodes[]).indexOf(child);
  if (index >= 0) (parent.children as Nodes[]).splice(index, 1, ...nodes);
}

/** Images below a node. */
export function imagesIn(node: Parents): Element[] {
  return [...elements(node)].map((e) => e.element).filter((e) => e.tagName === 'img');
}

/** The block-level children of the tree in reading order, descending through wrappers (div, section, article). */
export function blocks(root: Root | Element): { element: Element; parent: Parents }[] {
  const found: { element: Element; parent: Parents }[] = [];
  const visit = (node: Parents) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (
        ['div', 'section', 'article', 'main', 'center', 'font', 'span'].includes(child.tagName) &&
        child.children.some((c) => isElement(c as Nodes, ...BLOCK_TAGS))
      )
        visit(child);
      else found.push({ element: child, parent: node });
    }
  };
  visit(root);
  return found;
}

export const BLOCK_TAGS = [
  'p',
  'div',
  'section',
  'article',
  'ul',
  'ol',
  'table',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'dl',
  'center',
  'pre',
];

/** Whether all of an element's text sits inside bold or italic (a lead, a byline, a caption). */
export function allWithin(element: Element, tags: string[]): boolean {
  const check = (node: Nodes): boolean => {
    if (node.type === 'text') return node.value.trim() === '';
    if (node.type !== 'element') return true;
    if (tags.includes(node.tagName)) return true;
    if (node.tagName === 'img' || node.tagName === 'br') return true;
    return node.children.every((c) => check(c as Nodes));
  };
  return textOf(element) !== '' && element.children.every((c) => check(c as Nodes));
}

const fragmentParser = unified().use(rehypeParse, { fragment: true });

/** The text of an HTML fragment (a feed's summary), parsed as HTML, not matched by patterns. */
export function htmlText(html: string): string {
  return textOf(fragmentParser.parse(html) as Root);
}
