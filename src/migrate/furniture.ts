/**
 * Page furniture that Readability may leave inside the story: share buttons, view counters,
 * night mode, read-aloud, related lists, visitor counters, print and e-mail links, tag lists.
 * Removed from the HTML tree by element, by class or id, and by the words they print. Pure.
 */
import type { Element, Parents, Root } from 'hast';
import { classAndId, elements, isElement, remove, textOf } from './hast-helpers.ts';
import { foldVietnamese } from '../utils/text.ts';

/** Elements that never carry story text. */
const DROPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'nav',
  'aside',
  'footer',
  'svg',
  'canvas',
  'map',
  'meta',
  'link',
  'template',
  'dialog',
]);
/** Embedded players and frames: dropped, their address reported. */
export const EMBED_TAGS = new Set(['iframe', 'object', 'embed', 'video', 'audio']);

const FURNITURE_CLASS =
  /\b(?:share|sharing|social|socialicon|related|other-?news|tin-?lien-?quan|tinlienquan|comments?|print|email|keywords|tag-?list|tags|breadcrumbs?|pager|pagenav|article-info|hits|view-?count|luot-?xem|counter|thong-?ke|rating|night-?mode|dark-?mode|read-?aloud|doc-?bai|toolbar|fb-like|zalo[\w-]*|addthis|sharethis)\b/i;

/**
 * Folded words of furniture lines (accents and case ignored). A line is furniture when these
 * words and numbers are all it holds ("Lượt xem: 1.208", "Chế độ ban đêm OFF Đọc bài viết"), so a
 * sentence that starts with "Chia sẻ kinh nghiệm…" stays.
 */
const FURNITURE_WORDS =
  /\b(?:che do ban dem|doc bai viet|nghe doc bai|nghe bai viet|luot xem|so lan xem|luot truy cap|in bai|ban in|gui bai|gui email|chia se|dang truy cap|so luot truy cap|tong so luot truy cap|tong truy cap|truy cap hien tai|hom nay|ve trang chu|tro ve|quay lai|dong cua so|facebook|zalo|twitter|tweet|fb|yt|zl|tw|co chu|chi tiet|thong ke truy cap|\d[\d.,]*|off|on|khach|luot|lan)\b/g;
/** Headings of lists of other stories: the heading and what follows it go. */
const RELATED_HEADING =
  /^(?:tin lien quan|tin cung chuyen muc|co the ban quan tam|xem tin theo ngay|cac tin khac|tin khac|bai viet lien quan|tin moi hon|tin cu hon|nhung tin moi hon|nhung tin cu hon|doc them|tin bai lien quan|xem them|tin da dua)\b/;

export interface FurnitureRemoved {
  /** Addresses of the players and frames dropped. */
  embeds: string[];
  /** How many pieces of furniture were taken out. */
  count: number;
}

function isFurnitureText(element: Element): boolean {
  const words = textOf(element);
  if (words.length > 80) return false;
  const folded = foldVietnamese(words);
  const matched = folded.match(FURNITURE_WORDS) ?? [];
  // Numbers alone are not furniture (a table's "STT" cell): at least one furniture word is.
  if (!matched.some((word) => !/^\d/.test(word))) return false;
  return folded.replace(FURNITURE_WORDS, ' ').replace(/[\s:|·•\-–()]/g, '') === '';
}

function isRelatedHeading(element: Element): boolean {
  const words = textOf(element);
  return words.length <= 60 && RELATED_HEADING.test(foldVietnamese(words).replace(/[:|]/g, '').trim());
}

/** HTML comments (WordPress `<!-- wp:… -->` block marks, editors' notes) are not content. */
function removeComments(node: Parents): void {
  node.children = node.children.filter((child) => child.type !== 'comment') as typeof node.children;
  for (const child of node.children) if (child.type === 'element') removeComments(child);
}

export function removeFurniture(tree: Root): FurnitureRemoved {
  const removed: FurnitureRemoved = { embeds: [], count: 0 };
  removeComments(tree);
  // Walk until nothing changes: removing a related heading removes its siblings too.
  for (const { element, parent } of [...elements(tree)].reverse()) {
    if (!(parent.children as unknown[]).includes(element)) continue;
    if (element.type === 'element' && (element.tagName === 'img' || element.tagName === 'br')) continue;
    if (EMBED_TAGS.has(element.tagName)) {
      const src = element.properties['src'] ?? element.properties['data'];
      if (src) removed.embeds.push(String(src));
      remove(parent, element);
      removed.count++;
    } else if (DROPPED_TAGS.has(element.tagName) || FURNITURE_CLASS.test(classAndId(element))) {
      remove(parent, element);
      removed.count++;
    }
  }
  for (const { element, parent } of [...elements(tree)]) {
    if (!(parent.children as unknown[]).includes(element)) continue;
    if (isElement(element, 'table', 'tr', 'td', 'th', 'ul', 'ol', 'figure')) continue;
    if (isRelatedHeading(element)) {
      const index = parent.children.indexOf(element);
      removed.count += parent.children.length - index;
      parent.children.splice(index);
    } else if (isFurnitureText(element) && !element.children.some((c) => isElement(c, 'img'))) {
      remove(parent, element);
      removed.count++;
    }
  }
  return removed;
}
