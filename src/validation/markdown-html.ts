/**
 * Raw HTML in a .md story or exemplar. Astro's Markdown passes it through to the page as it is,
 * so whoever writes a .md file could put a script, an iframe or an embed from another site on
 * the office's website. The trust model (README, "Guarantees") says: .md files are text written
 * by press officers and hold no markup; .mdx files are code and go through technical review.
 * So HTML in .md is an error, found with the same Markdown parser the build uses (Sätteri),
 * which knows code spans and blocks apart from real HTML. `<br>` alone is allowed: it is
 * common, harmless and has no Markdown spelling press officers know.
 */
import { markdownToMdast, type MdastNode } from 'satteri';

export interface RawHtml {
  /** The HTML as written. */
  html: string;
  /** Line and column in the Markdown body (1-based). */
  line: number;
  column: number;
  comment: boolean;
}

const LINE_BREAK = /^<br\s*\/?>$/i;

export function findRawHtml(markdown: string): RawHtml[] {
  const found: RawHtml[] = [];
  const walk = (node: MdastNode): void => {
    if (node.type === 'html') {
      const html = String((node as { value?: unknown }).value ?? '').trim();
      const start = node.position?.start;
      if (html && !LINE_BREAK.test(html) && start) {
        // An inline element is two nodes (`<iframe …>` and `</iframe>`): one report per line.
        const previous = found.at(-1);
        if (previous?.line === start.line) previous.html += html;
        else found.push({ html, line: start.line, column: start.column, comment: html.startsWith('<!--') });
      }
    }
    for (const child of (node as { children?: MdastNode[] }).children ?? []) walk(child);
  };
  walk(markdownToMdast(markdown));
  return found;
}
