/**
 * The old portal's categories ("Thi đua - Khen thưởng", "Tin hoạt động") → the site's categories,
 * through a small YAML file the office edits (`--chuyen-muc`), on top of the usual names below.
 * A category neither knows is reported, never guessed; a `"*"` line in the file gives the
 * category for every unknown one when the office wants that. Pure.
 */
import { parse } from 'yaml';
import { articleCategory, type ArticleCategory } from '../schemas/article.ts';
import { foldVietnamese } from '../utils/text.ts';

export type CategoryMap = ReadonlyMap<string, ArticleCategory>;

/** Old category names most portals use, folded. */
const USUAL: Record<string, ArticleCategory> = {
  'hoi nghi': 'hoi-nghi',
  'hoi nghi hoi thao': 'hoi-nghi',
  'phat dong': 'phat-dong',
  'phat dong thi dua': 'phat-dong',
  'phong trao thi dua': 'phat-dong',
  'giao uoc': 'giao-uoc',
  'giao uoc thi dua': 'giao-uoc',
  'ky ket giao uoc': 'giao-uoc',
  'tong ket': 'tong-ket',
  'so ket tong ket': 'tong-ket',
  'khen thuong': 'khen-thuong',
  'thi dua khen thuong': 'khen-thuong',
  'dien hinh tien tien': 'dien-hinh',
  'guong dien hinh': 'dien-hinh',
  'guong nguoi tot viec tot': 'dien-hinh',
  'nguoi tot viec tot': 'dien-hinh',
  'van ban': 'van-ban',
  'van ban chinh sach': 'van-ban',
  'van ban phap luat': 'van-ban',
  'chinh sach phap luat': 'van-ban',
  'tin tuc': 'tin-tuc',
  'tin tuc su kien': 'tin-tuc',
  'tin hoat dong': 'tin-tuc',
  'thoi su': 'tin-tuc',
};

/** How a category name is compared: accents, case and punctuation ignored. */
export const categoryKey = (name: string): string =>
  foldVietnamese(name)
    .replace(/[^a-z0-9*]+/g, ' ')
    .trim();

export interface CategoryFileProblem {
  vi: string;
  en: string;
}

/** Read the office's mapping file (YAML: `"Tên chuyên mục cũ": ma-chuyen-muc`). */
export function readCategoryFile(text: string): { map: CategoryMap; problems: CategoryFileProblem[] } {
  const problems: CategoryFileProblem[] = [];
  const map = new Map<string, ArticleCategory>(Object.entries(USUAL));
  let data: unknown;
  try {
    data = parse(text) ?? {};
  } catch (error) {
    problems.push({
      vi: `Tệp chuyên mục không phải YAML hợp lệ: ${(error as Error).message}`,
      en: `The category file is not valid YAML: ${(error as Error).message}`,
    });
    return { map, problems };
  }
  if (typeof data !== 'object' || Array.isArray(data) || data === null) {
    problems.push({
      vi: 'Tệp chuyên mục phải gồm các dòng "Tên cũ: ma-chuyen-muc".',
      en: 'The category file must hold lines "Old name: category-id".',
    });
    return { map, problems };
  }
  for (const [old, value] of Object.entries(data)) {
    const parsed = articleCategory.safeParse(value);
    if (parsed.success) map.set(categoryKey(old), parsed.data);
    else {
      problems.push({
        vi: `Chuyên mục "${String(value)}" (cho "${old}") không có. Các mã hợp lệ: ${articleCategory.options.join(', ')}.`,
        en: `No category "${String(value)}" (for "${old}"). Allowed: ${articleCategory.options.join(', ')}.`,
      });
    }
  }
  return { map, problems };
}

export const USUAL_CATEGORIES: CategoryMap = new Map(Object.entries(USUAL));

/** The site category of the first old category the map knows; the unknown ones for the report. */
export function mapCategory(old: string[], map: CategoryMap): { category?: ArticleCategory; unknown: string[] } {
  const unknown: string[] = [];
  for (const name of old) {
    const found = map.get(categoryKey(name));
    if (found) return { category: found, unknown: [] };
    unknown.push(name);
  }
  const fallback = map.get('*');
  return fallback ? { category: fallback, unknown } : { unknown };
}
