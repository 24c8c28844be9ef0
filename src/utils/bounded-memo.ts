/**
 * Remembers the results of a pure function of a string, up to a bound: a build calls some helpers
 * hundreds of thousands of times with few distinct arguments (syllables, names), and the bound
 * keeps a pathological corpus from growing the memory without end (it starts over when full).
 */
export function boundedMemo<T>(fn: (key: string) => T, max: number): (key: string) => T {
  const results = new Map<string, T>();
  return (key) => {
    if (results.has(key)) return results.get(key) as T;
    const result = fn(key);
    if (results.size >= max) results.clear();
    results.set(key, result);
    return result;
  };
}
