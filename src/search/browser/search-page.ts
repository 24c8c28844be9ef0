/**
 * The /tim-kiem/ page's script: a small client over Pagefind's JS API (the pages: the main index,
 * and on a large site the archive of older stories when the search needs it: pagefind-source.ts)
 * and the name index (every recipient: name-files.ts, name-search.ts), queried together. The
 * form is a plain GET form (q, filters, sort), so the URL always holds the search
 * (query-state.ts); this script runs it in place, keeps the URL in step (back and forward work),
 * lists results ten at a time (result-list.ts: names above body text) and shows filters with
 * counts from both sources (render.ts). Pagefind is loaded only when there is something to
 * search, or when the box is focused, and filter indexes only when the reader opens the filters.
 */
import { FILTER_KEYS } from '../keys.ts';
import { needsArchive, type ScopesManifest } from '../scopes.ts';
import type { NameHit } from '../name-shard.ts';
import { filterHits, hitCounts, mergeCounts } from './name-filters.ts';
import { NameFiles } from './name-files.ts';
import { listedHits, searchNames, searchUnits, type NameResult } from './name-search.ts';
import { PagefindSource, sumFilters, type Pagefind, type SearchResponse } from './pagefind-source.ts';
import {
  hasFilters,
  pagefindFilters,
  pagefindSort,
  parseState,
  queryWords,
  stateToSearch,
  type SearchState,
  type Sort,
} from './query-state.ts';
import { format } from '../../i18n/template.ts';
import { archiveText, facetFieldsets, resultItem } from './render.ts';
import { find, pageElements, type PageElements, type Strings } from './page-elements.ts';
import { ResultList, type HitLabels } from './result-list.ts';

/** What one search found, before it is shown. */
interface Found {
  responses: SearchResponse[];
  searched: Pagefind[];
  scopes: ScopesManifest | undefined;
  names: NameResult;
}

class SearchPage {
  private readonly root: HTMLElement;
  private readonly s: Strings;
  private readonly el: PageElements;
  private readonly baseTitle = document.title;
  private readonly labels: HitLabels;
  private readonly pagefind = new PagefindSource((scopes) => this.showArchive(scopes));
  private readonly nameFiles = new NameFiles();
  private state = parseState(new URLSearchParams(location.search));
  /** This search's Pagefind indexes (the main one, and the archive when searched). */
  private sources: Pagefind[] = [];
  private results: ResultList;
  private run = 0;
  private typing: ReturnType<typeof setTimeout> | undefined;

  constructor(root: HTMLElement, s: Strings) {
    this.root = root;
    this.s = s;
    this.el = pageElements(root);
    this.labels = { posthumous: s['posthumous'] ?? '', type: s['searchTypeRecipient'] ?? '' };
    this.results = ResultList.empty(this.labels);
  }

  /** The "older stories too" option, shown once the manifest says there are any. */
  private showArchive(scopes: ScopesManifest | undefined): void {
    if (!scopes?.archive) return;
    this.el.oldOption.hidden = false;
    find<HTMLElement>(this.el.oldOption, '[data-old-note]').textContent = archiveText(this.s['searchOldNote'], scopes);
  }

  /** The honour roll of each chosen year that has one, or the whole roll (the page's own link). */
  private showRollLinks(): void {
    const { rolls } = this.s;
    const years = [...(this.state.filters.nam ?? [])]
      .filter((year) => rolls[year])
      .sort()
      .reverse();
    this.el.rollLinks.replaceChildren(
      ...(years.length
        ? years.flatMap((year, i) => {
            const link = document.createElement('a');
            link.href = rolls[year] ?? '/';
            link.textContent = format(this.s['searchRollYear'], { year });
            return i ? [', ', link] : [link];
          })
        : this.el.wholeRoll),
    );
  }

  private showState(): void {
    const { state } = this;
    this.el.input.value = state.q;
    this.el.oldBox.checked = state.old;
    this.el.sortSelect.value = state.sort;
    this.el.sortNote.hidden = !state.sort;
    const active = FILTER_KEYS.reduce((sum, key) => sum + (state.filters[key]?.length ?? 0), 0);
    this.el.activeCount.textContent = active ? ` (${active})` : '';
    this.el.clear.hidden = active === 0;
    if (active) this.el.details.open = true;
  }

  private readForm(): SearchState {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(this.el.form)) if (typeof value === 'string') params.append(key, value);
    // Filters not drawn yet (the panel was never opened) stay as they were.
    if (!this.el.facets.childElementCount)
      for (const key of FILTER_KEYS) for (const v of this.state.filters[key] ?? []) params.append(key, v);
    return parseState(params);
  }

  private commit(next: SearchState, mode: 'push' | 'replace'): void {
    const search = stateToSearch(next);
    const changed = search !== stateToSearch(this.state);
    this.state = next;
    if (changed) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', `${location.pathname}${search}`);
    void this.execute();
  }

  /** Counts per filter value: for a filter with a choice made, as if that filter were not set. */
  private async counts(responses: SearchResponse[], hits: NameHit[]): Promise<SearchResponse['filters']> {
    const { state } = this;
    const out = sumFilters(responses);
    const sort = pagefindSort(state.sort);
    await Promise.all(
      FILTER_KEYS.filter((key) => state.filters[key]?.length).map(async (key) => {
        const others = await Promise.all(
          this.sources.map((pf) =>
            pf.search(state.q || null, { filters: pagefindFilters(state, key), ...(sort ? { sort } : {}) }),
          ),
        );
        out[key] = sumFilters(others)[key] ?? {};
      }),
    );
    return mergeCounts(out, hitCounts(hits, state, this.labels.type));
  }

  /** No words and no filters: the page as it loads, with its prompt. */
  private async showEmpty(): Promise<void> {
    this.results = ResultList.empty(this.labels);
    this.el.oldHint.hidden = true;
    this.el.rollNote.hidden = true;
    this.el.list.replaceChildren();
    this.el.list.removeAttribute('aria-busy');
    this.el.more.hidden = true;
    this.el.status.textContent = this.s['searchEmpty'] ?? '';
    if (this.el.details.open) await this.drawFacets();
  }

  /** Pagefind (the indexes the search needs) and the name index, asked at the same time. */
  private async search(): Promise<Found> {
    const { state } = this;
    // Without words, the units chosen in the filter list their records.
    const unitOptions = { years: state.filters.nam ?? [], oldestFirst: state.sort === 'cu-nhat' };
    const named = state.q
      ? this.nameFiles
          .loadCatalogue()
          .then((words) => searchNames(state.q, this.nameFiles.shard, { ...unitOptions, catalogue: words }))
      : searchUnits(state.filters['don-vi'] ?? [], this.nameFiles.directory, this.nameFiles.shard, unitOptions);
    const [main, scopes] = await Promise.all([this.pagefind.load(), this.pagefind.loadManifest()]);
    const archive = scopes?.archive;
    const withArchive = needsArchive(scopes, { old: state.old, sort: state.sort, years: state.filters.nam ?? [] });
    const searched = archive && withArchive ? [main, await this.pagefind.load(archive.path)] : [main];
    if (this.el.details.open) await Promise.all(searched.map((pf) => this.pagefind.loadFilters(pf)));
    const sort = pagefindSort(state.sort);
    const options = { filters: pagefindFilters(state), ...(sort ? { sort } : {}) };
    const responses = await Promise.all(searched.map((pf) => pf.search(state.q || null, options)));
    return { responses: responses as SearchResponse[], searched, scopes, names: await named };
  }

  /** What the status line says once the results are on the page (a live region: it is announced). */
  private announce(found: Found): void {
    const query = this.state.q || '…';
    const { total } = this.results;
    let text = total
      ? format(this.s['searchCount'], { count: total.toLocaleString('vi-VN'), query })
      : format(this.s['searchNone'], { query });
    // Many names hold only common words ("nguyen van"): rather than download them all, ask for the given name.
    if (!found.names.hits.length && found.names.missing)
      text += ` ${format(this.s['searchNamesMore'], { count: found.names.missing.toLocaleString('vi-VN'), query })}`;
    // A unit with many records: only its newest year is listed until the reader picks years.
    for (const unit of found.names.units)
      if (unit.more)
        text += ` ${format(this.s['searchUnitMore'], {
          unit: unit.name,
          year: unit.hits[0]?.date.slice(0, 4) ?? '',
          count: unit.more.toLocaleString('vi-VN'),
        })}`;
    this.el.status.textContent = text;
    // Filters alone: recipients are not listed (the name index is by word) unless units are
    // chosen; the honour roll is.
    this.el.rollNote.hidden = Boolean(this.state.q) || found.names.units.length > 0;
    if (!this.state.q) this.showRollLinks();
    // Older stories not searched: say so, and offer them.
    this.el.oldHint.hidden = found.searched.length > 1 || !found.scopes?.archive;
    find<HTMLElement>(this.el.oldHint, '[data-old-hint-text]').textContent = archiveText(
      this.s['searchOldHint'],
      found.scopes,
    );
  }

  private async execute(): Promise<void> {
    const id = ++this.run;
    const { state } = this;
    this.root.toggleAttribute('data-active', Boolean(state.q) || hasFilters(state));
    document.title = state.q
      ? `${this.s['search']}: ${state.q} | ${this.baseTitle.split(' | ').at(-1)}`
      : this.baseTitle;
    if (!state.q && !hasFilters(state)) return this.showEmpty();
    this.el.status.textContent = this.s['searchLoading'] ?? '';
    this.el.list.setAttribute('aria-busy', 'true');
    let found: Found;
    try {
      found = await this.search();
    } catch {
      this.el.status.textContent = this.s['searchFailed'] ?? '';
      this.el.list.removeAttribute('aria-busy');
      return;
    }
    if (id !== this.run || found.responses.some((response) => !response)) return;
    this.sources = found.searched;
    // The names found, and the records of the units the query names (below them by relevance).
    const listed = listedHits(found.names);
    const newestFirst = state.sort !== 'cu-nhat';
    const names = filterHits(listed.hits, state, this.labels.type).sort((a, b) =>
      newestFirst ? b.date.localeCompare(a.date) : a.date.localeCompare(b.date),
    );
    const results = new ResultList(
      found.responses.map((response) => response.results),
      names,
      state.sort,
      this.labels,
    );
    await results.rank(state.q, listed.byUnit);
    if (id !== this.run) return;
    this.results = results;
    this.el.list.replaceChildren();
    await this.showMore(false, id);
    if (id !== this.run) return;
    this.el.list.removeAttribute('aria-busy');
    this.announce(found);
    if (this.el.details.open && id === this.run) void this.drawFacets(await this.counts(found.responses, listed.hits));
  }

  private async showMore(moveFocus: boolean, id = this.run): Promise<void> {
    const data = await this.results.next(() => id === this.run);
    if (id !== this.run) return;
    const words = queryWords(this.state.q);
    const labels = { decisionNo: this.s['searchDecisionNo'] ?? '', proposal: this.s['statusProposal'] ?? '' };
    const items = data.map((d) => resultItem(d, words, labels));
    this.el.list.append(...items);
    this.el.more.hidden = this.results.done;
    if (moveFocus) items[0]?.querySelector('a')?.focus();
  }

  private async drawFacets(values?: SearchResponse['filters']): Promise<void> {
    const all = values ?? (await this.pagefind.allFilters(this.sources));
    const fieldsets = facetFieldsets(all, this.state, this.s.filterLabels);
    // Keep keyboard focus on the same checkbox when the list is redrawn.
    const focused = document.activeElement instanceof HTMLInputElement ? document.activeElement : undefined;
    const focus = focused?.type === 'checkbox' ? [focused.name, focused.value] : undefined;
    this.el.facets.replaceChildren(...fieldsets);
    if (focus) {
      for (const box of this.el.facets.querySelectorAll<HTMLInputElement>('input')) {
        if (box.name === focus[0] && box.value === focus[1]) box.focus();
      }
    }
  }

  /** The form's controls run the search in place; the URL follows, and back and forward restore it. */
  private listen(): void {
    this.el.form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(this.typing);
      this.commit(this.readForm(), 'push');
    });
    this.el.input.addEventListener(
      'focus',
      () => {
        void this.pagefind.load();
        void this.pagefind.loadManifest();
        void this.nameFiles.loadCatalogue();
      },
      { once: true },
    );
    this.el.input.addEventListener('input', () => {
      clearTimeout(this.typing);
      const q = this.el.input.value.trim();
      if (q) void this.pagefind.load().then((pf) => pf.preload(q));
      this.typing = setTimeout(() => this.commit(this.readForm(), 'replace'), 300);
    });
    this.el.sortSelect.addEventListener('change', () => {
      this.commit({ ...this.state, sort: this.el.sortSelect.value as Sort }, 'replace');
      this.showState();
    });
    this.el.facets.addEventListener('change', () => this.commit(this.readForm(), 'push'));
    this.el.clear.addEventListener('click', () => {
      this.commit({ ...this.state, filters: {} }, 'push');
      this.showState();
      this.el.input.focus();
    });
    this.el.details.addEventListener('toggle', () => {
      if (this.el.details.open) void this.execute();
    });
    this.el.more.addEventListener('click', () => void this.showMore(true));
    this.el.oldBox.addEventListener('change', () => this.commit(this.readForm(), 'push'));
    find<HTMLButtonElement>(this.el.oldHint, '[data-old-button]').addEventListener('click', () => {
      this.commit({ ...this.state, old: true }, 'push');
      this.showState();
      this.el.oldBox.focus();
    });
    addEventListener('popstate', () => {
      this.state = parseState(new URLSearchParams(location.search));
      this.showState();
      void this.execute();
    });
  }

  start(): void {
    this.listen();
    this.showState();
    // Older stories: the option shows once the manifest is in (fetched with the first search).
    if (this.state.old) void this.pagefind.loadManifest();
    void this.execute();
  }
}

const root = document.querySelector<HTMLElement>('[data-search]');
const stringsElement = document.getElementById('search-strings');
if (root && stringsElement) new SearchPage(root, JSON.parse(stringsElement.textContent ?? '{}') as Strings).start();
