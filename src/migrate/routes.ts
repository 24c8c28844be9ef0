/**
 * Addresses and file places the migration needs. The lead moves these into the shared routes
 * module (issue 15) when merging: the decision page, the story page, and the story's folder.
 */
import { slugVi } from '../utils/slug.ts';

/** The page of a decision on the new site. */
export const decisionPath = (slug: string): string => `/khen-thuong/${slug}/`;

/** The page of a story on the new site. */
export const storyPath = (slug: string): string => `/tin-tuc/${slug}/`;

/** Folder of a story without a known date: the officer dates it and moves it into its year. */
export const UNDATED_FOLDER = 'chua-ro-ngay';

/** A file name from a title: the Vietnamese slug, cut at a word under 80 characters. */
export function slugFromTitle(title: string): string {
  const slug = slugVi(title) || 'bai-viet';
  if (slug.length <= 80) return slug;
  const cut = slug.slice(0, 80);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : 80);
}
