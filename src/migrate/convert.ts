/**
 * One source item → the parts of a story: its front-matter fields, its photos, its award tables
 * and its cleaned HTML tree (made Markdown once the story has a file name, see plan.ts), with a
 * note for everything the officer should know or must still fill. Pure.
 */
import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { ArticleCategory } from '../schemas/article.ts';
import { takeBoldLead, dropRepeatedLead, takeCredits, splitNames } from './byline.ts';
import { mapCategory, type CategoryMap } from './categories.ts';
import { cleanLine, findLegacy, trimLead } from './clean-text.ts';
import { takeFigures } from './figures.ts';
import { removeFurniture } from './furniture.ts';
import { blocks, isElement, remove, textOf } from './hast-helpers.ts';
import { cleanTreeText } from './legacy-text.ts';
import type { Note } from './notes.ts';
import { takeTables, type AwardTable } from './tables.ts';
import type { SourceImage, SourceItem } from './types.ts';
import { readVietnameseDate, vietnamDateTime } from './vietnamese-dates.ts';

const parser = unified().use(rehypeParse, { fragment: true });

/** The article schema's bounds (src/schemas/article.ts). */
export const TITLE_MAX = 200;
export const DESCRIPTION = { min: 20, max: 400 };

export interface StoryFields {
  title: string;
  /** Empty when the officer must write it. */
  description: string;
  /** `YYYY-MM-DD HH:mm` or `YYYY-MM-DD`, Vietnam's time; empty when unknown. */
  date: string;
  category?: ArticleCategory | undefined;
  authors: string[];
  source?: { name: string; url?: string } | undefined;
  tags: string[];
  draft: boolean;
  redirectFrom: string[];
}

export interface ConvertedItem {
  item: SourceItem;
  fields: StoryFields;
  images: SourceImage[];
  awardTables: AwardTable[];
  tree: Root;
  notes: Note[];
}

export interface ConvertOptions {
  convertLegacy: boolean;
  categories: CategoryMap;
  /** Byline for stories that name none (`--tac-gia`), else the officer fills it. */
  defaultAuthor?: string | undefined;
}

function convertLine(text: string, field: string, options: ConvertOptions, notes: Note[]): string {
  const legacy = findLegacy(text);
  if (!legacy) return cleanLine(text);
  if (options.convertLegacy) return cleanLine(legacy.text);
  notes.push({
    level: 'fill',
    field,
    vi: `Trường ${field} gõ bằng bảng mã cũ; có thể là: "${legacy.text}" (--chuyen-ma để tự chuyển).`,
    en: `The ${field} field is in a legacy encoding; it probably reads "${legacy.text}" (--convert-legacy converts it).`,
  });
  return text.normalize('NFC').trim();
}

function storyDate(item: SourceItem, notes: Note[]): string {
  if (item.date) return vietnamDateTime(item.date);
  const read = item.dateText ? readVietnameseDate(item.dateText) : undefined;
  if (read) return read.value;
  notes.push({
    level: 'fill',
    field: 'date',
    vi: item.dateText
      ? `Không đọc được ngày đăng từ "${item.dateText}": điền ngày đăng (YYYY-MM-DD HH:mm) rồi chuyển tệp vào thư mục năm.`
      : 'Nguồn không ghi ngày đăng: điền ngày đăng (YYYY-MM-DD HH:mm) rồi chuyển tệp vào thư mục năm.',
    en: item.dateText
      ? `Could not read a date from "${item.dateText}": fill in the date and move the file into its year folder.`
      : 'The source gives no date: fill in the date and move the file into its year folder.',
  });
  return '';
}

/** The lead: the source's own, else a bold first paragraph, else the first paragraph. */
function storyDescription(item: SourceItem, tree: Root, options: ConvertOptions, notes: Note[]): string {
  let lead = item.lead ? convertLine(item.lead, 'description', options, notes) : undefined;
  let fromBody = false;
  if (lead) dropRepeatedLead(tree, lead);
  else {
    lead = takeBoldLead(tree);
    if (!lead) {
      const first = blocks(tree).find((b) => isElement(b.element, 'p'));
      const text = first ? cleanLine(textOf(first.element)) : '';
      if (first && text.length >= DESCRIPTION.min) {
        lead = text;
        fromBody = true;
        if (text.length <= DESCRIPTION.max) remove(first.parent, first.element);
      }
    }
  }
  if (!lead || lead.length < DESCRIPTION.min) {
    notes.push({
      level: 'fill',
      field: 'description',
      vi: `Thiếu đoạn mở đầu (sapo) từ ${DESCRIPTION.min} đến ${DESCRIPTION.max} ký tự${lead ? `; nguồn chỉ có "${lead}"` : ''}.`,
      en: `No lead of ${DESCRIPTION.min}–${DESCRIPTION.max} characters${lead ? `; the source has only "${lead}"` : ''}.`,
    });
    return '';
  }
  const trimmed = trimLead(lead, DESCRIPTION.max);
  if (trimmed.cut) {
    notes.push({
      level: 'warning',
      field: 'description',
      vi: `Đoạn mở đầu dài ${lead.length} ký tự, đã cắt còn ${trimmed.text.length} (tối đa ${DESCRIPTION.max})${fromBody ? '; đoạn đầy đủ vẫn ở đầu bài' : ''}: hãy đọc lại.`,
      en: `The lead had ${lead.length} characters and was cut to ${trimmed.text.length}${fromBody ? '; the full paragraph stays in the body' : ''}: read it again.`,
    });
  }
  return trimmed.text;
}

/** A picture shown twice (in a [caption] and again in a [gallery]) is kept once, with what each told of it. */
function uniqueImages(images: SourceImage[]): SourceImage[] {
  const bySrc = new Map<string, SourceImage>();
  for (const image of images) {
    const first = bySrc.get(image.src);
    if (!first) bySrc.set(image.src, { ...image });
    else {
      first.alt ??= image.alt;
      first.caption ??= image.caption;
    }
  }
  return [...bySrc.values()];
}

export function convertItem(item: SourceItem, options: ConvertOptions): ConvertedItem {
  const notes: Note[] = [];
  const tree = parser.parse(item.html) as Root;
  notes.push(...cleanTreeText(tree, options.convertLegacy));
  const furniture = removeFurniture(tree);
  for (const embed of furniture.embeds) {
    notes.push({
      level: 'warning',
      vi: `Bỏ khung nhúng (video, bản đồ…) vì trang không nhúng nội dung từ nơi khác: ${embed}`,
      en: `Dropped an embedded frame (video, map…): the site embeds nothing from elsewhere: ${embed}`,
    });
  }
  const images = uniqueImages([...takeFigures(tree), ...item.images]);
  const tables = takeTables(tree);
  for (const header of tables.dropped) {
    notes.push({
      level: 'warning',
      vi: `Bỏ một bảng có ô gộp (Markdown không thể hiện được): "${header.slice(0, 80)}". Nếu cần, đưa nội dung bảng vào bài bằng lời.`,
      en: `Dropped a table with merged cells (Markdown cannot hold it): "${header.slice(0, 80)}".`,
    });
  }
  const credits = takeCredits(tree);
  const title = convertLine(item.title, 'title', options, notes);
  if (title.length < 10 || title.length > TITLE_MAX) {
    notes.push({
      level: 'fill',
      field: 'title',
      vi: `Tiêu đề dài ${title.length} ký tự; cần từ 10 đến ${TITLE_MAX}.`,
      en: `The title has ${title.length} characters; 10–${TITLE_MAX} are needed.`,
    });
  }
  const description = storyDescription(item, tree, options, notes);
  const date = storyDate(item, notes);
  const { category, unknown } = mapCategory(item.categories, options.categories);
  if (!category) {
    notes.push({
      level: 'fill',
      field: 'category',
      vi: unknown.length
        ? `Chuyên mục cũ "${unknown.join('", "')}" chưa có trong tệp chuyên mục: thêm một dòng vào tệp (--chuyen-muc) hoặc chọn chuyên mục.`
        : 'Nguồn không ghi chuyên mục: chọn chuyên mục.',
      en: unknown.length
        ? `Old category "${unknown.join('", "')}" is not in the category file: add a line to it (--categories) or choose one.`
        : 'The source names no category: choose one.',
    });
  }
  const authors = [...new Set([...item.authors.flatMap(splitNames), ...credits.authors].map(cleanLine))].filter(
    Boolean,
  );
  if (!authors.length && options.defaultAuthor) authors.push(options.defaultAuthor);
  if (!authors.length)
    notes.push({
      level: 'fill',
      field: 'authors',
      vi: 'Không tìm thấy tên tác giả: điền ít nhất một người viết.',
      en: 'No byline found: fill in at least one author.',
    });
  if (item.summaryOnly) {
    notes.push({
      level: 'warning',
      vi: 'Nguồn chỉ có phần tóm tắt: bài để ở dạng nháp (draft). Lưu trang gốc rồi chuyển lại để có toàn văn.',
      en: 'The source has only a summary: the story is a draft. Save the original page and migrate it for the full text.',
    });
  }
  return {
    item,
    fields: {
      title,
      description,
      date,
      category,
      authors,
      source: credits.source,
      tags: [...new Set(item.tags.map(cleanLine).filter((t) => t.length > 0 && t.length <= 60))],
      draft: Boolean(item.summaryOnly || item.draft),
      redirectFrom: item.oldAddresses,
    },
    images,
    awardTables: tables.awards,
    tree,
    notes,
  };
}
