/**
 * The byline and source line Vietnamese stories end with ("Tin, ảnh: Minh Tân", "Phóng viên Hồng
 * Nhung", a bare "Xuân Thu-Trường Giang", "Theo baothuathienhue.vn"), and the lead they open
 * with (a first paragraph all in bold). Taken out of the body into `authors`, `source` and
 * `description`. Pure.
 */
import type { Root } from 'hast';
import { cleanLine } from './clean-text.ts';
import { allWithin, blocks, isElement, remove, textOf } from './hast-helpers.ts';

const SOURCE = /^(?:theo|nguồn)\s*:?\s+(.{2,80}?)\s*(?:\.\/\.|\.)?$/iu;
const BYLINE =
  /^(?:tin,?\s*ảnh|tin và ảnh|bài,?\s*ảnh|bài và ảnh|tin|bài|ảnh|bài viết|phóng viên|pv|nhóm pv|nhóm phóng viên|tác giả|người viết)\s*:?\s+(.{2,80}?)\s*\.?$/iu;
/** A name as bylines print it: two to six capitalised words, names joined by "-", ",", "và". */
const NAMES =
  /^\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){1,5}(?:\s*(?:[-–,;&]|\svà\s)\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,5})*$/u;
const DOMAIN = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i;

export interface Credits {
  authors: string[];
  source?: { name: string; url?: string } | undefined;
}

/** Split "Xuân Thu-Trường Giang", "A, B và C" into names. */
export function splitNames(text: string): string[] {
  return text
    .split(/\s*[-–,;&]\s*|\s+và\s+/u)
    .map((name) => cleanLine(name))
    .filter((name) => name.length >= 2);
}

export function takeCredits(tree: Root): Credits {
  const credits: Credits = { authors: [] };
  // The last three blocks, from the end, while they are credits.
  for (let tries = 0; tries < 3; tries++) {
    const last = blocks(tree).at(-1);
    if (!last || !isElement(last.element, 'p', 'div', 'strong', 'b', 'em', 'span')) break;
    const line = cleanLine(textOf(last.element));
    const source = SOURCE.exec(line);
    const byline = BYLINE.exec(line);
    if (source?.[1] && !credits.source) {
      const name = source[1].trim();
      credits.source = DOMAIN.test(name) ? { name, url: `https://${name.toLowerCase()}` } : { name };
    } else if (byline?.[1] && !credits.authors.length) {
      credits.authors = splitNames(byline[1]);
    } else if (
      line.length <= 60 &&
      NAMES.test(line) &&
      !credits.authors.length &&
      allWithin(last.element, ['strong', 'b', 'em', 'i'])
    ) {
      credits.authors = splitNames(line);
    } else if (line.length <= 60 && NAMES.test(line) && !credits.authors.length && tries === 0) {
      credits.authors = splitNames(line);
    } else {
      break;
    }
    remove(last.parent, last.element);
  }
  return credits;
}

/** The first block when it is a paragraph all in bold: the lead as the portal marked it. */
export function takeBoldLead(tree: Root): string | undefined {
  const first = blocks(tree)[0];
  if (!first || !isElement(first.element, 'p', 'div', 'strong', 'b')) return undefined;
  if (!allWithin(first.element, ['strong', 'b']) && !isElement(first.element, 'strong', 'b')) return undefined;
  const lead = cleanLine(textOf(first.element));
  if (lead.length < 20) return undefined;
  remove(first.parent, first.element);
  return lead;
}

/** Remove the first paragraph when it repeats the lead the source gave apart. */
export function dropRepeatedLead(tree: Root, lead: string): void {
  const first = blocks(tree)[0];
  if (!first) return;
  const text = cleanLine(textOf(first.element));
  const key = (s: string) => s.replace(/[\s.…]+$/u, '');
  if (text && (key(text) === key(lead) || (lead.endsWith('...') && text.startsWith(key(lead)))))
    remove(first.parent, first.element);
}
