/** Where the migration puts stories and how it names their files. */
import { slugVi } from '../utils/slug.ts';

/** Folder of a story without a known date: the officer dates it and moves it into its year. */
export const UNDATED_FOLDER = 'chua-ro-ngay';

/** A file name from a title: the Vietnamese slug, cut at a word under 80 characters. */
export function slugFromTitle(title: string): string {
  const slug = slugVi(title) || 'bai-viet';
  if (slug.length <= 80) return slug;
  const cut = slug.slice(0, 80);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : 80);
}
