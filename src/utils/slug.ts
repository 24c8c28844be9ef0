/**
 * URL slugs from Vietnamese text: tones and marks removed, đ → d, lower-case ASCII words joined
 * by hyphens ("Hội nghị tổng kết" → `hoi-nghi-tong-ket`). `locale: 'vi'` matters: without it
 * slugify turns đ into "dj". Tags, recipient anchors and anything else built from names use this.
 */
import slugify from '@sindresorhus/slugify';

export function slugVi(text: string): string {
  return slugify(text, { locale: 'vi' });
}
