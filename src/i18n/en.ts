/** English interface strings: the seam that proves the site can be translated. */
import type { Dictionary } from './vi.ts';

export const en: Dictionary = {
  skipToContent: 'Skip to main content',
  home: 'Home',
  news: 'News',
  latestNews: 'Latest news',
  demoBanner: 'Demo site: sample data, not official information.',
  category: 'Category',
  source: 'Source',
  byline: 'By',
  published: 'Published',
  updated: 'Updated',
  masthead: 'Editorial board',
  contact: 'Contact',
  relatedUnits: 'Units mentioned',
  relatedAwards: 'Related award decisions',
};
