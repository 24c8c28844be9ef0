/**
 * The search page's Pagefind indexes: the main one, and on a large site the archive of older
 * stories (scopes.ts), each loaded once with its own copy of Pagefind's script, only when there
 * is something to search; the manifest that says whether there is an archive; and the filter
 * indexes, loaded only when the reader opens the filters.
 */
import { META_WEIGHTS } from '../keys.ts';
import { MAIN_BUNDLE_PATH, SCOPES_MANIFEST, type ScopesManifest } from '../scopes.ts';
import { mergeCounts } from './name-filters.ts';

/** What a result shows: Pagefind's fragment, or a recipient of the name index in the same shape. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
export interface PageResult {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}
export interface SearchResponse {
  results: PageResult[];
  filters: Record<string, Record<string, number>>;
}
export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: Record<string, unknown>) => Promise<SearchResponse | null>;
  preload: (term: string) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/** The pages found by every index searched, filter counts added up. */
export function sumFilters(responses: readonly (SearchResponse | null)[]): SearchResponse['filters'] {
  return responses.reduce<SearchResponse['filters']>((sum, r) => mergeCounts(sum, r?.filters ?? {}), {});
}

export class PagefindSource {
  private readonly bundles = new Map<string, Promise<Pagefind>>();
  private readonly filtersLoaded = new Map<Pagefind, Promise<void>>();
  private manifest: Promise<ScopesManifest | undefined> | undefined;

  private readonly onManifest: (scopes: ScopesManifest | undefined) => void;

  /** @param onManifest told once what the manifest says (the page shows the archive option). */
  constructor(onManifest: (scopes: ScopesManifest | undefined) => void) {
    this.onManifest = onManifest;
  }

  /** One Pagefind index: its own copy of Pagefind's script, so the main index and the archive stay apart. */
  load(path = MAIN_BUNDLE_PATH): Promise<Pagefind> {
    let bundle = this.bundles.get(path);
    if (!bundle) {
      // Not a literal, so that Vite leaves the import alone: the bundle is written after the build.
      bundle = (import(/* @vite-ignore */ `${path}pagefind.js`) as Promise<Pagefind>).then(async (pf) => {
        // No web worker: it would download a second copy of the search code (about 12 KB).
        await pf.options({ noWorker: true, excerptLength: 28, ranking: { metaWeights: META_WEIGHTS } });
        await pf.init();
        return pf;
      });
      this.bundles.set(path, bundle);
    }
    return bundle;
  }

  /** Whether there is an archive of older stories (a site built without one has no manifest). */
  loadManifest(): Promise<ScopesManifest | undefined> {
    this.manifest ??= fetch(SCOPES_MANIFEST)
      .then((response) => (response.ok ? (response.json() as Promise<ScopesManifest>) : undefined))
      .catch(() => undefined)
      .then((scopes) => {
        this.onManifest(scopes);
        return scopes;
      });
    return this.manifest;
  }

  /** An index's filter values, fetched once (only when the filters are open). */
  async loadFilters(pf: Pagefind): Promise<void> {
    let loaded = this.filtersLoaded.get(pf);
    if (!loaded) {
      loaded = pf.filters().then(() => undefined);
      this.filtersLoaded.set(pf, loaded);
    }
    await loaded;
  }

  /** Every filter value with its count over these indexes (the main one when none is given). */
  async allFilters(indexes: readonly Pagefind[]): Promise<SearchResponse['filters']> {
    const searched = indexes.length ? indexes : [await this.load()];
    return (await Promise.all(searched.map((pf) => pf.filters()))).reduce<SearchResponse['filters']>(
      (sum, filters) => mergeCounts(sum, filters),
      {},
    );
  }
}
