import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/corpus.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import type { ContentSources, SourceFile } from '../../src/content-model/sources.ts';
import type { CollectionName } from '../../src/content-model/collections.ts';
import { TAXONOMY_TEXT } from '../helpers/mini-site.ts';

function toSources(files: { path: string; text: string }[]): ContentSources {
  const sources: SourceFile[] = [];
  const extras = new Map<string, (() => string) | null>();
  let site: { path: string; text: string } | undefined;
  for (const file of files) {
    const path = `content/${file.path}`;
    if (file.path === 'site.yaml') site = { path, text: file.text };
    else if (file.path.endsWith('.csv')) extras.set(path, () => file.text);
    else {
      const collection = file.path.split('/')[0] as CollectionName;
      sources.push({
        collection,
        id: (file.path.split('/').pop() as string).replace(/\.(mdx?|yaml)$/, ''),
        path,
        text: file.text,
      });
    }
  }
  return {
    ...(site ? { site } : {}),
    taxonomy: { path: 'src/data/award-taxonomy.yaml', text: TAXONOMY_TEXT },
    files: sources,
    extras,
  };
}

describe('the benchmark corpus', () => {
  it('is deterministic for a seed', () => {
    const a = generateCorpus({ stories: 30, recipients: 500, seed: 7 });
    const b = generateCorpus({ stories: 30, recipients: 500, seed: 7 });
    const c = generateCorpus({ stories: 30, recipients: 500, seed: 8 });
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('passes the content schemas, with the requested sizes, a CSV annex of 5,000+ rows and MDX stories', () => {
    const files = generateCorpus({ stories: 120, recipients: 7000 });
    const result = validateContent(toSources(files), {
      contentDir: 'content',
      fileExists: (p) => /\/anh\/bia-\d\.jpg$/.test(p),
    });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.entries.filter((e) => e.collection === 'articles')).toHaveLength(120);
    const recipients = result.entries
      .filter((e) => e.collection === 'awards')
      .reduce((sum, e) => sum + (e.data['recipients'] as unknown[]).length, 0);
    expect(recipients).toBe(7000);
    const csv = files.filter((f) => f.path.endsWith('.csv'));
    expect(csv.length).toBeGreaterThan(0);
    expect(Math.max(...csv.map((f) => f.text.trim().split('\n').length - 1))).toBeGreaterThanOrEqual(5000);
    expect(files.some((f) => f.path.endsWith('.mdx'))).toBe(true);
    expect(files.some((f) => f.text.includes('cover:'))).toBe(true);
  });
});
