/**
 * Paragraphs typed with an old 8-bit font (TCVN3/.VnTime, VNI) in a story's HTML tree: converted
 * to Unicode when the office asks (`--chuyen-ma`), otherwise left as they are and reported with
 * the converted text offered. Every other text is cleaned (NFC, `&nbsp;`, invisible characters).
 * Pure.
 */
import type { Element, Nodes, Root } from 'hast';
import { convertLegacy, LEGACY_ENCODING_LABELS } from '../utils/legacy-encoding.ts';
import { cleanInline, cutAtWord, findLegacy } from './clean-text.ts';
import { elements, textOf } from './hast-helpers.ts';
import type { Note } from './notes.ts';

const TEXT_BLOCKS = new Set([
  'p',
  'li',
  'td',
  'th',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'figcaption',
  'blockquote',
  'dd',
  'dt',
  'caption',
]);

function eachText(node: Nodes, apply: (value: string) => string): void {
  if (node.type === 'text') node.value = apply(node.value);
  else if ('children' in node) for (const child of node.children) eachText(child as Nodes, apply);
}

export function cleanTreeText(tree: Root, convert: boolean): Note[] {
  const notes: Note[] = [];
  const legacyLeft = new Set<Element>();
  for (const { element } of elements(tree)) {
    if (!TEXT_BLOCKS.has(element.tagName)) continue;
    if ([...elements(element)].some((e) => TEXT_BLOCKS.has(e.element.tagName))) continue;
    const legacy = findLegacy(textOf(element));
    if (!legacy) continue;
    const label = LEGACY_ENCODING_LABELS[legacy.encoding];
    if (convert) {
      eachText(element, (value) => convertLegacy(value, legacy.encoding));
      notes.push({
        level: 'info',
        vi: `Đã chuyển một đoạn từ bảng mã ${label} sang Unicode: "${cutAtWord(legacy.text, 80)}".`,
        en: `Converted a paragraph from ${legacy.encoding.toUpperCase()} to Unicode.`,
      });
    } else {
      legacyLeft.add(element);
      notes.push({
        level: 'fill',
        vi: `Một đoạn gõ bằng bảng mã cũ ${label}: "${cutAtWord(legacy.text, 80)}". Chạy lại với --chuyen-ma để tự chuyển, hoặc sửa tay.`,
        en: `A paragraph typed in the legacy ${legacy.encoding.toUpperCase()} encoding. Run again with --convert-legacy, or fix it by hand.`,
      });
    }
  }
  const clean = (node: Nodes): void => {
    if (node.type === 'element' && legacyLeft.has(node)) return;
    if (node.type === 'text') node.value = cleanInline(node.value);
    else if ('children' in node) for (const child of node.children) clean(child as Nodes);
  };
  clean(tree);
  return notes;
}
