/**
 * URL slugs from Vietnamese text: tones and marks removed, đ → d, lower-case ASCII words joined
 * by hyphens ("Hội nghị tổng kết" → `hoi-nghi-tong-ket`). `locale: 'vi'` matters: without it
 * slugify turns đ into "dj". Tags, recipient anchors and anything else built from names use this.
 */
import slugify from '@sindresorhus/slugify';
import { boundedMemo } from './bounded-memo.ts';

/** Slugs are remembered: a build slugs 100,000 recipient names and every tag on every page, and names repeat. */
export const slugVi = boundedMemo((text: string) => slugify(text, { locale: 'vi' }), 100_000);
