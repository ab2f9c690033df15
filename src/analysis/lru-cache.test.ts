import { describe, expect, it } from 'vitest';
import { LruCache } from './lru-cache';

describe('LruCache', () => {
  it('computes a value once and then serves it', () => {
    const cache = new LruCache<number>(2);
    let calls = 0;
    const get = (k: string) => cache.get(k, () => ++calls);
    expect(get('a')).toBe(1);
    expect(get('a')).toBe(1);
    expect(calls).toBe(1);
  });

  it('forgets the entry used longest ago, not the one added first', () => {
    const cache = new LruCache<string>(2);
    cache.get('a', () => 'a1');
    cache.get('b', () => 'b1');
    cache.get('a', () => 'a2'); // a is used again: b is now the oldest
    cache.get('c', () => 'c1');
    expect(cache.get('a', () => 'a3')).toBe('a1');
    expect(cache.get('b', () => 'b2')).toBe('b2');
  });

  it('keeps nothing with a limit of 0', () => {
    const cache = new LruCache<number>(0);
    let calls = 0;
    cache.get('a', () => ++calls);
    cache.get('a', () => ++calls);
    expect(calls).toBe(2);
  });
});
