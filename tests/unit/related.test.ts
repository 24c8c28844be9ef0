import { describe, expect, it } from 'vitest';
import { relatedStories } from '../../src/domain/related-stories.ts';

const story = (id: string, units: string[], tags: string[], category = 'tin-tuc') => ({ id, units, tags, category });

describe('related stories', () => {
  const stories = [
    story('a', ['phuong-hoa-lu'], ['Giao ước'], 'giao-uoc'),
    story('b', [], [], 'tong-ket'),
    story('c', ['phuong-hoa-lu'], [], 'tong-ket'),
    story('d', [], ['giao ước'], 'tin-tuc'),
    story('e', [], [], 'giao-uoc'),
  ];

  it('ranks shared units above shared tags above the same category, never the story itself', () => {
    const related = relatedStories(stories);
    expect(related.get('a')).toEqual(['c', 'd', 'e']);
    expect(related.get('a')).not.toContain('a');
  });

  it('ignores tag case and keeps the limit', () => {
    expect(relatedStories(stories, { limit: 1 }).get('d')).toEqual(['a']);
  });

  it('looks only at neighbours in time within each list, so it scales linearly', () => {
    const many = Array.from({ length: 2000 }, (_, i) => story(`s${i}`, ['tinh-ninh-binh'], [], 'tin-tuc'));
    const related = relatedStories(many, { limit: 3, window: 5 });
    expect(related.get('s1000')).toEqual(['s999', 's1001', 's998']);
    expect(related.get('s0')).toEqual(['s1', 's2', 's3']);
  });
});
