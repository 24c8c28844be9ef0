import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../../src/utils/bounded-memo.ts';

describe('boundedMemo', () => {
  it('computes each key once, and starts over when the bound is reached', () => {
    const calls: string[] = [];
    const upper = boundedMemo((s: string) => {
      calls.push(s);
      return s.toUpperCase();
    }, 2);
    expect([upper('a'), upper('b'), upper('a'), upper('b')]).toEqual(['A', 'B', 'A', 'B']);
    expect(calls).toEqual(['a', 'b']);
    // A third key clears the two remembered ones, so 'a' is computed again.
    expect([upper('c'), upper('a')]).toEqual(['C', 'A']);
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });

  it('remembers falsy results too', () => {
    let calls = 0;
    const empty = boundedMemo(() => (calls++, ''), 10);
    empty('x');
    empty('x');
    expect(calls).toBe(1);
  });
});
