/**
 * The /tim-kiem/ page's script: a small client over Pagefind's JS API (the pages: the main index,
 * and on a large site the archive of older stories when the search needs it: scopes.ts) and the
 * name index (every recipient: name-shard.ts; the records of a unit the query names:
 * unit-index.ts), queried together. The form is a plain GET form (q,
 * filters, sort), so the URL always holds the search; this script runs it in place, keeps the
 * URL in step (back and forward work), lists results ten at a time (merge.ts: names above body
 * text), and shows filters with counts from both sources. Pagefind is loaded only when there is
 * something to search, or when the box is focused, and filter indexes only when the reader
 * opens the filters.
 */
import { foldVietnamese } from '../../utils/text.ts';
import { FILTER_KEYS, META, META_WEIGHTS, type FilterKey } from '../keys.ts';
import { mergeByScore, nextByDate, relevanceOrder, type Slot } from './merge.ts';
import { filterHits, hitCounts, mergeCounts } from './name-filters.ts';
import { listedHits, searchNames, searchUnits, type NameResult } from './name-search.ts';
import {
  CATALOGUE_FILE,
  NAME_INDEX_PATH,
  UNIT_DIRECTORY_FILE,
  nameMatchLevel,
  nameTokens,
  type NameHit,
  type ShardJson,
} from '../name-shard.ts';
import { MAIN_BUNDLE_PATH, SCOPES_MANIFEST, needsArchive, type ScopesManifest } from '../scopes.ts';
import {
  displayDate,
  hasFilters,
  pagefindFilters,
  pagefindSort,
  parseState,
  queryWords,
  stateToSearch,
  bestTitleMatch,
  type SearchState,
  type Sort,
} from './query-state.ts';

interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PageResult {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}
interface SearchResponse {
  results: PageResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: Record<string, unknown>) => Promise<SearchResponse | null>;
  preload: (term: string) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}
type Strings = Record<string, string> & { filterLabels: Record<FilterKey, string>; rolls: Record<string, string> };

const PAGE_SIZE = 10;

const root = document.querySelector<HTMLElement>('[data-search]');
const stringsElement = document.getElementById('search-strings');
if (root && stringsElement) start(root, JSON.parse(stringsElement.textContent ?? '{}') as Strings);

function start(root: HTMLElement, s: Strings): void {
  const form = root.querySelector('form') as HTMLFormElement;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]') as HTMLInputElement;
  const sortSelect = form.querySelector<HTMLSelectElement>('select') as HTMLSelectElement;
  const details = form.querySelector('details') as HTMLDetailsElement;
  const facets = form.querySelector<HTMLElement>('[data-facets]') as HTMLElement;
  const sortNote = form.querySelector<HTMLElement>('[data-sort-note]') as HTMLElement;
  const activeCount = form.querySelector<HTMLElement>('[data-active-filters]') as HTMLElement;
  const clear = form.querySelector<HTMLButtonElement>('[data-clear]') as HTMLButtonElement;
  const status = root.querySelector<HTMLElement>('[data-status]') as HTMLElement;
  const list = root.querySelector<HTMLOListElement>('[data-results]') as HTMLOListElement;
  const more = root.querySelector<HTMLButtonElement>('[data-more]') as HTMLButtonElement;
  const oldOption = form.querySelector<HTMLElement>('[data-old]') as HTMLElement;
  const oldBox = oldOption.querySelector('input') as HTMLInputElement;
  const oldHint = root.querySelector<HTMLElement>('[data-old-hint]') as HTMLElement;
  const rollNote = root.querySelector<HTMLElement>('[data-roll-note]') as HTMLElement;
  for (const element of root.querySelectorAll<HTMLElement>('[data-needs-script]')) element.hidden = false;

  const baseTitle = document.title;
  let state = parseState(new URLSearchParams(location.search));
  const bundles = new Map<string, Promise<Pagefind>>();
  let manifest: Promise<ScopesManifest | undefined> | undefined;
  const filtersLoaded = new Map<Pagefind, Promise<void>>();
  /** This search's Pagefind indexes (the main one, and the archive when searched). */
  let sources: Pagefind[] = [];
  /** Their results, each list in Pagefind's order; by date, how far each list is placed. */
  let lists: PageResult[][] = [];
  let cursors: number[] = [];
  /** The pages in the merged order, as far as placed; all pages found; data as loaded. */
  let pages: PageResult[] = [];
  let pageCount = 0;
  let pageData = new Map<PageResult, Promise<ResultData>>();
  /** This search's recipients (filtered). */
  let names: NameHit[] = [];
  /** By relevance, the whole merged order; by date, built as the reader asks for more. */
  let plan: Slot[] = [];
  let nextName = 0;
  let shown = 0;
  /** The name index's files as fetched, each once (undefined: missing or unreadable). */
  const nameFiles = new Map<string, Promise<unknown>>();
  let catalogue: Promise<Set<string> | undefined> | undefined;
  let run = 0;
  let typing: ReturnType<typeof setTimeout> | undefined;

  /** One Pagefind index: its own copy of Pagefind's script, so the main index and the archive stay apart. */
  function load(path = MAIN_BUNDLE_PATH): Promise<Pagefind> {
    let bundle = bundles.get(path);
    if (!bundle) {
      // Not a literal, so that Vite leaves the import alone: the bundle is written after the build.
      bundle = (import(/* @vite-ignore */ `${path}pagefind.js`) as Promise<Pagefind>).then(async (pf) => {
        // No web worker: it would download a second copy of the search code (about 12 KB).
        await pf.options({ noWorker: true, excerptLength: 28, ranking: { metaWeights: META_WEIGHTS } });
        await pf.init();
        return pf;
      });
      bundles.set(path, bundle);
    }
    return bundle;
  }

  /** Whether there is an archive of older stories (a site built without one has no manifest). */
  function loadManifest(): Promise<ScopesManifest | undefined> {
    manifest ??= fetch(SCOPES_MANIFEST)
      .then((response) => (response.ok ? (response.json() as Promise<ScopesManifest>) : undefined))
      .catch(() => undefined)
      .then((scopes) => {
        showArchive(scopes);
        return scopes;
      });
    return manifest;
  }

  function archiveText(template: string | undefined, scopes: ScopesManifest | undefined): string {
    const archive = scopes?.archive;
    if (!archive) return '';
    return format(template, {
      count: archive.stories.toLocaleString('vi-VN'),
      oldest: displayDate(archive.oldest),
      newest: displayDate(archive.newest),
    });
  }

  /** The honour roll of each chosen year that has one, or the whole roll (the page's own link). */
  const rollLinks = rollNote.querySelector('[data-roll-links]') as HTMLElement;
  const wholeRoll = [...rollLinks.childNodes];
  function showRollLinks(): void {
    const years = [...(state.filters.nam ?? [])]
      .filter((year) => s.rolls[year])
      .sort()
      .reverse();
    rollLinks.replaceChildren(
      ...(years.length
        ? years.flatMap((year, i) => {
            const link = document.createElement('a');
            link.href = s.rolls[year] ?? '/';
            link.textContent = format(s['searchRollYear'], { year });
            return i ? [', ', link] : [link];
          })
        : wholeRoll),
    );
  }

  /** The "older stories too" option, shown once the manifest says there are any. */
  function showArchive(scopes: ScopesManifest | undefined): void {
    if (!scopes?.archive) return;
    oldOption.hidden = false;
    (oldOption.querySelector('[data-old-note]') as HTMLElement).textContent = archiveText(s['searchOldNote'], scopes);
  }

  /** The pages found by every index searched, filter counts added up. */
  function sumFilters(responses: readonly (SearchResponse | null)[]): SearchResponse['filters'] {
    return responses.reduce<SearchResponse['filters']>((sum, r) => mergeCounts(sum, r?.filters ?? {}), {});
  }

  /** A file of the name index's folder, fetched once; undefined when it does not exist or cannot be read. */
  function fetchNameFile(file: string): Promise<unknown> {
    let json = nameFiles.get(file);
    if (!json) {
      json = fetch(`${NAME_INDEX_PATH}${file}`)
        .then((response) => (response.ok ? (response.json() as Promise<unknown>) : undefined))
        .catch(() => undefined);
      nameFiles.set(file, json);
    }
    return json;
  }

  /** A word's (or a unit's) file; undefined for a word in no name. */
  const fetchShard = (file: string) => fetchNameFile(file) as Promise<ShardJson | undefined>;

  /** The name index's word files (CATALOGUE_FILE); undefined when it cannot be read (all are asked for). */
  function loadCatalogue(): Promise<Set<string> | undefined> {
    catalogue ??= fetchNameFile(CATALOGUE_FILE).then((words) =>
      typeof words === 'string' ? new Set(words.split(' ')) : undefined,
    );
    return catalogue;
  }

  /** The units with records by present name (UNIT_DIRECTORY_FILE), for the unit filter without words. */
  const loadDirectory = () => fetchNameFile(UNIT_DIRECTORY_FILE) as Promise<Record<string, string[]> | undefined>;

  function dataOf(result: PageResult): Promise<ResultData> {
    let data = pageData.get(result);
    if (!data) {
      data = result.data();
      pageData.set(result, data);
    }
    return data;
  }

  /** A recipient shown like a page result: kicker, name, then award, decision, year, unit, kind. */
  function hitData(hit: NameHit): ResultData {
    return {
      url: hit.url,
      excerpt: '',
      meta: {
        title: hit.posthumous ? `${hit.name} (${s['posthumous']})` : hit.name,
        [META.date]: hit.date,
        [META.award]: hit.award,
        [META.decision]: hit.decision,
        [META.unit]: hit.unit || undefined,
        [META.kind]: hit.kind,
        [META.status]: hit.status || undefined,
      },
      filters: { loai: [s['searchTypeRecipient'] ?? ''] },
    };
  }

  function format(template: string | undefined, values: Record<string, string | number>): string {
    return (template ?? '').replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
  }

  function showState(): void {
    input.value = state.q;
    oldBox.checked = state.old;
    sortSelect.value = state.sort;
    sortNote.hidden = !state.sort;
    const active = FILTER_KEYS.reduce((sum, key) => sum + (state.filters[key]?.length ?? 0), 0);
    activeCount.textContent = active ? ` (${active})` : '';
    clear.hidden = active === 0;
    if (active) details.open = true;
  }

  function readForm(): SearchState {
    const data = new FormData(form);
    const params = new URLSearchParams();
    for (const [key, value] of data) if (typeof value === 'string') params.append(key, value);
    // Filters not drawn yet (the panel was never opened) stay as they were.
    if (!facets.childElementCount)
      for (const key of FILTER_KEYS) for (const v of state.filters[key] ?? []) params.append(key, v);
    return parseState(params);
  }

  function commit(next: SearchState, mode: 'push' | 'replace'): void {
    const search = stateToSearch(next);
    const changed = search !== stateToSearch(state);
    state = next;
    if (changed) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', `${location.pathname}${search}`);
    void execute();
  }

  /** Counts per filter value: for a filter with a choice made, as if that filter were not set. */
  async function counts(responses: SearchResponse[], hits: NameHit[]): Promise<SearchResponse['filters']> {
    const out = sumFilters(responses);
    const term = state.q || null;
    const sort = pagefindSort(state.sort);
    await Promise.all(
      FILTER_KEYS.filter((key) => state.filters[key]?.length).map(async (key) => {
        const others = await Promise.all(
          sources.map((pf) => pf.search(term, { filters: pagefindFilters(state, key), ...(sort ? { sort } : {}) })),
        );
        out[key] = sumFilters(others)[key] ?? {};
      }),
    );
    return mergeCounts(out, hitCounts(hits, state, s['searchTypeRecipient'] ?? ''));
  }

  async function execute(): Promise<void> {
    const id = ++run;
    // Once there is something to show, the introduction gives its room to the results (phones).
    root.toggleAttribute('data-active', Boolean(state.q) || hasFilters(state));
    document.title = state.q ? `${s['search']}: ${state.q} | ${baseTitle.split(' | ').at(-1)}` : baseTitle;
    if (!state.q && !hasFilters(state)) {
      pages = [];
      pageCount = 0;
      names = [];
      oldHint.hidden = true;
      rollNote.hidden = true;
      list.replaceChildren();
      list.removeAttribute('aria-busy');
      more.hidden = true;
      status.textContent = s['searchEmpty'] ?? '';
      if (details.open) await drawFacets();
      return;
    }
    status.textContent = s['searchLoading'] ?? '';
    list.setAttribute('aria-busy', 'true');
    let responses: (SearchResponse | null)[];
    let found: NameResult;
    let scopes: ScopesManifest | undefined;
    let searched: Pagefind[];
    // The name index is fetched at the same time as Pagefind loads and searches.
    // Without words, the units chosen in the filter list their records.
    const unitOptions = { years: state.filters.nam ?? [], oldestFirst: state.sort === 'cu-nhat' };
    const named = state.q
      ? loadCatalogue().then((words) => searchNames(state.q, fetchShard, { ...unitOptions, catalogue: words }))
      : searchUnits(state.filters['don-vi'] ?? [], loadDirectory, fetchShard, unitOptions);
    try {
      const [main, manifest] = await Promise.all([load(), loadManifest()]);
      scopes = manifest;
      const archive = scopes?.archive;
      const withArchive = needsArchive(scopes, { old: state.old, sort: state.sort, years: state.filters.nam ?? [] });
      searched = archive && withArchive ? [main, await load(archive.path)] : [main];
      if (details.open) await Promise.all(searched.map(loadFilters));
      const sort = pagefindSort(state.sort);
      const options = { filters: pagefindFilters(state), ...(sort ? { sort } : {}) };
      responses = await Promise.all(searched.map((pf) => pf.search(state.q || null, options)));
      found = await named;
    } catch {
      status.textContent = s['searchFailed'] ?? '';
      list.removeAttribute('aria-busy');
      return;
    }
    if (id !== run || responses.some((response) => !response)) return;
    const answered = responses as SearchResponse[];
    sources = searched;
    lists = answered.map((response) => response.results);
    cursors = lists.map(() => 0);
    pageCount = lists.reduce((sum, results) => sum + results.length, 0);
    // By relevance, one list now (mergeByScore); by date, placed as the reader asks for more (nextSlots).
    pages = state.sort ? [] : mergeByScore(lists);
    pageData = new Map();
    const newestFirst = state.sort !== 'cu-nhat';
    // The names found, and the records of the units the query names (below them by relevance).
    const listed = listedHits(found);
    names = filterHits(listed.hits, state, s['searchTypeRecipient'] ?? '').sort((a, b) =>
      newestFirst ? b.date.localeCompare(a.date) : a.date.localeCompare(b.date),
    );
    shown = 0;
    nextName = 0;
    plan = [];
    if (!state.sort) {
      const first = await Promise.all(pages.slice(0, PAGE_SIZE).map(dataOf));
      const titles = (d: ResultData) => [d.meta['title'] ?? '', ...(d.meta[META.formerNames]?.split('; ') ?? [])];
      const tokens = nameTokens(state.q);
      plan = relevanceOrder(
        first.map((d) => bestTitleMatch(titles(d), state.q)),
        pageCount,
        names.map((hit) => (listed.byUnit.has(hit) ? -1 : nameMatchLevel(hit.name, tokens))),
      );
    }
    if (id !== run) return;
    list.replaceChildren();
    await showMore(false, id);
    if (id !== run) return;
    list.removeAttribute('aria-busy');
    // Announced once the results are on the page.
    const query = state.q || '…';
    const total = pageCount + names.length;
    status.textContent = total
      ? format(s['searchCount'], { count: total.toLocaleString('vi-VN'), query })
      : format(s['searchNone'], { query });
    // Only common words ("nguyen van"): rather than download every such name, ask for the given name.
    if (!found.hits.length && found.missing)
      status.textContent += ` ${format(s['searchNamesMore'], { count: found.missing.toLocaleString('vi-VN'), query })}`;
    // A unit with many records: only its newest year is listed until the reader picks years.
    for (const unit of found.units)
      if (unit.more)
        status.textContent += ` ${format(s['searchUnitMore'], {
          unit: unit.name,
          year: unit.hits[0]?.date.slice(0, 4) ?? '',
          count: unit.more.toLocaleString('vi-VN'),
        })}`;
    // Filters alone: recipients are not listed (the name index is by word) unless units are
    // chosen; the honour roll is.
    rollNote.hidden = Boolean(state.q) || found.units.length > 0;
    if (!state.q) showRollLinks();
    // Older stories not searched: say so, and offer them.
    oldHint.hidden = searched.length > 1 || !scopes?.archive;
    (oldHint.querySelector('[data-old-hint-text]') as HTMLElement).textContent = archiveText(
      s['searchOldHint'],
      scopes,
    );
    if (details.open && id === run) drawFacets(await counts(answered, listed.hits));
  }

  /** The next places of the merged list: by relevance from the plan, by date by merging both sources. */
  async function nextSlots(count: number): Promise<Slot[]> {
    if (!state.sort) return plan.slice(shown, shown + count);
    const order = state.sort === 'moi-nhat' ? 'desc' : 'asc';
    const out: Slot[] = [];
    while (out.length < count) {
      // Ask for each list's next pages' data together, not one by one.
      lists.forEach((results, l) => {
        for (const result of results.slice(cursors[l], (cursors[l] ?? 0) + PAGE_SIZE)) void dataOf(result);
      });
      const heads = await Promise.all(
        lists.map(async (results, l) => {
          const result = results[cursors[l] ?? 0];
          return result ? ((await dataOf(result)).meta[META.date] ?? '') : undefined;
        }),
      );
      const next = nextByDate([...heads, names[nextName]?.date], order);
      if (next === undefined) break;
      if (next === lists.length) {
        out.push({ name: nextName++ });
      } else {
        const at = cursors[next] ?? 0;
        cursors[next] = at + 1;
        pages.push((lists[next] as PageResult[])[at] as PageResult);
        out.push({ page: pages.length - 1 });
      }
    }
    return out;
  }

  async function showMore(moveFocus: boolean, id = run): Promise<void> {
    const slots = await nextSlots(PAGE_SIZE);
    const data = await Promise.all(
      slots.map((slot) =>
        'page' in slot ? dataOf(pages[slot.page] as PageResult) : hitData(names[slot.name] as NameHit),
      ),
    );
    if (id !== run) return;
    const words = queryWords(state.q);
    const items = data.map((d) => resultItem(d, words));
    list.append(...items);
    shown += slots.length;
    more.hidden = shown >= pageCount + names.length;
    if (moveFocus) items[0]?.querySelector('a')?.focus();
  }

  function resultItem(data: ResultData, words: string[]): HTMLLIElement {
    const li = document.createElement('li');
    li.className = 'search-result';
    const type = data.filters['loai']?.[0];
    const kicker = document.createElement('p');
    kicker.className = 'kicker';
    kicker.textContent = type ?? '';
    const status = data.meta[META.status];
    if (status) {
      const badge = document.createElement('span');
      badge.className = `badge ${status === s['statusProposal'] ? 'badge-de-nghi' : 'badge-thu-hoi'}`;
      badge.textContent = status;
      kicker.append(' ', badge);
    }
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = data.url;
    link.textContent = data.meta['title'] ?? data.url;
    heading.append(link);
    const facts = document.createElement('p');
    facts.className = 'meta';
    const date = data.meta[META.date];
    const award = data.meta[META.award];
    facts.textContent = award
      ? [
          award,
          // A person proposed in a public comment notice has no decision number: its notice's page is the link.
          data.meta[META.decision] ? `${s['searchDecisionNo']} ${data.meta[META.decision]}` : undefined,
          date?.slice(0, 4),
          data.meta[META.unit],
          data.meta[META.kind],
        ]
          .filter(Boolean)
          .join(' · ')
      : date
        ? displayDate(date)
        : '';
    li.append(kicker, heading);
    if (facts.textContent) li.append(facts);
    if (data.excerpt) {
      const excerpt = document.createElement('p');
      excerpt.className = 'excerpt';
      excerpt.append(highlight(data.excerpt, words));
      li.append(excerpt);
    }
    return li;
  }

  async function loadFilters(pf: Pagefind): Promise<void> {
    let loaded = filtersLoaded.get(pf);
    if (!loaded) {
      loaded = pf.filters().then(() => undefined);
      filtersLoaded.set(pf, loaded);
    }
    await loaded;
  }

  async function drawFacets(values?: SearchResponse['filters']): Promise<void> {
    let all = values;
    if (!all) {
      const indexes = sources.length ? sources : [await load()];
      all = (await Promise.all(indexes.map((pf) => pf.filters()))).reduce<SearchResponse['filters']>(
        (sum, filters) => mergeCounts(sum, filters),
        {},
      );
    }
    const collator = new Intl.Collator('vi');
    const fieldsets = FILTER_KEYS.map((key) => {
      const chosen = new Set(state.filters[key] ?? []);
      const entries = Object.entries(all[key] ?? {}).filter(([value, count]) => count > 0 || chosen.has(value));
      for (const value of chosen) if (!entries.some(([v]) => v === value)) entries.push([value, 0]);
      if (!entries.length) return undefined;
      entries.sort(([a, ca], [b, cb]) => (key === 'nam' ? b.localeCompare(a) : cb - ca || collator.compare(a, b)));
      const fieldset = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = s.filterLabels[key];
      const options = document.createElement('div');
      options.className = 'facet-options';
      for (const [value, count] of entries) {
        const label = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.name = key;
        box.value = value;
        box.checked = chosen.has(value);
        const text = document.createElement('span');
        const number = document.createElement('span');
        number.className = 'count';
        number.textContent = `(${count.toLocaleString('vi-VN')})`;
        text.append(`${value} `, number);
        label.append(box, text);
        options.append(label);
      }
      fieldset.append(legend, options);
      return fieldset;
    }).filter((f): f is HTMLFieldSetElement => f !== undefined);
    // Keep keyboard focus on the same checkbox when the list is redrawn.
    const focused = document.activeElement instanceof HTMLInputElement ? document.activeElement : undefined;
    const focus = focused?.type === 'checkbox' ? [focused.name, focused.value] : undefined;
    facets.replaceChildren(...fieldsets);
    if (focus) {
      for (const box of facets.querySelectorAll<HTMLInputElement>('input')) {
        if (box.name === focus[0] && box.value === focus[1]) box.focus();
      }
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    commit(readForm(), 'push');
  });
  input.addEventListener(
    'focus',
    () => {
      void load();
      void loadManifest();
      void loadCatalogue();
    },
    { once: true },
  );
  input.addEventListener('input', () => {
    clearTimeout(typing);
    const q = input.value.trim();
    if (q) void load().then((pf) => pf.preload(q));
    typing = setTimeout(() => commit(readForm(), 'replace'), 300);
  });
  sortSelect.addEventListener('change', () => {
    commit({ ...state, sort: sortSelect.value as Sort }, 'replace');
    showState();
  });
  facets.addEventListener('change', () => commit(readForm(), 'push'));
  clear.addEventListener('click', () => {
    commit({ ...state, filters: {} }, 'push');
    showState();
    input.focus();
  });
  details.addEventListener('toggle', () => {
    if (details.open) void execute();
  });
  more.addEventListener('click', () => void showMore(true));
  oldBox.addEventListener('change', () => commit(readForm(), 'push'));
  (oldHint.querySelector('[data-old-button]') as HTMLButtonElement).addEventListener('click', () => {
    commit({ ...state, old: true }, 'push');
    showState();
    oldBox.focus();
  });
  addEventListener('popstate', () => {
    state = parseState(new URLSearchParams(location.search));
    showState();
    void execute();
  });

  showState();
  // Older stories: the option shows once the manifest is in (fetched with the first search).
  if (state.old) void loadManifest();
  void execute();
}

/**
 * Pagefind marks the words it found in the text; words found through the đ-folded metadata
 * ("dua" for "đua") are marked here, by comparing folded words. The excerpt is Pagefind's
 * escaped text with <mark> tags, so it is parsed as HTML and only its text nodes are touched.
 */
function highlight(excerpt: string, words: string[]): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = excerpt;
  if (!words.length) return template.content;
  const walker = document.createTreeWalker(template.content, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.tagName !== 'MARK') nodes.push(node as Text);
  }
  for (const node of nodes) {
    const parts = (node.textContent ?? '').split(/([\p{L}\p{M}\p{N}]+)/u);
    if (!parts.some((part) => words.includes(foldVietnamese(part)))) continue;
    const replacement = document.createDocumentFragment();
    for (const part of parts) {
      if (words.includes(foldVietnamese(part))) {
        const mark = document.createElement('mark');
        mark.textContent = part;
        replacement.append(mark);
      } else if (part) replacement.append(part);
    }
    node.replaceWith(replacement);
  }
  return template.content;
}
