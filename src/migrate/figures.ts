/**
 * Photos of a story and their captions, taken out of the body into `cover` and `gallery`, as the
 * portals lay them out: <figure> with <figcaption> (CKEditor in NukeViet, WordPress), a small table
 * with the photo in one row and the caption in the next (SharePoint, older portals), the photo and
 * an italic caption in one paragraph (Liferay), or a photo paragraph followed by a short italic or
 * centred caption paragraph (Joomla and most others). Pure.
 */
import type { Element, ElementContent, Parents, Root } from 'hast';
import { cleanLine } from './clean-text.ts';
import { allWithin, classAndId, elements, imagesIn, isElement, remove, replace, textOf } from './hast-helpers.ts';
import type { SourceImage } from './types.ts';

/** Longest text taken as a caption. */
const CAPTION_MAX = 400;
/** Alt texts that say nothing: empty, a file name or slug ("bh1-5191.jpg", "ky-ket"), a generic word. */
const EMPTY_ALT =
  /^(?:|[\w.-]+\.(?:jpe?g|png|gif|webp|bmp)|[a-z]*\d[\w-]*|[a-z0-9]+(?:[-_][a-z0-9]+)+|ảnh|hình|hình ảnh|image|img|photo|picture|untitled|no title)$/iu;

export function meaningfulAlt(alt: unknown): string | undefined {
  const text = cleanLine(String(alt ?? ''));
  return EMPTY_ALT.test(text) ? undefined : text;
}

function picture(img: Element, caption?: string): SourceImage {
  const src = String(img.properties['src'] ?? img.properties['dataSrc'] ?? '');
  const text = caption ? cleanLine(caption) : '';
  return {
    src,
    alt: meaningfulAlt(img.properties['alt']),
    caption: text && text.length <= CAPTION_MAX ? text : undefined,
  };
}

const isCaptionLike = (element: Element): boolean =>
  textOf(element).length > 0 &&
  textOf(element).length <= CAPTION_MAX &&
  imagesIn(element).length === 0 &&
  (allWithin(element, ['em', 'i']) || /caption|chu-?thich|image-?desc|desc|^image\b/i.test(classAndId(element).trim()));

/** A table used only to put a caption under a photo: one image, a little text, nothing nested. */
function isCaptionTable(table: Element): boolean {
  if (imagesIn(table).length !== 1) return false;
  if ([...elements(table)].some((e) => e.element.tagName === 'table')) return false;
  const rows = [...elements(table)].filter((e) => e.element.tagName === 'tr');
  return rows.length <= 3 && textOf(table).length <= CAPTION_MAX;
}

/** Take every photo out of the tree, with its caption where the layout shows one. */
export function takeFigures(tree: Root): SourceImage[] {
  const found: SourceImage[] = [];
  /** Elements taken out with an ancestor: the walk below was listed before they went. */
  const gone = new Set<Element>();
  const take = (parent: Parents, element: Element, caption?: string) => {
    for (const img of imagesIn(element)) found.push(picture(img, caption));
    for (const below of elements(element)) gone.add(below.element);
    remove(parent, element);
  };
  for (const { element, parent } of [...elements(tree)]) {
    if (gone.has(element) || !(parent.children as unknown[]).includes(element)) continue;
    if (isElement(element, 'figure')) {
      // A figure's caption is its <figcaption>, or its own text (WordPress [caption] shortcodes).
      const caption = element.children.find((c): c is Element => isElement(c, 'figcaption'));
      if (imagesIn(element).length) take(parent, element, (caption ? textOf(caption) : textOf(element)) || undefined);
      continue;
    }
    if (isElement(element, 'table') && isCaptionTable(element)) {
      take(parent, element, textOf(element) || undefined);
      continue;
    }
    if (
      isElement(element, 'p', 'div', 'center') &&
      imagesIn(element).length === 1 &&
      !element.children.some((c) => isElement(c, 'p', 'div', 'table', 'figure'))
    ) {
      const own = textOf(element);
      if (own && own.length <= CAPTION_MAX && allWithin(element, ['em', 'i', 'strong', 'b', 'span', 'font', 'small'])) {
        take(parent, element, own);
        continue;
      }
      if (!own) {
        const siblings = (parent.children as ElementContent[]).filter((c): c is Element => c.type === 'element');
        const next = siblings[siblings.indexOf(element) + 1];
        if (next && isCaptionLike(next)) {
          const caption = textOf(next);
          gone.add(next);
          remove(parent, next);
          take(parent, element, caption);
        } else {
          take(parent, element);
        }
        continue;
      }
    }
  }
  // Photos left inside running text: taken out with their own alt text.
  for (const { element, parent } of [...elements(tree)]) {
    if (element.tagName !== 'img') continue;
    found.push(picture(element));
    const link = isElement(parent as Element, 'a') ? (parent as Element) : undefined;
    if (link && textOf(link) === '') link.children = [];
    else replace(parent, element, []);
  }
  return found.filter((image) => image.src !== '');
}
