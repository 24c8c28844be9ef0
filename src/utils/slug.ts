/**
 * URL slugs from Vietnamese text: tones and marks removed, đ → d, lower-case ASCII words joined
 * by hyphens ("Hội nghị tổng kết" → `hoi-nghi-tong-ket`). `locale: 'vi'` matters: without it
 * slugify turns đ into "dj". Tags, recipient anchors and anything else built from names use this.
 */
import slugify from '@sindresorhus/slugify';

/**
 * Slugs already made, by text: a build slugs 100,000 recipient names and every tag on every page,
 * and names repeat. Bounded, so no corpus can grow it without end.
 */
const made = new Map<string, string>();
const MAX_MADE = 100_000;

export function slugVi(text: string): string {
  let slug = made.get(text);
  if (slug === undefined) {
    slug = slugify(text, { locale: 'vi' });
    if (made.size >= MAX_MADE) made.clear();
    made.set(text, slug);
  }
  return slug;
}
