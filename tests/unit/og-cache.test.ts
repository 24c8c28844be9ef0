/** Cache keys: the fields drawn decide the key; key order, portrait paths and non-drawn fields do not. */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CardCache, cacheKey, canonicalJson, drawingVersion } from '../../src/og/cache.ts';
import type { ExemplarCard, StoryCard } from '../../src/og/cards.ts';
import { PORTRAIT_FILE, SAMPLE_CARDS } from '../helpers/og-samples.ts';

const dir = mkdtempSync(join(tmpdir(), 'bang-vang-og-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const story = SAMPLE_CARDS['story'] as StoryCard;
const exemplar = SAMPLE_CARDS['exemplar'] as ExemplarCard;

describe('canonicalJson', () => {
  it('sorts keys at every depth and leaves out undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: undefined } })).toBe(
      '{"a":{"d":[1,{"x":1,"y":2}]},"b":1}',
    );
  });
});

describe('cacheKey', () => {
  it('is stable and ignores key order', () => {
    const reordered = Object.fromEntries(Object.entries(story).reverse()) as unknown as StoryCard;
    expect(cacheKey(reordered)).toBe(cacheKey(story));
    expect(cacheKey(story)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes with any drawn field, and with the drawing version', () => {
    const key = cacheKey(story);
    expect(cacheKey({ ...story, title: `${story.title}.` })).not.toBe(key);
    expect(cacheKey({ ...story, date: 'Thứ Năm, 22/01/2026' })).not.toBe(key);
    expect(cacheKey({ ...story, site: { ...story.site, demoLabel: undefined } })).not.toBe(key);
    expect(cacheKey(story, 'another template version')).not.toBe(key);
    expect(drawingVersion()).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keys a portrait by its bytes, not its path', () => {
    const copy = join(dir, 'copy.jpg');
    copyFileSync(PORTRAIT_FILE, copy);
    expect(cacheKey({ ...exemplar, portrait: { path: copy } })).toBe(cacheKey(exemplar));
    const other = join(dir, 'other.jpg');
    writeFileSync(other, 'not the same picture');
    expect(cacheKey({ ...exemplar, portrait: { path: other } })).not.toBe(cacheKey(exemplar));
  });
});

describe('CardCache', () => {
  it('stores, finds and prunes images by key', () => {
    const cache = new CardCache(join(dir, 'og'));
    cache.write('a', new Uint8Array([1, 2, 3]));
    cache.write('b', new Uint8Array([4]));
    expect(cache.has('a') && cache.has('b')).toBe(true);
    expect(cache.has('c')).toBe(false);
    expect(cache.prune(new Set(['a']))).toBe(1);
    expect(cache.has('a')).toBe(true);
    expect(cache.has('b')).toBe(false);
  });
});
