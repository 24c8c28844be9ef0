/**
 * One search's results as the reader pages through them, ten at a time: Pagefind's pages (one
 * index, or the main one and the archive) and the name index's recipients in one list (merge.ts):
 * by relevance planned once from the first pages' titles, by date merged as the reader asks for
 * more, so that only the pages shown have their data fetched.
 */
import { META } from '../keys.ts';
import { nameMatchLevel, nameTokens, type NameHit } from '../name-shard.ts';
import { mergeByScore, nextByDate, relevanceOrder, type Slot } from './merge.ts';
import type { PageResult, ResultData } from './pagefind-source.ts';
import { bestTitleMatch, type Sort } from './query-state.ts';

export const PAGE_SIZE = 10;

/** The labels a recipient's result needs. */
export interface HitLabels {
  posthumous: string;
  /** The content type of recipients, the type filter's value ("Tập thể, cá nhân được khen"). */
  type: string;
}

/** A recipient shown like a page result: kicker, name, then award, decision, year, unit, kind. */
export function hitResult(hit: NameHit, labels: HitLabels): ResultData {
  return {
    url: hit.url,
    excerpt: '',
    meta: {
      title: hit.posthumous ? `${hit.name} (${labels.posthumous})` : hit.name,
      [META.date]: hit.date,
      [META.award]: hit.award,
      [META.decision]: hit.decision,
      [META.unit]: hit.unit || undefined,
      [META.kind]: hit.kind,
      [META.status]: hit.status || undefined,
    },
    filters: { loai: [labels.type] },
  };
}

/** The names a result goes by: its title and a unit's former names. */
const titles = (d: ResultData) => [d.meta['title'] ?? '', ...(d.meta[META.formerNames]?.split('; ') ?? [])];

export class ResultList {
  /** Pages found in all the lists. */
  readonly pageCount: number;
  /** How many results have been handed out. */
  shown = 0;
  /** By date: how far each list is placed. */
  private readonly cursors: number[];
  /** The pages in the merged order, as far as placed (by relevance: all of them). */
  private readonly pages: PageResult[];
  private readonly pageData = new Map<PageResult, Promise<ResultData>>();
  /** By relevance, the whole merged order (rank()); by date, built as the reader asks for more. */
  private plan: Slot[] = [];
  private nextName = 0;

  /**
   * @param lists each index's results, in Pagefind's order.
   * @param names the recipients found (filtered), in date order for the sort (newest first by relevance).
   */
  private readonly lists: readonly PageResult[][];
  readonly names: readonly NameHit[];
  private readonly sort: Sort;
  private readonly labels: HitLabels;

  constructor(lists: readonly PageResult[][], names: readonly NameHit[], sort: Sort, labels: HitLabels) {
    this.lists = lists;
    this.names = names;
    this.sort = sort;
    this.labels = labels;
    this.cursors = lists.map(() => 0);
    this.pageCount = lists.reduce((sum, results) => sum + results.length, 0);
    this.pages = sort ? [] : mergeByScore(lists);
  }

  static empty(labels: HitLabels): ResultList {
    return new ResultList([], [], '', labels);
  }

  get total(): number {
    return this.pageCount + this.names.length;
  }

  get done(): boolean {
    return this.shown >= this.total;
  }

  private dataOf(result: PageResult): Promise<ResultData> {
    let data = this.pageData.get(result);
    if (!data) {
      data = result.data();
      this.pageData.set(result, data);
    }
    return data;
  }

  /**
   * By relevance: names rank among the pages by how well they match (merge.ts), from the first
   * pages' titles; `byUnit`, records listed because their unit's name matches, come after them.
   */
  async rank(q: string, byUnit: ReadonlySet<NameHit>): Promise<void> {
    if (this.sort) return;
    const first = await Promise.all(this.pages.slice(0, PAGE_SIZE).map((page) => this.dataOf(page)));
    const tokens = nameTokens(q);
    this.plan = relevanceOrder(
      first.map((d) => bestTitleMatch(titles(d), q)),
      this.pageCount,
      this.names.map((hit) => (byUnit.has(hit) ? -1 : nameMatchLevel(hit.name, tokens))),
    );
  }

  /** The next places of the merged list: by relevance from the plan, by date by merging both sources. */
  private async nextSlots(count: number): Promise<Slot[]> {
    if (!this.sort) return this.plan.slice(this.shown, this.shown + count);
    const order = this.sort === 'moi-nhat' ? 'desc' : 'asc';
    const { lists, cursors } = this;
    const out: Slot[] = [];
    while (out.length < count) {
      // Ask for each list's next pages' data together, not one by one.
      lists.forEach((results, l) => {
        for (const result of results.slice(cursors[l], (cursors[l] ?? 0) + PAGE_SIZE)) void this.dataOf(result);
      });
      const heads = await Promise.all(
        lists.map(async (results, l) => {
          const result = results[cursors[l] ?? 0];
          return result ? ((await this.dataOf(result)).meta[META.date] ?? '') : undefined;
        }),
      );
      const next = nextByDate([...heads, this.names[this.nextName]?.date], order);
      if (next === undefined) break;
      if (next === lists.length) {
        out.push({ name: this.nextName++ });
      } else {
        const at = cursors[next] ?? 0;
        cursors[next] = at + 1;
        this.pages.push((lists[next] as PageResult[])[at] as PageResult);
        out.push({ page: this.pages.length - 1 });
      }
    }
    return out;
  }

  /** The next results' data, PAGE_SIZE at most; `accept` false (a newer search began) leaves them unshown. */
  async next(accept: () => boolean = () => true): Promise<ResultData[]> {
    const slots = await this.nextSlots(PAGE_SIZE);
    const data = await Promise.all(
      slots.map((slot) =>
        'page' in slot
          ? this.dataOf(this.pages[slot.page] as PageResult)
          : hitResult(this.names[slot.name] as NameHit, this.labels),
      ),
    );
    if (!accept()) return [];
    this.shown += slots.length;
    return data;
  }
}
