/**
 * The content collections: where their files live, which fields point at other collections and
 * which name image files. Shared by the validator, the Astro loaders and the tests.
 */
export const COLLECTIONS = [
  'articles',
  'exemplars',
  'awards',
  'units',
  'clusters',
  'movements',
  'consultations',
] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

export interface CollectionLayout {
  /** Folder under content/. */
  folder: string;
  /** Markdown collections have frontmatter and a body; data collections are YAML files. */
  format: 'markdown' | 'yaml';
  /** Articles live in a folder per year: articles/2026/slug.md. */
  byYear?: boolean;
  /** How a reader names the collection in an error. */
  labelVi: string;
  /** Its recipients may be in a CSV annex named by `recipientsFile` (decisions, notices). */
  recipientsAnnex?: boolean;
}

export const LAYOUT: Record<CollectionName, CollectionLayout> = {
  articles: { folder: 'articles', format: 'markdown', byYear: true, labelVi: 'tin bài' },
  exemplars: { folder: 'exemplars', format: 'markdown', labelVi: 'điển hình' },
  awards: { folder: 'awards', format: 'yaml', labelVi: 'quyết định khen thưởng', recipientsAnnex: true },
  units: { folder: 'units', format: 'yaml', labelVi: 'đơn vị' },
  clusters: { folder: 'clusters', format: 'yaml', labelVi: 'cụm, khối thi đua' },
  movements: { folder: 'movements', format: 'yaml', labelVi: 'phong trào thi đua' },
  consultations: { folder: 'consultations', format: 'yaml', labelVi: 'thông báo lấy ý kiến', recipientsAnnex: true },
};

export interface Reference {
  /** Dotted path in the entry; `*` stands for every item of a list. */
  path: string;
  /** Collection the value must name an entry of. */
  to: CollectionName;
  /** Recipients' `unit` may be free text: only values shaped like an id are checked. */
  onlyIfId?: boolean;
}

export const REFERENCES: Record<CollectionName, Reference[]> = {
  articles: [
    { path: 'units.*', to: 'units' },
    { path: 'awards.*', to: 'awards' },
    { path: 'exemplars.*', to: 'exemplars' },
    { path: 'cluster', to: 'clusters' },
    { path: 'movement', to: 'movements' },
  ],
  exemplars: [
    { path: 'unit', to: 'units' },
    { path: 'awards.*', to: 'awards' },
  ],
  awards: [
    { path: 'issuerUnit', to: 'units' },
    { path: 'supersededBy', to: 'awards' },
    { path: 'cluster', to: 'clusters' },
    { path: 'movement', to: 'movements' },
    { path: 'recipients.*.unit', to: 'units', onlyIfId: true },
  ],
  units: [
    { path: 'parent', to: 'units' },
    { path: 'successor', to: 'units' },
  ],
  clusters: [
    { path: 'organiser', to: 'units' },
    { path: 'members.*', to: 'units' },
    { path: 'leader', to: 'units' },
    { path: 'deputy', to: 'units' },
  ],
  movements: [{ path: 'unit', to: 'units' }],
  consultations: [
    { path: 'proposedBy', to: 'units' },
    { path: 'outcome.decision', to: 'awards' },
    { path: 'recipients.*.unit', to: 'units', onlyIfId: true },
  ],
};

/** Fields that name an image file beside the entry (patterns as in REFERENCES): it must exist. */
export const IMAGES: Record<CollectionName, string[]> = {
  articles: ['cover.image', 'shareImage.image', 'gallery.*.image'],
  exemplars: ['portrait.image'],
  awards: [],
  units: [],
  clusters: [],
  movements: [],
  consultations: [],
};

/** Every (path, value) a field pattern (REFERENCES, IMAGES) matches in an entry's data. */
export function* referencedValues(
  data: unknown,
  pattern: string,
): Generator<{ path: (string | number)[]; value: string }> {
  const segments = pattern.split('.');
  function* walk(
    value: unknown,
    index: number,
    path: (string | number)[],
  ): Generator<{ path: (string | number)[]; value: string }> {
    if (index === segments.length) {
      if (typeof value === 'string') yield { path, value };
      return;
    }
    const segment = segments[index] as string;
    if (segment === '*') {
      if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* walk(value[i], index + 1, [...path, i]);
    } else if (value && typeof value === 'object') {
      yield* walk((value as Record<string, unknown>)[segment], index + 1, [...path, segment]);
    }
  }
  yield* walk(data, 0, []);
}
