/**
 * The cleaned HTML tree of a story → CommonMark + GFM, through the unified chain (rehype-remark
 * → remark-gfm → remark-stringify): each element becomes Markdown or its text, never raw HTML,
 * and the Markdown tree is adjusted before it is written (headings start at level 2 under the
 * page's title; links that lead nowhere lose their link). Pure.
 */
import type { Root as HastRoot } from 'hast';
import type { Heading, Link, Nodes, Root as MdastRoot } from 'mdast';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const processor = unified()
  .use(rehypeRemark)
  .use(remarkGfm)
  .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', rule: '-', listItemIndent: 'one', fences: true });

/** Addresses a link can keep: the web, mail, and paths on the site. */
const USABLE_LINK = /^(?:https?:\/\/|mailto:|\/)/i;

export interface MarkdownResult {
  markdown: string;
  /** Raw HTML nodes the converter could not express (none expected), dropped. */
  droppedHtml: number;
}

function tidy(tree: MdastRoot, oldUrl: string | undefined): number {
  let droppedHtml = 0;
  const headings: Heading[] = [];
  visit(tree, (node: Nodes, index, parent) => {
    if (node.type === 'heading') headings.push(node);
    if (node.type === 'html' && parent && index !== undefined) {
      droppedHtml++;
      parent.children.splice(index, 1);
      return index;
    }
    if (node.type === 'link' && parent && index !== undefined) {
      const link = node as Link;
      let url = link.url.trim();
      if (oldUrl && url && !USABLE_LINK.test(url) && !/^[a-z]+:/i.test(url)) {
        try {
          url = new URL(url, oldUrl).href;
        } catch {
          url = '';
        }
      }
      if (!USABLE_LINK.test(url)) {
        parent.children.splice(index, 1, ...link.children);
        return index;
      }
      link.url = url;
    }
    return undefined;
  });
  // Headings under the story's title: the highest becomes level 2.
  const top = Math.min(7, ...headings.map((h) => h.depth));
  for (const heading of headings) heading.depth = Math.min(6, heading.depth - top + 2) as Heading['depth'];
  return droppedHtml;
}

export function htmlTreeToMarkdown(tree: HastRoot, oldUrl?: string): MarkdownResult {
  const mdast = processor.runSync(tree) as MdastRoot;
  const droppedHtml = tidy(mdast, oldUrl);
  const markdown = processor.stringify(mdast).trim();
  return { markdown: markdown ? `${markdown}\n` : '', droppedHtml };
}
