/** A map that forgets the entry used longest ago once it holds `limit` entries (0: keeps nothing). */
export class LruCache<V> {
  private readonly map = new Map<string, V>();

  constructor(private readonly limit: number) {}

  get(key: string, compute: () => V): V {
    const found = this.map.get(key);
    if (found !== undefined) {
      // refresh its place in the order of use
      this.map.delete(key);
      this.map.set(key, found);
      return found;
    }
    const value = compute();
    if (!this.limit) return value;
    if (this.map.size >= this.limit) this.map.delete(this.map.keys().next().value!);
    this.map.set(key, value);
    return value;
  }
}
