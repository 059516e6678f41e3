/**
 * A bounded map that forgets the least recently used entry. Parsing results are cached by the
 * text they came from, so re-linting a document after a small edit (the language server does
 * it on every keystroke) reuses every unchanged chunk, paragraph and sentence.
 */
const caches: Lru<unknown, unknown>[] = [];

/** Empties every cache: for measurements that must see the cost of a first lint. */
export function clearCaches(): void {
  for (const cache of caches) cache.clear();
}

export class Lru<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly capacity: number) {
    caches.push(this);
  }

  clear(): void {
    this.map.clear();
  }

  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      // Re-inserting moves the entry to the end: Map iterates in insertion order.
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as K);
  }

  get size(): number {
    return this.map.size;
  }
}
