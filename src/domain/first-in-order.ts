/**
 * The first `limit` items of a stream in a given order, and how many there were, without keeping
 * the rest: the honour roll shows at most LIST_LIMIT names under a heading that may gather a
 * hundred thousand, and a build must not hold them all to find the first ones. Pure.
 */
export class FirstInOrder<T> {
  readonly items: T[] = [];
  count = 0;
  private readonly limit: number;
  private readonly compare: (a: T, b: T) => number;

  constructor(limit: number, compare: (a: T, b: T) => number) {
    this.limit = limit;
    this.compare = compare;
  }

  /**
   * Counts the item and keeps it if it is among the first `limit` so far. Returns false when it
   * is not: an item after it in the order would not be either (callers skip the rest of a run
   * that comes in order).
   */
  offer(item: T): boolean {
    this.count++;
    const { items } = this;
    if (items.length === this.limit && this.compare(item, items[items.length - 1] as T) >= 0) return false;
    // Binary search for the first kept item after this one: equal items keep their arrival order.
    let low = 0;
    let high = items.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.compare(items[mid] as T, item) <= 0) low = mid + 1;
      else high = mid;
    }
    items.splice(low, 0, item);
    if (items.length > this.limit) items.pop();
    return true;
  }

  /** Counts an item known to come after the kept ones (a run in order whose earlier item was refused). */
  countOnly(): void {
    this.count++;
  }
}
