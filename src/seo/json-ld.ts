/**
 * JSON-LD for a story: NewsArticle and BreadcrumbList. Serialised so that no text from content
 * can close the <script> element ("</script>" inside a title stays inert).
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

export interface StoryLd {
  url: string;
  title: string;
  description: string;
  date: Date;
  updated?: Date | undefined;
  authors: readonly string[];
  siteName: string;
  organisation: string;
  category: { name: string; url: string };
  homeUrl: string;
  image?: string | undefined;
}

export function storyJsonLd(story: StoryLd): object[] {
  return [
    {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: story.title,
      description: story.description,
      datePublished: story.date.toISOString(),
      dateModified: (story.updated ?? story.date).toISOString(),
      inLanguage: 'vi',
      mainEntityOfPage: story.url,
      author: story.authors.map((name) => ({ '@type': 'Person', name })),
      publisher: { '@type': 'Organization', name: story.organisation },
      ...(story.image ? { image: [story.image] } : {}),
    },
    {
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: story.siteName, item: story.homeUrl },
        { '@type': 'ListItem', position: 2, name: story.category.name, item: story.category.url },
        { '@type': 'ListItem', position: 3, name: story.title, item: story.url },
      ],
    },
  ];
}
